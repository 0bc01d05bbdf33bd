// Raising an alarm (ALM-1, ALM-3..5): the one function the resident page, the dispatcher and the device gateway call.
// Inserts the alarm, offers ring 1, tells contacts and 24-hour companies, schedules escalation. Must not send messages.
import { randomUUID } from 'node:crypto';
import type { AlarmSource } from '../../../domain/alarms/alarm-kinds';
import { defaultEscalationTimers, type EscalationTimers, ringDueAt } from '../../../domain/alarms/escalation';
import { rankResponders } from '../../../domain/alarms/responders';
import { defaultRingPolicy, ringCandidateLimit, ringCount, ringMembers } from '../../../domain/alarms/rings';
import { raise } from '../../http/problem-error';
import { scheduleJob } from '../../jobs/schedule';
import type { Queryable } from '../../store/store';
import {
  type AlarmRecord,
  addAlarmEvent,
  loadAlarm,
  loadCandidates,
  offerTo,
  queueSms,
  recordAlarmChange,
} from './alarm-records';

export interface RaiseInput {
  residentId: string;
  source: AlarmSource;
  raisedBy?: string | null;
  deviceAccount?: string | null;
  eventCode?: string | null;
  id?: string;
  note?: string;
}

export interface RaiseOutcome {
  alarmId: string;
  /** False when the resident already had an open alarm: that one is returned, no duplicate is made. */
  created: boolean;
  offeredUserIds: string[];
}

// 24-hour care or medical companies told at the raise: the two nearest within the widest ring (ALM-3).
const COMPANIES_TOLD = 2;

export async function raiseAlarm(
  tx: Queryable,
  input: RaiseInput,
  now: Date,
  timers: EscalationTimers = defaultEscalationTimers,
  mutationId: string | null = null,
): Promise<RaiseOutcome> {
  // Locking the resident serialises two raises for one person (a press and a call at once): one alarm, not two.
  const [resident] = await tx.query<{
    id: string;
    name: string;
    community_id: string;
    lat: number | null;
    lng: number | null;
  }>('select id, name, community_id, lat, lng from residents where id = $1 for update', [input.residentId]);
  if (!resident) raise('resource.not_found', 'residentId', { entity: 'resident' });
  const [open] = await tx.query<{ id: string }>(
    `select id from alarms where resident_id = $1 and status not in ('resolved', 'cancelled') order by raised_at limit 1`,
    [resident.id],
  );
  if (open) return { alarmId: open.id, created: false, offeredUserIds: [] };

  const id = input.id ?? randomUUID();
  await tx.query(
    `insert into alarms (id, resident_id, community_id, source, status, ring, lat, lng, raised_at, raised_by,
                         device_account, event_code, updated_at)
     values ($1, $2, $3, $4, 'raised', 1, $5, $6, $7, $8, $9, $10, $7)`,
    [
      id,
      resident.id,
      resident.community_id,
      input.source,
      resident.lat,
      resident.lng,
      now,
      input.raisedBy ?? null,
      input.deviceAccount ?? null,
      input.eventCode ?? null,
    ],
  );
  const alarm = (await loadAlarm(tx, id)) as AlarmRecord;
  await addAlarmEvent(
    tx,
    alarm,
    {
      kind: 'raised',
      userId: input.raisedBy ?? null,
      detail: { source: input.source, note: input.note ?? '', eventCode: input.eventCode ?? null, ...timers },
    },
    now,
    mutationId,
  );

  let offered: string[] = [];
  if (resident.lat !== null && resident.lng !== null) {
    const limit = Math.max(ringCandidateLimit(1, new Set(), defaultRingPolicy), COMPANIES_TOLD);
    const candidates = await loadCandidates(tx, resident.id);
    const ranked = rankResponders({ lat: resident.lat, lng: resident.lng }, candidates, now, undefined, limit);
    offered = await offerTo(tx, alarm, 1, ringMembers(ranked, 1, new Set(), defaultRingPolicy), now, mutationId);
    const widest = defaultRingPolicy.rings.at(-1)!.radiusM;
    const companies = ranked.filter((r) => r.kind === 'company' && (r.distanceM ?? Infinity) <= widest);
    for (const c of companies.slice(0, COMPANIES_TOLD)) {
      const body = `【安心】紧急求助：${resident.name}需要帮助，请联系服务中心`;
      await queueSms(tx, alarm, { target: c.phone, body, to: `company:${c.id}` }, now, mutationId);
    }
  }
  await notifyContacts(tx, alarm, resident.name, now, mutationId);
  if (ringCount() > 1) await scheduleJob(tx, 'alarm.ring', ringDueAt(now, 2, timers), { alarmId: id, ring: 2 });
  await scheduleJob(tx, 'alarm.supervisor', new Date(now.getTime() + timers.supervisorSeconds * 1000), { alarmId: id });
  await recordAlarmChange(tx, alarm, mutationId);
  return { alarmId: id, created: true, offeredUserIds: offered };
}

/** The contact cascade (ALM-5): family first, then the others in their calling order (the doctor among them). */
async function notifyContacts(tx: Queryable, alarm: AlarmRecord, name: string, now: Date, mutationId: string | null) {
  const contacts = await tx.query<{ id: string; name: string; phone: string; relation: string }>(
    `select id, name, phone, relation from resident_contacts where resident_id = $1
      order by (relation = 'family') desc, position`,
    [alarm.resident_id],
  );
  for (const c of contacts) {
    const body = `【安心】您的家人/服务对象${name}刚刚发出紧急求助，服务中心正在派人处理。`;
    await queueSms(tx, alarm, { target: c.phone, body, to: `contact:${c.relation}:${c.name}` }, now, mutationId);
  }
}
