// GET /api/nearby (MAP-2, ARCHITECTURE §7): registry items within a radius of a point, nearest first, distance in
// metres. Residents only within the caller's scope (SEC-2). Must not query the store per request: the index answers.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { canSeeResident } from '../../../domain/access/scope';
import { type NearbyIndex, type NearbyItem, type NearbyKind, nearbyKinds } from '../../geo/nearby-index';
import { authOf } from '../access-guard';

/** An empty parameter is absent, not 0 (z.coerce would read '' as 0 and answer for the Gulf of Guinea). */
const blankAsMissing = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const numberIn = (min: number, max: number) => z.preprocess(blankAsMissing, z.coerce.number().min(min).max(max));
const kindList = new RegExp(`^(${nearbyKinds.join('|')})(,(${nearbyKinds.join('|')}))*$`);

export const nearbyQuery = z.object({
  lat: numberIn(-90, 90),
  lng: numberIn(-180, 180),
  radius: numberIn(0, 50_000).default(1000),
  kinds: z
    .string()
    .regex(kindList, { message: `a comma list of ${nearbyKinds.join(', ')}` })
    .optional(),
  limit: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(5000).default(500)),
});
type NearbyQueryString = z.infer<typeof nearbyQuery>;

export function registerNearbyRoutes(app: FastifyInstance, deps: { nearby: NearbyIndex }) {
  app.get(
    '/api/nearby',
    { config: { access: 'registry.read' }, schema: { querystring: nearbyQuery } },
    async (request) => {
      const q = request.query as NearbyQueryString;
      const { actor } = authOf(request);
      const kinds = new Set<NearbyKind>(q.kinds ? (q.kinds.split(',') as NearbyKind[]) : nearbyKinds);
      const visible = (item: NearbyItem) =>
        kinds.has(item.kind) &&
        (item.kind !== 'resident' || canSeeResident(actor, { communityId: item.communityId ?? '' }));
      // One more than the limit tells whether the answer was cut.
      const found = deps.nearby.query({ lat: q.lat, lng: q.lng, radiusM: q.radius, k: q.limit + 1, filter: visible });
      const truncated = found.length > q.limit;
      const items = (truncated ? found.slice(0, q.limit) : found).map((it) => ({
        ...it,
        // Decimetres: plenty for "320 m away", and the same number on every call.
        distance: Math.round(it.distance * 10) / 10,
      }));
      return { items, truncated };
    },
  );
}
