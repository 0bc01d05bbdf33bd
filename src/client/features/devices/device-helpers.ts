// Pure helpers of the devices screen (ALM-9): technical-alarm order and urgency, "how long ago", a device's liveness
// word, the filter box. Must not touch React, the DOM or storage; silence itself is src/domain/devices' rule.
import { isDeviceSilent, testIntervalSeconds } from '../../../domain/devices/device-liveness';
import type { TechnicalAlarmKind } from '../../../protocol/devices';

export type TechStatus = 'open' | 'acknowledged' | 'cleared';

export interface TechAlarmLike {
  _id: string;
  kind: TechnicalAlarmKind;
  status: TechStatus;
  raisedAt: string;
}

// Most urgent first. An unknown code may be an emergency the profile cannot read, and an unregistered unit may be a
// resident pressing a button nobody hears: both are high priority (ALM-9). Silence next: the device may be dead.
const kindRank: Record<TechnicalAlarmKind, number> = {
  unknown_code: 0,
  unregistered_device: 1,
  device_silent: 2,
  power_lost: 3,
  tamper: 4,
  device_fault: 5,
  low_battery: 6,
};

export function isHighPriorityKind(kind: TechnicalAlarmKind): boolean {
  return kind === 'unknown_code' || kind === 'unregistered_device';
}

export function isActiveTechStatus(status: TechStatus): boolean {
  return status !== 'cleared';
}

/** Open and acknowledged before cleared, newest first within each; ties by id so the list does not jump. */
export function compareTechnicalAlarms(a: TechAlarmLike, b: TechAlarmLike): number {
  const active = Number(isActiveTechStatus(b.status)) - Number(isActiveTechStatus(a.status));
  return active || b.raisedAt.localeCompare(a.raisedAt) || a._id.localeCompare(b._id);
}

export function sortTechnicalAlarms<T extends TechAlarmLike>(rows: readonly T[]): T[] {
  return [...rows].sort(compareTechnicalAlarms);
}

/** The kind the console strip names: the most urgent open one (the newest on a tie); null when none is open. */
export function mostUrgentOpenKind(rows: readonly TechAlarmLike[]): TechnicalAlarmKind | null {
  let best: TechAlarmLike | null = null;
  for (const r of rows) {
    if (r.status !== 'open') continue;
    if (!best || kindRank[r.kind] < kindRank[best.kind]) best = r;
    else if (kindRank[r.kind] === kindRank[best.kind] && r.raisedAt > best.raisedAt) best = r;
  }
  return best ? best.kind : null;
}

/** The raw event a device sent with an unknown code, from the alarm's detail (the gateway's field names vary). */
export function rawEventOf(detail: Record<string, unknown> | null | undefined): string | null {
  if (!detail) return null;
  for (const name of ['raw', 'event', 'data', 'code', 'eventCode']) {
    const v = detail[name];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

export type Ago = { unit: 'now' } | { unit: 'minutes' | 'hours' | 'days'; n: number };

/** How long ago, in the unit a console reads at a glance: minutes below an hour, hours below two days. */
export function agoOf(fromIso: string, now: number): Ago {
  const from = Date.parse(fromIso);
  const seconds = Number.isFinite(from) ? Math.max(0, Math.floor((now - from) / 1000)) : 0;
  if (seconds < 60) return { unit: 'now' };
  if (seconds < 3600) return { unit: 'minutes', n: Math.floor(seconds / 60) };
  if (seconds < 48 * 3600) return { unit: 'hours', n: Math.floor(seconds / 3600) };
  return { unit: 'days', n: Math.floor(seconds / 86_400) };
}

export interface DeviceLike {
  account: string;
  label: string;
  profile: string;
  heartbeatSeconds: number;
  active: boolean;
  lastSeenAt: string | null;
  updatedAt: string;
}

export type Liveness = 'alive' | 'silent' | 'never' | 'inactive';

/**
 * A device's state word: inactive when switched off, silent past its interval plus the domain's grace, as the server's
 * device_silent job decides (also when never seen since
 * it was registered; updatedAt stands for the registration time), never when not yet due, else alive.
 */
export function livenessOf(d: DeviceLike, now: number): Liveness {
  if (!d.active) return 'inactive';
  const lastSeen = d.lastSeenAt ? new Date(d.lastSeenAt) : null;
  const interval = testIntervalSeconds(d.profile, d.heartbeatSeconds);
  if (isDeviceSilent(lastSeen, new Date(d.updatedAt), interval, new Date(now))) return 'silent';
  return lastSeen ? 'alive' : 'never';
}

/** Devices matching the filter box: account, label or resident name contain every word typed (any case). */
export function filterDevices<T extends { device: DeviceLike; residentName: string | null }>(
  rows: readonly T[],
  query: string,
): T[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((r) => {
    const text = [r.device.account, r.device.label, r.residentName ?? ''].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Residents whose name contains the typed text, by name; at most `limit` so the picker stays short. */
export function matchResidents<T extends { id: string; name: string }>(rows: readonly T[], query: string, limit = 50) {
  const q = query.trim().toLowerCase();
  const hits = q ? rows.filter((r) => r.name.toLowerCase().includes(q)) : [...rows];
  return hits.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')).slice(0, limit);
}
