// Escalation steps run by the job runner (ALM-4): the next ring of offers, and the supervisor alert. Each is a no-op
// once the alarm is answered, so a late or repeated job changes nothing. Must not send messages (it queues them).
import { ringDueAt } from '../../../domain/alarms/escalation';
import { rankResponders } from '../../../domain/alarms/responders';
import { defaultRingPolicy, ringCandidateLimit, ringCount, ringMembers } from '../../../domain/alarms/rings';
import { scheduleJob } from '../../jobs/schedule';
import type { Queryable } from '../../store/store';
import {
  addAlarmEvent,
  loadAlarm,
  loadCandidates,
  offeredUserIds,
  offerTo,
  queueSms,
  recordAlarmChange,
  timersOf,
} from './alarm-records';

export type EscalationOutcome =
  | { type: 'offered'; ring: number; userIds: string[]; nextRingAt: string | null }
  | { type: 'supervisor_alerted'; supervisorIds: string[] }
  | { type: 'skipped'; reason: 'not_found' | 'answered' | 'no_such_ring' | 'already_done' };

/** Offers ring `ring` of a still-unanswered alarm and schedules the ring after it. */
export async function offerRing(tx: Queryable, alarmId: string, ring: number, now: Date): Promise<EscalationOutcome> {
  const alarm = await loadAlarm(tx, alarmId, true);
  if (!alarm) return { type: 'skipped', reason: 'not_found' };
  if (alarm.status !== 'raised') return { type: 'skipped', reason: 'answered' };
  if (ring < 2 || ring > ringCount(defaultRingPolicy)) return { type: 'skipped', reason: 'no_such_ring' };
  if (alarm.ring >= ring) return { type: 'skipped', reason: 'already_done' };
  let userIds: string[] = [];
  if (alarm.lat !== null && alarm.lng !== null) {
    const already = new Set(await offeredUserIds(tx, alarmId));
    const limit = ringCandidateLimit(ring, already, defaultRingPolicy);
    const candidates = await loadCandidates(tx, alarm.resident_id);
    const ranked = rankResponders({ lat: alarm.lat, lng: alarm.lng }, candidates, now, undefined, limit);
    userIds = await offerTo(tx, alarm, ring, ringMembers(ranked, ring, already, defaultRingPolicy), now, null);
  }
  await tx.query('update alarms set ring = $2, updated_at = $3, version = version + 1 where id = $1', [
    alarmId,
    ring,
    now,
  ]);
  await addAlarmEvent(tx, alarm, { kind: 'ring', detail: { ring, offered: userIds.length } }, now, null);
  let nextRingAt: Date | null = null;
  if (ring < ringCount(defaultRingPolicy)) {
    nextRingAt = ringDueAt(new Date(alarm.raised_at), ring + 1, await timersOf(tx, alarmId));
    await scheduleJob(tx, 'alarm.ring', nextRingAt, { alarmId, ring: ring + 1 });
  }
  await recordAlarmChange(tx, { ...alarm, ring }, null);
  return { type: 'offered', ring, userIds, nextRingAt: nextRingAt?.toISOString() ?? null };
}

/** Alerts the supervisors of an alarm nobody accepted (the console then prompts to call 120). */
export async function alertSupervisor(tx: Queryable, alarmId: string, now: Date): Promise<EscalationOutcome> {
  const alarm = await loadAlarm(tx, alarmId, true);
  if (!alarm) return { type: 'skipped', reason: 'not_found' };
  if (alarm.status !== 'raised') return { type: 'skipped', reason: 'answered' };
  if (alarm.supervisor_alerted_at) return { type: 'skipped', reason: 'already_done' };
  await tx.query('update alarms set supervisor_alerted_at = $2, updated_at = $2, version = version + 1 where id = $1', [
    alarmId,
    now,
  ]);
  const supervisors = await tx.query<{ id: string; phone: string }>(
    `select id, phone from users where role = 'supervisor' and active order by id`,
  );
  await addAlarmEvent(tx, alarm, { kind: 'supervisor', detail: { call120: true } }, now, null);
  for (const s of supervisors) {
    const body = '【安心】紧急求助超时无人接单，请立即处理并考虑拨打120';
    await queueSms(tx, alarm, { target: s.phone, body, to: 'supervisor', userId: s.id }, now, null);
  }
  await recordAlarmChange(tx, alarm, null);
  return { type: 'supervisor_alerted', supervisorIds: supervisors.map((s) => s.id) };
}
