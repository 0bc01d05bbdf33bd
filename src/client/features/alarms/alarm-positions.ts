// Where each responder last said they were (ALM-6), from an alarm's timeline rows: the newest event with a position
// per user, with the user's newest state. Pure: must not touch React, Leaflet, the DOM or storage.

export type ResponderState = 'accepted' | 'en_route' | 'on_scene';

const responderStates: readonly string[] = ['accepted', 'en_route', 'on_scene'];

export interface ResponderPosition {
  userId: string;
  lat: number;
  lng: number;
  accuracy: number | null;
  /** The user's newest responder state, even when that event came without a position. */
  state: ResponderState;
  /** When the position was recorded (the event's server time). */
  at: string;
}

/** The fields of an alarm_events row this reads; rows come from the device's db, so every field is checked. */
export type TimelineRowLike = Readonly<Record<string, unknown>>;

function positionOf(detail: unknown): { lat: number; lng: number; accuracy: number | null } | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const p = (detail as { position?: unknown }).position;
  if (typeof p !== 'object' || p === null) return null;
  const { lat, lng, accuracy } = p as { lat?: unknown; lng?: unknown; accuracy?: unknown };
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng, accuracy: typeof accuracy === 'number' && Number.isFinite(accuracy) ? accuracy : null };
}

/** One entry per responder with a shared position, in the order they first appear on the timeline. */
export function latestResponderPositions(events: readonly TimelineRowLike[]): ResponderPosition[] {
  // Stable by time: equal times keep the input order, so the later row of a pair wins.
  const ordered = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => typeof e.userId === 'string' && e.userId !== '' && responderStates.includes(String(e.kind)))
    .sort((a, b) => String(a.e.at).localeCompare(String(b.e.at)) || a.i - b.i);
  const byUser = new Map<string, { state: ResponderState; position: ResponderPosition | null }>();
  for (const { e } of ordered) {
    const userId = e.userId as string;
    const state = e.kind as ResponderState;
    const entry = byUser.get(userId) ?? { state, position: null };
    entry.state = state;
    const p = positionOf(e.detail);
    if (p) entry.position = { userId, ...p, state, at: String(e.at) };
    byUser.set(userId, entry);
  }
  const out: ResponderPosition[] = [];
  for (const { state, position } of byUser.values()) if (position) out.push({ ...position, state });
  return out;
}

/** The points a map should show for an alarm: the resident (alarm position, else the resident card's) first. */
export function residentPoint(
  alarm: Readonly<Record<string, unknown>>,
  resident: Readonly<Record<string, unknown>> | null,
): [number, number] | null {
  for (const p of [alarm, resident]) {
    if (p && typeof p.lat === 'number' && typeof p.lng === 'number') return [p.lat, p.lng];
  }
  return null;
}
