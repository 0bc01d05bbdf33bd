// Pure helpers of the alarm screens: the ticking timer, state labels, which alarms are live, the 120 prompt,
// ages and the phone's map link. Must not touch React, the DOM or storage.
import type { AlarmStatus, OfferStatus } from '../../../domain/alarms/alarm-kinds';

/** Whole seconds since `from` as mm:ss (minutes keep counting past 59: a console reads "75:03" at a glance). */
export function formatElapsed(fromIso: string, now: number): string {
  const from = Date.parse(fromIso);
  const total = Number.isFinite(from) ? Math.max(0, Math.floor((now - from) / 1000)) : 0;
  const mm = Math.floor(total / 60);
  const ss = total % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

export function isLiveAlarmStatus(status: AlarmStatus): boolean {
  return status !== 'resolved' && status !== 'cancelled';
}

export type OfferLabelKey = `alarm.offer.${OfferStatus}`;

export function offerLabelKey(status: OfferStatus): OfferLabelKey {
  return `alarm.offer.${status}`;
}

export type AlarmStatusKey = `alarm.status.${AlarmStatus}`;

export function alarmStatusKey(status: AlarmStatus): AlarmStatusKey {
  return `alarm.status.${status}`;
}

/** Newest first; ties by id so the list does not jump between renders. */
export function byNewestFirst(a: { _id: string; raisedAt?: unknown }, b: { _id: string; raisedAt?: unknown }): number {
  return String(b.raisedAt).localeCompare(String(a.raisedAt)) || a._id.localeCompare(b._id);
}

// ALM-4: the supervisor is alerted after 3 minutes without an accept. The server's timer is configurable; the
// console also trusts the server's `supervisor` change when it arrives earlier.
export const supervisorAfterMs = 3 * 60_000;

export function isCall120Due(
  alarm: { status: AlarmStatus; raisedAt: string },
  now: number,
  supervisorChanged: boolean,
): boolean {
  if (alarm.status !== 'raised') return false;
  if (supervisorChanged) return true;
  const raised = Date.parse(alarm.raisedAt);
  return Number.isFinite(raised) && now - raised >= supervisorAfterMs;
}

/** Age in whole years at `now` from a YYYY-MM-DD birth date; null when the date is unreadable. */
export function ageOn(birthDate: string, now: Date): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let age = now.getFullYear() - y;
  if (now.getMonth() + 1 < mo || (now.getMonth() + 1 === mo && now.getDate() < d)) age -= 1;
  return age >= 0 ? age : null;
}

/** A geo: URI the phone hands to its map app (Android opens it; iOS ignores it, so callers show the address too). */
export function geoUri(lat: number, lng: number, label: string): string {
  return `geo:${lat},${lng}?q=${lat},${lng}(${encodeURIComponent(label)})`;
}

/** Phone numbers as tel: links keep only what a dialler understands. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

const timelineKinds = [
  'raised',
  'offered',
  'notified',
  'ring',
  'supervisor',
  'acknowledged',
  'accepted',
  'declined',
  'en_route',
  'on_scene',
  'resolved',
] as const;

export type TimelineKey = `alarm.event.${(typeof timelineKinds)[number]}`;

/** The label key of a timeline step, or null for a kind this client does not know yet (shown as it came). */
export function timelineKey(kind: string): TimelineKey | null {
  return (timelineKinds as readonly string[]).includes(kind) ? (`alarm.event.${kind}` as TimelineKey) : null;
}
