// Rings of alarm offers (ALM-3, ALM-4): who of the ranked responders is offered the alarm at each ring. Pure.
// Only on-duty accounts (kind 'user') get offers; companies and the doctor are told by SMS, not offered.
import type { RankedResponder } from './responders';

export interface Ring {
  size: number;
  radiusM: number;
}

export interface RingPolicy {
  rings: readonly Ring[];
}

// Several at once, nearest first (ALM-3): 3 within a short walk, then 5 within a ride, then 10 across the district.
export const defaultRingPolicy: RingPolicy = {
  rings: [
    { size: 3, radiusM: 1_000 },
    { size: 5, radiusM: 3_000 },
    { size: 10, radiusM: 10_000 },
  ],
};

/**
 * The members of a ring (1-based), excluding those already offered. A ring with nobody inside its radius widens to
 * the next radius at once, and past the last one to anyone on duty: an alarm is never offered to nobody while
 * someone is on duty.
 */
export function ringMembers(
  ranked: readonly RankedResponder[],
  ring: number,
  alreadyOffered: ReadonlySet<string>,
  policy: RingPolicy = defaultRingPolicy,
): RankedResponder[] {
  const spec = policy.rings[ring - 1];
  if (!spec) return [];
  const open = ranked.filter((r) => r.kind === 'user' && r.distanceM !== null && !alreadyOffered.has(r.id));
  const radii = [...policy.rings.slice(ring - 1).map((r) => r.radiusM), Number.POSITIVE_INFINITY];
  for (const radius of radii) {
    const inside = open.filter((r) => (r.distanceM as number) <= radius);
    if (inside.length) return inside.slice(0, spec.size);
  }
  return [];
}

/**
 * How many of each kind ringMembers can need from rankResponders for this ring: those already offered may be among
 * the nearest, and the ring takes `size` of the rest. Ranking only that many keeps a raise fast in a big city.
 */
export function ringCandidateLimit(
  ring: number,
  alreadyOffered: ReadonlySet<string>,
  policy: RingPolicy = defaultRingPolicy,
): number {
  return alreadyOffered.size + (policy.rings[ring - 1]?.size ?? 0);
}

/** How many rings the policy has: after the last, only the supervisor is left (ALM-4). */
export function ringCount(policy: RingPolicy = defaultRingPolicy): number {
  return policy.rings.length;
}
