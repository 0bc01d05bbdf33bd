// Web push subscriptions (ALM-3): the server's VAPID public key for PushManager.subscribe, and saving or removing a
// responder's browser subscription. Must not send anything: the outbox sender does, outside requests.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config';
import { lazyVapidDetails } from '../../notify/web-push';
import type { Store } from '../../store/store';
import { authOf } from '../access-guard';

const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, 'base64url')
    .refine((v) => Buffer.from(v, 'base64url').length === bytes, `${what} of ${bytes} bytes`);

const endpoint = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/\S+$/, 'an http(s) URL')
  .refine((v) => URL.canParse(v), 'an http(s) URL');

/** What PushSubscription.toJSON() gives: {endpoint, expirationTime, keys: {p256dh, auth}}. */
export const pushSubscriptionBody = z.object({
  endpoint,
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: base64url(65, 'an uncompressed P-256 public key'), auth: base64url(16, 'a secret') }),
});
type PushSubscriptionBody = z.infer<typeof pushSubscriptionBody>;

const unsubscribeBody = z.object({ endpoint });

export function registerPushRoutes(app: FastifyInstance, deps: { store: Store; config: Config }) {
  const vapid = lazyVapidDetails(deps.store, deps.config.vapid);
  app.get('/api/push/key', { config: { access: 'signed-in' } }, async () => ({ publicKey: (await vapid()).publicKey }));

  app.post(
    '/api/push/subscription',
    { config: { access: 'alarms.respond' }, schema: { body: pushSubscriptionBody } },
    async (request, reply) => {
      const { user } = authOf(request);
      const sub = request.body as PushSubscriptionBody;
      // An endpoint belongs to one browser: if someone else signed in on it before, it is theirs no longer.
      await deps.store.query(
        `insert into push_subscriptions (endpoint, user_id, p256dh, auth) values ($1, $2, $3, $4)
         on conflict (endpoint) do update set user_id = excluded.user_id, p256dh = excluded.p256dh,
           auth = excluded.auth, created_at = now()`,
        [sub.endpoint, user.id, sub.keys.p256dh, sub.keys.auth],
      );
      return reply.code(201).send({ ok: true });
    },
  );

  app.delete(
    '/api/push/subscription',
    { config: { access: 'signed-in' }, schema: { body: unsubscribeBody } },
    async (request) => {
      const { user } = authOf(request);
      const { endpoint: url } = request.body as z.infer<typeof unsubscribeBody>;
      const removed = await deps.store.query(
        'delete from push_subscriptions where endpoint = $1 and user_id = $2 returning 1',
        [url, user.id],
      );
      return { ok: true, removed: removed.length };
    },
  );
}
