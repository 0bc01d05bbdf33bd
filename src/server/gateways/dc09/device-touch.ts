// Last-seen bookkeeping for a batch of DC-09 frames (ALM-9): one statement for every device heard, device_silent
// cleared, and a change-log entry only when consoles have news. Must not classify events or raise alarms.
import type { Queryable } from '../../store/store';
import { type DeviceInfo, recordDeviceChange } from './device-records';
import { clearTechnicalAlarms } from './technical-alarms';

export interface Touch {
  device: DeviceInfo;
  seenAt: Date;
  remote: string;
  /** The frame's last event code, or null (a link test, a repeat). */
  code: string | null;
  /** Anything but a link test or periodic test: consoles hear of the device at once. */
  eventful: boolean;
}

// A link test every few seconds must not flood the change log: a device whose only news is a later last-seen is
// logged for consoles at most once a minute (the stored last-seen is always exact).
const QUIET_LOG_MS = 60_000;
const MAX_DUE_PER_BATCH = 10;

export async function touchDevices(tx: Queryable, touches: readonly Touch[], now: Date): Promise<void> {
  if (!touches.length) return;
  const byAccount = new Map<string, Touch>();
  for (const t of touches) {
    const had = byAccount.get(t.device.account);
    if (!had) {
      byAccount.set(t.device.account, { ...t });
      continue;
    }
    if (t.seenAt >= had.seenAt) {
      had.seenAt = t.seenAt;
      had.remote = t.remote;
    }
    had.code = t.code ?? had.code;
    had.eventful ||= t.eventful;
  }
  const list = [...byAccount.values()];
  const rows = await tx.query<{ account: string; updated_at: Date }>(
    `update devices d set last_seen_at = greatest(coalesce(d.last_seen_at, v.seen::timestamptz), v.seen::timestamptz),
            last_remote = v.remote, last_event_code = coalesce(v.code, d.last_event_code),
            last_event_at = case when v.code is null then d.last_event_at else v.seen::timestamptz end
       from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as v(account, seen, remote, code)
      where d.account = v.account returning d.account, d.updated_at`,
    [
      list.map((t) => t.device.account),
      list.map((t) => t.seenAt.toISOString()),
      list.map((t) => t.remote),
      list.map((t) => t.code),
    ],
  );
  const updatedAt = new Map(rows.map((r) => [r.account, new Date(r.updated_at).getTime()]));
  const cleared = await clearTechnicalAlarms(
    tx,
    'device_silent',
    list.map((t) => t.device.account),
    now,
  );
  const isNews = (t: Touch) => t.eventful || cleared.has(t.device.account);
  const isDue = (t: Touch) => now.getTime() - (updatedAt.get(t.device.account) ?? 0) >= QUIET_LOG_MS;
  // Devices merely due a fresh last-seen wait their turn beyond this many per batch, so a hundred heard at once do
  // not all come due together again a minute later.
  const due = list.filter((t) => !isNews(t) && isDue(t)).slice(0, MAX_DUE_PER_BATCH);
  const news = [...list.filter(isNews), ...due];
  if (!news.length) return;
  await tx.query('update devices set updated_at = $2 where account = any($1::text[])', [
    news.map((t) => t.device.account),
    now,
  ]);
  for (const t of news) await recordDeviceChange(tx, t.device);
}
