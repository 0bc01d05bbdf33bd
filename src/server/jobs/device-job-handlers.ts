// The alarm-device jobs (ALM-9): `device.liveness` opens a device_silent technical alarm for each device past its test
// interval plus grace, clears it when heard again, and schedules its own next run; `dc09.prune` keeps the receive
// journal to its retention. Must not hold the silence rule (src/domain/devices/device-liveness.ts) nor talk to devices.
import { isDeviceSilent, testIntervalSeconds } from '../../domain/devices/device-liveness';
import { loadAllDevices } from '../gateways/dc09/device-records';
import { clearTechnicalAlarm, openTechnicalAlarm } from '../gateways/dc09/technical-alarms';
import type { Queryable } from '../store/store';
import type { JobHandlers } from './job-runner';
import { ensureJobPending, scheduleJob } from './schedule';

export const LIVENESS_JOB = 'device.liveness';
export const PRUNE_JOB = 'dc09.prune';
/** Rows deleted per prune run: a backlog is worked off in steps that never hold the journal long. */
export const PRUNE_BATCH = 20_000;

export interface LivenessOptions {
  /** Grace after a missed interval; the domain's default when absent. */
  graceSeconds?: number;
  /** Seconds between runs: silence is noticed at most this late. */
  everySeconds?: number;
  /** Days a journal row is kept (ANXIN_DC09_JOURNAL_DAYS); rows still waiting to be processed are always kept. */
  journalDays?: number;
}

/**
 * Deletes up to PRUNE_BATCH journal rows received before `now` minus `days` that are done with (processed, or NAKed,
 * which are never processed); returns how many went.
 */
export async function pruneJournal(tx: Queryable, now: Date, days: number): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const gone = await tx.query<{ id: number }>(
    `delete from dc09_journal where id in (
       select id from dc09_journal where received_at < $1 and (processed_at is not null or reply = 'NAK')
        order by id limit $2)
     returning id`,
    [cutoff, PRUNE_BATCH],
  );
  return gone.length;
}

/** Opens or clears device_silent for every active device at `now`; returns the accounts newly found silent. */
export async function checkDeviceLiveness(tx: Queryable, now: Date, graceSeconds?: number): Promise<string[]> {
  const devices = await loadAllDevices(tx);
  const lastSeen = new Map(
    (await tx.query<{ account: string; last_seen_at: Date | null }>('select account, last_seen_at from devices')).map(
      (r) => [r.account, r.last_seen_at ? new Date(r.last_seen_at) : null],
    ),
  );
  const open = new Set(
    (
      await tx.query<{ device_account: string }>(
        `select device_account from technical_alarms where kind = 'device_silent' and status <> 'cleared'`,
      )
    ).map((r) => r.device_account),
  );
  const silentNow: string[] = [];
  for (const d of devices) {
    const interval = testIntervalSeconds(d.profile, d.heartbeatSeconds);
    const seen = lastSeen.get(d.account) ?? null;
    const silent = isDeviceSilent(seen, d.createdAt, interval, now, graceSeconds);
    if (silent && !open.has(d.account)) {
      const detail = {
        lastSeenAt: seen?.toISOString() ?? null,
        intervalSeconds: interval,
        graceSeconds: graceSeconds ?? null,
      };
      await openTechnicalAlarm(tx, 'device_silent', d, detail, now);
      silentNow.push(d.account);
    } else if (!silent && open.has(d.account)) {
      await clearTechnicalAlarm(tx, 'device_silent', d.account, now, { heardAt: seen?.toISOString() ?? null });
    }
  }
  return silentNow;
}

export function createDeviceJobHandlers(options: LivenessOptions = {}): JobHandlers {
  const every = options.everySeconds ?? 30;
  const days = options.journalDays ?? 90;
  return {
    [PRUNE_JOB]: async (tx, payload, now) => {
      const deleted = await pruneJournal(tx, now, days);
      if (payload.once === true) return;
      // A full batch means more is waiting: come back in a minute; else once an hour.
      const next = deleted === PRUNE_BATCH ? 60 : 3600;
      await scheduleJob(tx, PRUNE_JOB, new Date(now.getTime() + next * 1000));
    },
    [LIVENESS_JOB]: async (tx, payload, now) => {
      await checkDeviceLiveness(tx, now, options.graceSeconds);
      // The next run is a row of its own, so the check survives restarts; `once` runs (tests) do not recur.
      if (payload.once === true) return;
      await scheduleJob(tx, LIVENESS_JOB, new Date(now.getTime() + every * 1000));
    },
  };
}

/** Makes sure one recurring liveness job and one prune job are pending (first start, or after a chain was lost). */
export async function ensureLivenessJob(q: Queryable, now: Date): Promise<void> {
  for (const kind of [LIVENESS_JOB, PRUNE_JOB]) await ensureJobPending(q, kind, now);
}
