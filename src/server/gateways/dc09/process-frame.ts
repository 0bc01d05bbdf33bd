// Processing of journaled DC-09 frames after they were answered (ALM-9): last-seen, duplicates, event meanings →
// resident alarms, timeline entries, device flags and technical alarms. Must not answer devices or parse frames.
import type { EscalationTimers } from '../../../domain/alarms/escalation';
import type { DeviceEvent, DeviceMeaning, DeviceMeaningOverrides } from '../../../domain/devices/device-events';
import { classifyDeviceEvent, overrideKeyOf } from '../../../domain/devices/device-events';
import { addAlarmEvent } from '../../app/alarms/alarm-records';
import { raiseAlarm } from '../../app/alarms/raise';
import { recordAudit } from '../../app/audit';
import type { Queryable } from '../../store/store';
import { type DeviceInfo, loadDevices } from './device-records';
import { type Touch, touchDevices } from './device-touch';
import { parseEventData } from './event-data';
import { findDuplicates, type JournalRow, markProcessedMany, type ProcessResult } from './journal';
import { clearTechnicalAlarm, openTechnicalAlarm } from './technical-alarms';

const flagKinds = { low_battery: 'battery_low', power_lost: 'power_lost' } as const;

export interface ProcessDeps {
  now: Date;
  timers?: EscalationTimers;
}

/** A row that needs more than last-seen: an event with a meaning, a DUH, or an unregistered account. */
interface Work {
  row: JournalRow;
  device: DeviceInfo | null;
  events: DeviceEvent[];
  overrides?: DeviceMeaningOverrides;
}

/**
 * Staff classifications (device.classifyCode) of the batch's profiles, read in the processing transaction: one query
 * per batch, and a classification is used from the next batch on.
 */
async function loadOverrides(tx: Queryable, profiles: readonly string[]) {
  const byProfile = new Map<string, Map<string, DeviceMeaning>>();
  if (!profiles.length) return byProfile;
  const rows = await tx.query<{ profile: string; format: 'cid' | 'sia'; code: string; meaning: DeviceMeaning }>(
    'select profile, format, code, meaning from device_code_meanings where profile = any($1::text[])',
    [profiles],
  );
  for (const r of rows) {
    const map = byProfile.get(r.profile) ?? new Map<string, DeviceMeaning>();
    map.set(overrideKeyOf(r.format, r.code), r.meaning);
    byProfile.set(r.profile, map);
  }
  return byProfile;
}

/**
 * Processes journal rows inside the caller's transaction and marks them processed. Link tests, periodic tests and
 * repeats (most of the traffic) take a few statements per batch; other events go one by one after them.
 */
export async function processJournalBatch(tx: Queryable, rows: readonly JournalRow[], deps: ProcessDeps) {
  const accounts = [...new Set(rows.map((r) => r.account).filter((a): a is string => a !== null))];
  const devices = new Map((await loadDevices(tx, accounts)).map((d) => [d.account, d]));
  const overridesOf = await loadOverrides(tx, [...new Set([...devices.values()].map((d) => d.profile))]);
  const eventRows = rows.filter((r) => r.reply === 'ACK' && baseTokenOf(r) !== 'NULL');
  const duplicates = await findDuplicates(
    tx,
    eventRows.map((r) => r.id),
  );
  const done: ProcessResult[] = [];
  const touches: Touch[] = [];
  const work: Work[] = [];
  const unknown = new Set<string>();
  for (const row of rows) {
    const device = row.account ? (devices.get(row.account) ?? null) : null;
    if (row.reply === 'NAK') {
      // One refresh of the unregistered_device alarm per account and batch: a unit retrying every second is one alarm.
      const first = row.reply_reason === 'unknown_account' && row.account && !unknown.has(row.account);
      if (first) {
        unknown.add(row.account!);
        work.push({ row, device: null, events: [] });
      } else done.push({ id: row.id, meaning: row.reply_reason === 'unknown_account' ? 'unregistered' : null });
      continue;
    }
    if (!device) {
      done.push({ id: row.id, error: 'device no longer registered' });
      continue;
    }
    const duplicateOf = duplicates.get(row.id) ?? null;
    const events = duplicateOf || row.reply !== 'ACK' ? [] : eventsOf(baseTokenOf(row), row.event_data);
    // Only a periodic test is no news for consoles; any other event is logged at once and handled one by one.
    const overrides = overridesOf.get(device.profile);
    const eventful = events.some((e) => classifyDeviceEvent(device.profile, e, overrides).meaning !== 'periodic_test');
    const seenAt = new Date(row.received_at);
    touches.push({ device, seenAt, remote: row.remote, code: events.at(-1)?.code ?? null, eventful });
    if (row.reply === 'DUH' || eventful) work.push({ row, device, events, overrides });
    else if (duplicateOf) done.push({ id: row.id, duplicateOf, meaning: 'duplicate' });
    else done.push({ id: row.id, meaning: events.length ? 'periodic_test' : 'link_test' });
  }
  await touchDevices(tx, touches, deps.now);
  for (const w of work) done.push({ id: w.row.id, meaning: await processWork(tx, w, deps) });
  await markProcessedMany(tx, done, deps.now);
}

const baseTokenOf = (r: JournalRow) => (r.token ?? '').replace(/^\*/, '');

