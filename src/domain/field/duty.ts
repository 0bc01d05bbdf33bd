// The on-duty switch (FLD-3): what a duty change records. Pure: the device applies it optimistically, the server
// applies it again and its answer wins. Must not know where the state is stored.
import { haversineMeters } from '../geo/distance';

export interface Position {
  lat: number;
  lng: number;
  accuracy: number;
}

export interface DutyState {
  onDuty: boolean;
  position: Position | null;
  at: string | null;
}

// A fix worse than 2 km cannot place a responder for an alarm; keeping it would rank them wrongly (ALM-3).
export const MAX_USEFUL_ACCURACY_M = 2000;

/** Going off duty forgets the position; going on duty keeps a usable fix, or none. */
export function applyDutyChange(change: { onDuty: boolean; position?: Position | undefined }, at: string): DutyState {
  if (!change.onDuty) return { onDuty: false, position: null, at };
  const position = change.position && change.position.accuracy <= MAX_USEFUL_ACCURACY_M ? change.position : null;
  return { onDuty: true, position, at };
}

// ---- Keeping the duty position useful (FLD-3 with ALM-3) ----
// Responders are offered alarms only with a duty position at most 30 min old. Indoors or on a desktop there is often
// no fix, so a worker may share an approximate place (their community's centre) instead, clearly marked by its
// accuracy; and while the page is open the position is refreshed before it goes stale.

/** The accuracy given to an approximate place (a community's centre or a home position): about a kilometre. */
export const APPROXIMATE_ACCURACY_M = 1000;
/** A refresh is pushed when the worker moved more than this… */
export const REFRESH_MOVE_M = 50;
/** …or when the shared position is this old, well inside the 30 min a responder's position stays usable. */
export const REFRESH_AGE_MS = 10 * 60_000;
/** How often an open page asks the phone for a new fix while on duty. */
export const REFRESH_EVERY_MS = 5 * 60_000;

/** A position this coarse is an approximate place, not a GPS fix. */
export function isApproximate(position: Position): boolean {
  return position.accuracy >= APPROXIMATE_ACCURACY_M;
}

/**
 * What a periodic refresh should push while on duty, or null for nothing. A new fix goes when there is no shared
 * position, when it replaces an approximate place, when the worker moved more than 50 m, or when the shared one is
 * 10 min old. Without a fix, an approximate place the worker chose is shared again at 10 min so it does not go
 * stale; an old GPS fix is not repeated (the worker may have left), the card warns instead.
 */
export function dutyRefresh(last: DutyState, fix: Position | null, now: Date): Position | null {
  if (!last.onDuty) return null;
  const age = last.at ? now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  const old = !(age < REFRESH_AGE_MS);
  if (fix && fix.accuracy <= MAX_USEFUL_ACCURACY_M) {
    if (!last.position || old) return fix;
    if (isApproximate(last.position) && !isApproximate(fix)) return fix;
    return haversineMeters(last.position, fix) > REFRESH_MOVE_M ? fix : null;
  }
  if (last.position && isApproximate(last.position) && old) return last.position;
  return null;
}

export interface PlaceCommunity {
  id: string;
  lat: number;
  lng: number;
}

export interface PlaceVolunteer {
  communityId: string | null;
  lat: number | null;
  lng: number | null;
}

export type ApproximatePlace =
  | { kind: 'community'; communityId: string; position: Position }
  | { kind: 'home'; position: Position };

/**
 * The approximate place to share when the phone gives no fix: for a liaison the centre of their first community
 * (in the order of their account) held on the device; for a volunteer or field worker their volunteer record's
 * community centre, else its home position. Null when nothing is known.
 */
export function approximatePlace(
  who: { role: string; communityIds: readonly string[] },
  communities: readonly PlaceCommunity[],
  volunteer: PlaceVolunteer | null,
): ApproximatePlace | null {
  const centre = (id: string | null): ApproximatePlace | null => {
    const c = id === null ? undefined : communities.find((x) => x.id === id);
    return c ? { kind: 'community', communityId: c.id, position: approx(c.lat, c.lng) } : null;
  };
  if (who.role === 'liaison') {
    for (const id of who.communityIds) {
      const place = centre(id);
      if (place) return place;
    }
  }
  if (volunteer) {
    const place = centre(volunteer.communityId);
    if (place) return place;
    if (volunteer.lat !== null && volunteer.lng !== null) {
      return { kind: 'home', position: approx(volunteer.lat, volunteer.lng) };
    }
  }
  return null;
}

function approx(lat: number, lng: number): Position {
  return { lat, lng, accuracy: APPROXIMATE_ACCURACY_M };
}

/** Whole minutes since the position was shared (never negative: device clocks drift). */
export function positionAgeMinutes(at: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / 60_000));
}
