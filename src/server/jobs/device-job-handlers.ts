// The alarm-device liveness check as a database job (ALM-9): `device.liveness` opens a device_silent technical alarm
// for each device past its test interval plus grace, clears it when heard again, and schedules its own next run.
// Must not hold the silence rule (src/domain/devices/device-liveness.ts) nor talk to devices.
import { isDeviceSilent, testIntervalSeconds } from '../../domain/devices/device-liveness';
import { loadAllDevices } from '../gateways/dc09/device-records';
import { clearTechnicalAlarm, openTechnicalAlarm } from '../gateways/dc09/technical-alarms';
import type { Queryable } from '../store/store';
import type { JobHandlers } from './job-runner';

export const LIVENESS_JOB = 'device.liveness';

export interface LivenessOptions {
  /** Grace after a missed interval; the domain's default when absent. */
  graceSeconds?: number;
  /** Seconds between runs: silence is noticed at most this late. */
  everySeconds?: number;
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
  return {
    [LIVENESS_JOB]: async (tx, payload, now) => {
      await checkDeviceLiveness(tx, now, options.graceSeconds);
      // The next run is a row of its own, so the check survives restarts; `once` runs (tests) do not recur.
      if (payload.once === true) return;
      await tx.query('insert into jobs (kind, due_at, payload) values ($1, $2, $3)', [
        LIVENESS_JOB,
        new Date(now.getTime() + every * 1000),
        '{}',
      ]);
    },
  };
}

/** Makes sure one recurring liveness job is pending (first start, or after its chain was lost). */
export async function ensureLivenessJob(q: Queryable, now: Date): Promise<void> {
  await q.query(
    `insert into jobs (kind, due_at, payload) select $1, $2, '{}'
      where not exists (select 1 from jobs where kind = $1 and done_at is null)`,
    [LIVENESS_JOB, now],
  );
}
