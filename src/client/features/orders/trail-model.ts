// An order's trail (ORD-3) as one list: lifecycle events and notes merged, oldest first, with who, when (and the
// device's own time when it differs), where (distance from the resident) and why. Pure; must not translate.
import type { LocalRow } from '../../../local/local-db';

export type TrailItem =
  | {
      type: 'event';
      id: string;
      kind: string;
      at: string;
      /** The device's clock when it differs from the server's by more than a minute (an offline action). */
      deviceAt: string | null;
      who: string;
      distanceM: number | null;
      reason: string;
      reasonCode: string | null;
      toStatus: string | null;
      pending: boolean;
    }
  | { type: 'note'; id: string; at: string; deviceAt: string | null; who: string; text: string; pending: boolean };

// Clocks of phones drift by seconds; only a real gap (an action made offline and sent later) is worth showing.
const skewWorthShowingMs = 60_000;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The device time, when it differs from the server time by more than a minute; else null. */
export function shownDeviceTime(at: string, deviceAt: unknown): string | null {
  if (typeof deviceAt !== 'string') return null;
  return Math.abs(Date.parse(deviceAt) - Date.parse(at)) > skewWorthShowingMs ? deviceAt : null;
}

function distanceOf(detail: unknown): number | null {
  const d = (detail as { distanceM?: unknown } | null)?.distanceM;
  return typeof d === 'number' && Number.isFinite(d) ? d : null;
}

/** Events and notes of one order, oldest first (the newest is last, next to the note box). */
export function buildTrail(
  events: readonly LocalRow[],
  notes: readonly LocalRow[],
  nameOfUser: (userId: string | null) => string,
): TrailItem[] {
  const items: TrailItem[] = [
    ...events.map(
      (e): TrailItem => ({
        type: 'event',
        id: String(e.id ?? e._id),
        kind: str(e.kind),
        at: str(e.at),
        deviceAt: shownDeviceTime(str(e.at), e.deviceAt),
        who: str(e.userName) || nameOfUser(typeof e.userId === 'string' ? e.userId : null),
        distanceM: distanceOf(e.detail),
        reason: str(e.reason),
        reasonCode: typeof e.reasonCode === 'string' ? e.reasonCode : null,
        toStatus: typeof e.toStatus === 'string' ? e.toStatus : null,
        pending: Boolean(e._mutationId),
      }),
    ),
    ...notes.map(
      (n): TrailItem => ({
        type: 'note',
        id: String(n.id ?? n._id),
        at: str(n.at),
        deviceAt: shownDeviceTime(str(n.at), n.deviceAt),
        who: nameOfUser(typeof n.userId === 'string' ? n.userId : null),
        text: str(n.text),
        pending: Boolean(n._mutationId),
      }),
    ),
  ];
  // Same instant: events before notes, then by id, so the order never flickers between renders.
  return items.sort(
    (a, b) => a.at.localeCompare(b.at) || (a.type === b.type ? a.id.localeCompare(b.id) : a.type === 'event' ? -1 : 1),
  );
}
