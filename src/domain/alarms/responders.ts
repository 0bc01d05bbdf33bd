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

function rankOne(at: LatLng, c: ResponderCandidate, now: Date, p: ResponderPolicy): RankedResponder | null {
  const base = { kind: c.kind, id: c.id, name: c.name, phone: c.phone };
  switch (c.kind) {
    case 'user': {
      if (!c.onDuty || !c.position || !c.positionAt || !p.responderRoles.includes(c.role)) return null;
      const age = now.getTime() - Date.parse(c.positionAt);
      if (!(age <= p.maxPositionAgeMs)) return null;
      const d = haversineMeters(at, c.position);
      return { ...base, distanceM: d, reason: `on duty (${c.role}), ${Math.round(d)} m away` };
    }
    case 'company': {
      if (!c.is24h || !c.position || !c.categoryIds.some((id) => isCareCategory(id, p.companyGroups))) return null;
      const d = haversineMeters(at, c.position);
      return { ...base, distanceM: d, reason: `24-hour care/medical company, ${Math.round(d)} m away` };
    }
    case 'doctor':
      return { ...base, distanceM: null, reason: "the resident's doctor" };
    default: {
      const never: never = c;
      return never;
    }
  }
}

/** Eligible candidates, nearest first; ties by id so every server ranks alike; the doctor (no place) last. */
export function rankResponders(
  at: LatLng,
  candidates: readonly ResponderCandidate[],
  now: Date,
  policy: ResponderPolicy = defaultResponderPolicy,
): RankedResponder[] {
  const ranked = candidates.map((c) => rankOne(at, c, now, policy)).filter((r): r is RankedResponder => r !== null);
  return ranked.sort((a, b) => {
    const da = a.distanceM ?? Number.POSITIVE_INFINITY;
    const db = b.distanceM ?? Number.POSITIVE_INFINITY;
    return da - db || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