async function processWork(tx: Queryable, w: Work, deps: ProcessDeps): Promise<string | null> {
  const { row, device } = w;
  if (!device) {
    const detail = { remote: row.remote, token: row.token, sequence: row.sequence, raw: row.raw.slice(0, 300) };
    const target = { account: row.account ?? '', residentId: null, communityId: null };
    await openTechnicalAlarm(tx, 'unregistered_device', target, detail, deps.now);
    return 'unregistered';
  }
  if (row.reply === 'DUH') {
    await openTechnicalAlarm(tx, 'unknown_code', targetOf(device), unknownDetail(row, device, null), deps.now);
    return 'unknown';
  }
  const meanings: string[] = [];
  for (const e of w.events) meanings.push(await handleEvent(tx, device, row, e, deps, w.overrides));
  return meanings.join(',') || null;
}

function eventsOf(baseToken: string, data: string | null): DeviceEvent[] {
  if (baseToken !== 'ADM-CID' && baseToken !== 'SIA-DCS') return [];
  const parsed = parseEventData(baseToken, data ?? '');
  return parsed.ok ? parsed.events : [];
}

const targetOf = (d: DeviceInfo) => ({ account: d.account, residentId: d.residentId, communityId: d.communityId });

/** What an unknown_code alarm shows raw, and what device.classifyCode matches (profile, format, code). */
function unknownDetail(row: JournalRow, d: DeviceInfo, e: DeviceEvent | null): Record<string, unknown> {
  return {
    priority: 'high',
    profile: d.profile,
    token: row.token,
    data: row.event_data,
    ...(e ? { code: e.code, format: e.format, qualifier: e.qualifier, zone: e.zone, raw: e.raw } : {}),
    journalId: row.id,
  };
}

async function handleEvent(
  tx: Queryable,
  d: DeviceInfo,
  row: JournalRow,
  e: DeviceEvent,
  deps: ProcessDeps,
  overrides?: DeviceMeaningOverrides,
) {
  const c = classifyDeviceEvent(d.profile, e, overrides);
  const now = deps.now;
  if (c.priority === 'unknown' || c.meaning === 'unknown') {
    await openTechnicalAlarm(tx, 'unknown_code', targetOf(d), unknownDetail(row, d, e), now);
    return 'unknown';
  }
  switch (c.meaning) {
    case 'personal_emergency':
    case 'medical':
    case 'fall':
    case 'inactivity':
    case 'fire':
    case 'panic':
      if (c.restore) await addToOpenAlarm(tx, d, 'device_restore', { meaning: c.meaning, code: e.code }, now);
      else await raiseForDevice(tx, d, row, e, c.meaning, deps);
      return c.meaning;
    case 'help_arrived':
    case 'cancel':
      await addToOpenAlarm(tx, d, `device_${c.meaning}`, { meaning: c.meaning, code: e.code, restore: c.restore }, now);
      return c.meaning;
    case 'low_battery':
    case 'power_lost': {
      await tx.query(`update devices set ${flagKinds[c.meaning]} = $2, updated_at = $3 where account = $1`, [
        d.account,
        !c.restore,
        now,
      ]);
      await setTechnical(tx, d, c.meaning, c.restore, row, e, now);
      return c.meaning;
    }
    case 'tamper':
    case 'device_fault':
      await setTechnical(tx, d, c.meaning, c.restore, row, e, now);
      return c.meaning;
    case 'periodic_test':
      return c.meaning;
    default: {
      const never: never = c.meaning;
      return never;
    }
  }
}

async function setTechnical(
  tx: Queryable,
  d: DeviceInfo,
  kind: 'low_battery' | 'power_lost' | 'tamper' | 'device_fault',
  restore: boolean,
  row: JournalRow,
  e: DeviceEvent,
  now: Date,
) {
  if (restore) await clearTechnicalAlarm(tx, kind, d.account, now, { code: e.code, journalId: row.id });
  else await openTechnicalAlarm(tx, kind, targetOf(d), { code: e.code, raw: e.raw, journalId: row.id }, now);
}

/** An emergency: an alarm for the bound resident through the one alarms pipeline; no resident → a device fault. */
async function raiseForDevice(
  tx: Queryable,
  d: DeviceInfo,
  row: JournalRow,
  e: DeviceEvent,
  meaning: string,
  deps: ProcessDeps,
) {
  if (!d.residentId) {
    const detail = { reason: 'no_resident', meaning, code: e.code, raw: e.raw, journalId: row.id };
    await openTechnicalAlarm(tx, 'device_fault', targetOf(d), detail, deps.now);
    return;
  }
  const outcome = await raiseAlarm(
    tx,
    { residentId: d.residentId, source: 'device', deviceAccount: d.account, eventCode: e.code, note: meaning },
    deps.now,
    deps.timers,
  );
  if (!outcome.created) {
    await addToOpenAlarm(tx, d, 'device_event', { meaning, code: e.code, zone: e.zone }, deps.now);
  }
  const audit = {
    userId: null,
    username: 'dc09',
    ip: row.remote.replace(/^(tcp|udp):/, ''),
    userAgent: 'dc09-receiver',
  };
  await recordAudit(tx, audit, {
    action: 'alarm.raise',
    entity: 'alarm',
    entityId: outcome.alarmId,
    detail: { residentId: d.residentId, device: d.account, code: e.code, created: outcome.created, journalId: row.id },
  });
}

async function addToOpenAlarm(tx: Queryable, d: DeviceInfo, kind: string, detail: Record<string, unknown>, now: Date) {
  if (!d.residentId) return;
  const [open] = await tx.query<{ id: string; community_id: string }>(
    `select id, community_id from alarms where resident_id = $1 and status not in ('resolved', 'cancelled')
      order by raised_at desc limit 1`,
    [d.residentId],
  );
  if (open) await addAlarmEvent(tx, open, { kind, detail: { device: d.account, ...detail } }, now, null);
}
