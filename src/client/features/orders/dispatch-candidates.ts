// The dispatch candidates of one order (ORD-2) built from what the device holds: companies from the local registry
// (open load counted from local orders) and field workers from the cached staff list. Pure; the ranking itself is
// src/domain/orders/dispatch-ranking.ts, and this must not score or sort.
import type { CompanyRating, DispatchCandidate } from '../../../domain/orders/dispatch-ranking';
import { isOpenOrderStatus, type OrderStatus } from '../../../domain/orders/order-kinds';
import type { LocalRow } from '../../../local/local-db';
import type { StaffMember } from '../../../protocol/staff';

/** At most this many vendors may be given to a caller (the recommend mutation's limit). */
export const maxRecommended = 5;

const ratings: readonly CompanyRating[] = ['A', 'B', 'C', 'D'];
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Open local orders per company id. */
export function openLoadByCompany(orders: readonly LocalRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of orders) {
    if (typeof o.companyId !== 'string' || !isOpenOrderStatus(o.status as OrderStatus)) continue;
    out.set(o.companyId, (out.get(o.companyId) ?? 0) + 1);
  }
  return out;
}

/** Every company that has not left the scheme; suspended ones stay in, marked unavailable, so the reason shows. */
export function companyCandidates(companies: readonly LocalRow[], orders: readonly LocalRow[]): DispatchCandidate[] {
  const load = openLoadByCompany(orders);
  return companies
    .filter((c) => c.status !== 'exited')
    .map((c) => {
      const id = String(c.id ?? c._id);
      const rating = ratings.find((r) => r === c.creditRating) ?? null;
      const radius = num(c.serviceRadiusM);
      return {
        kind: 'company' as const,
        id,
        name: String(c.name ?? ''),
        lat: num(c.lat),
        lng: num(c.lng),
        categoryIds: ids(c.categoryIds),
        rating,
        openLoad: load.get(id) ?? 0,
        available: c.status === 'active',
        // A radius of 0 means the registry has none: no limit rather than "nowhere".
        serviceRadiusM: radius && radius > 0 ? radius : null,
      };
    });
}

/** Field workers of the centre's staff list: on duty = available, their shared position, skills as categories. */
export function workerCandidates(staff: readonly StaffMember[]): DispatchCandidate[] {
  return staff.map((s) => ({
    kind: 'worker' as const,
    id: s.userId,
    name: s.displayName,
    lat: s.lat,
    lng: s.lng,
    categoryIds: s.skillIds,
    rating: null,
    openLoad: s.openOrders,
    available: s.onDuty,
    serviceRadiusM: null,
  }));
}

/** The recommend choice after ticking `id`: added (up to the limit) or removed, in the order ticked. */
export function toggleRecommended(chosen: readonly string[], id: string): string[] {
  if (chosen.includes(id)) return chosen.filter((c) => c !== id);
  if (chosen.length >= maxRecommended) return [...chosen];
  return [...chosen, id];
}
