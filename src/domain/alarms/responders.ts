// Who can answer an alarm (ALM-3) and in what order: nearest first, with a reason for each pick. Pure: the caller
// loads the candidates; this must not know where accounts, companies or contacts are stored.
import { haversineMeters, type LatLng } from '../geo/distance';

export type ResponderCandidate =
  | {
      kind: 'user';
      id: string;
      name: string;
      phone: string;
      role: string;
      onDuty: boolean;
      position: LatLng | null;
      /** When the duty position was shared (ISO time). */
      positionAt: string | null;
    }
  | {
      kind: 'company';
      id: string;
      name: string;
      phone: string;
      is24h: boolean;
      categoryIds: readonly string[];
      position: LatLng | null;
    }
  | { kind: 'doctor'; id: string; name: string; phone: string };

export interface RankedResponder {
  kind: ResponderCandidate['kind'];
  id: string;
  name: string;
  phone: string;
  /** Metres from the resident; null when the responder has no known place (the doctor). */
  distanceM: number | null;
  reason: string;
}

export interface ResponderPolicy {
  /** A duty position older than this cannot place the responder (they may have gone home). */
  maxPositionAgeMs: number;
  /** Roles whose on-duty accounts receive offers. */
  responderRoles: readonly string[];
  /** Category groups that make a 24-hour company useful at an alarm (seed catalogue: care.*, medical.*). */
  companyGroups: readonly string[];
}

export const defaultResponderPolicy: ResponderPolicy = {
  maxPositionAgeMs: 30 * 60_000,
  responderRoles: ['liaison', 'field_worker'],
  companyGroups: ['care', 'medical'],
};

function isCareCategory(id: string, groups: readonly string[]): boolean {
  return groups.some((g) => id === g || id.startsWith(`${g}.`));
}

/** Whether a candidate can answer and how far away it is; the reason text is written only for those kept. */
function placeOne(at: LatLng, c: ResponderCandidate, now: number, p: ResponderPolicy): number | null | undefined {
  switch (c.kind) {
    case 'user': {
      if (!c.onDuty || !c.position || !c.positionAt || !p.responderRoles.includes(c.role)) return undefined;
      if (!(now - Date.parse(c.positionAt) <= p.maxPositionAgeMs)) return undefined;
      return haversineMeters(at, c.position);
    }
    case 'company':
      if (!c.is24h || !c.position || !c.categoryIds.some((id) => isCareCategory(id, p.companyGroups))) return undefined;
      return haversineMeters(at, c.position);
    case 'doctor':
      return null;
    default: {
      const never: never = c;
      return never;
    }
  }
}

function reasonOf(c: ResponderCandidate, d: number | null): string {
  if (c.kind === 'user') return `on duty (${c.role}), ${Math.round(d ?? 0)} m away`;
  if (c.kind === 'company') return `24-hour care/medical company, ${Math.round(d ?? 0)} m away`;
  return "the resident's doctor";
}

interface Placed {
  c: ResponderCandidate;
  d: number | null;
}

const compareRanked = (a: { d: number | null; c: { id: string } }, b: { d: number | null; c: { id: string } }) => {
  const da = a.d ?? Number.POSITIVE_INFINITY;
  const db = b.d ?? Number.POSITIVE_INFINITY;
  return da - db || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
};

/** Keeps list sorted and at most `limit` long: the nearest so far (one pass, no sort of everyone). */
function keepNearest(list: Placed[], item: Placed, limit: number): void {
  if (list.length >= limit && compareRanked(item, list[list.length - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && compareRanked(item, list[i - 1]!) < 0) i--;
  list.splice(i, 0, item);
  if (list.length > limit) list.pop();
}

/**
 * Eligible candidates, nearest first; ties by id so every server ranks alike; the doctor (no place) last.
 * With `limitPerKind`, only that many of each kind are kept (the nearest): a ring needs a few, not the whole city.
 */
export function rankResponders(
  at: LatLng,
  candidates: readonly ResponderCandidate[],
  now: Date,
  policy: ResponderPolicy = defaultResponderPolicy,
  limitPerKind: number = Number.POSITIVE_INFINITY,
): RankedResponder[] {
  const t = now.getTime();
  const byKind = new Map<ResponderCandidate['kind'], Placed[]>();
  for (const c of candidates) {
    const d = placeOne(at, c, t, policy);
    if (d === undefined) continue;
    const list = byKind.get(c.kind) ?? [];
    if (list.length === 0) byKind.set(c.kind, list);
    if (Number.isFinite(limitPerKind)) keepNearest(list, { c, d }, limitPerKind);
    else list.push({ c, d });
  }
  return [...byKind.values()]
    .flat()
    .sort(compareRanked)
    .map(({ c, d }) => ({
      kind: c.kind,
      id: c.id,
      name: c.name,
      phone: c.phone,
      distanceM: d,
      reason: reasonOf(c, d),
    }));
}
