// Shared writes of the alarm core (ALM-3..8): timeline events, queued SMS, offers and their change-log entries.
// Runs inside the caller's transaction; must not decide who is offered (src/domain/alarms does) nor send anything.
import { randomUUID } from 'node:crypto';
import type { AlarmStatus } from '../../../domain/alarms/alarm-kinds';
import { defaultEscalationTimers, type EscalationTimers } from '../../../domain/alarms/escalation';
import type { RankedResponder, ResponderCandidate } from '../../../domain/alarms/responders';
import type { Queryable } from '../../store/store';
import { recordChange } from '../../sync/change-log';

export interface AlarmRecord {
  id: string;
  resident_id: string;
  community_id: string;
  status: AlarmStatus;
  ring: number;
  lat: number | null;
  lng: number | null;
  raised_at: Date;
  accepted_by: string | null;
  supervisor_alerted_at: Date | null;
}

export async function loadAlarm(q: Queryable, alarmId: string, lock = false): Promise<AlarmRecord | null> {
  const [a] = await q.query<AlarmRecord>(`select * from alarms where id = $1${lock ? ' for update' : ''}`, [alarmId]);
  return a ?? null;
}

/** Who must hear about the alarm's rows beyond its community: every account ever offered it. */
export async function offeredUserIds(q: Queryable, alarmId: string): Promise<string[]> {
  const rows = await q.query<{ user_id: string }>('select user_id from alarm_offers where alarm_id = $1', [alarmId]);
  return rows.map((r) => r.user_id);
}

/** Logs the alarm row for its community's consoles and every offered responder. */
export async function recordAlarmChange(q: Queryable, a: AlarmRecord, mutationId: string | null): Promise<void> {
  const userIds = await offeredUserIds(q, a.id);
  await recordChange(q, { tbl: 'alarms', rowId: a.id, op: 'put', communityId: a.community_id, userIds, mutationId });
}

export interface TimelineEntry {
  kind: string;
  userId?: string | null;
  channel?: string | null;
  target?: string;
  detail?: Record<string, unknown>;
}

/** Appends one timeline event (ALM-8), visible to the community's consoles and the offered responders. */
export async function addAlarmEvent(
  q: Queryable,
  a: Pick<AlarmRecord, 'id' | 'community_id'>,
  e: TimelineEntry,
  now: Date,
  mutationId: string | null,
): Promise<string> {
  const id = randomUUID();
  await q.query(
    `insert into alarm_events (id, alarm_id, at, kind, user_id, channel, target, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, a.id, now, e.kind, e.userId ?? null, e.channel ?? null, e.target ?? '', JSON.stringify(e.detail ?? {})],
  );
  const userIds = await offeredUserIds(q, a.id);
  await recordChange(q, {
    tbl: 'alarm_events',
    rowId: id,
    op: 'put',
    communityId: a.community_id,
    userIds,
    mutationId,
  });
  return id;
}

/** Queues an SMS for the notification gateway and puts the attempt on the timeline (ALM-5). */
export async function queueSms(
  q: Queryable,
  a: Pick<AlarmRecord, 'id' | 'community_id'>,
  sms: { target: string; body: string; to: string; userId?: string | null },
  now: Date,
  mutationId: string | null,
): Promise<void> {
  if (!sms.target) return;
  const id = randomUUID();
  await q.query(
    `insert into outbound_messages (id, channel, target, body, status, alarm_id, created_at)
     values ($1, 'sms', $2, $3, 'queued', $4, $5)`,
    [id, sms.target, sms.body, a.id, now],
  );
  await addAlarmEvent(
    q,
    a,
    {
      kind: 'notified',
      channel: 'sms',
      target: sms.target,
      userId: sms.userId ?? null,
      detail: { to: sms.to, messageId: id },
    },
    now,
    mutationId,
  );
}

/** Logs an offer row for its responder and the alarm's community consoles. */
export async function recordOfferChange(
  q: Queryable,
  offerId: string,
  userId: string,
  communityId: string,
  mutationId: string | null,
): Promise<void> {
  await recordChange(q, { tbl: 'alarm_offers', rowId: offerId, op: 'put', communityId, userIds: [userId], mutationId });
}

/** A responder needs the resident's card (address, access notes, contacts) on the phone: log it for them. */
async function shareResidentWith(q: Queryable, a: AlarmRecord, userId: string, mutationId: string | null) {
  const scope = { communityId: a.community_id, userIds: [userId], mutationId };
  await recordChange(q, { tbl: 'residents', rowId: a.resident_id, op: 'put', ...scope });
  const contacts = await q.query<{ id: string }>('select id from resident_contacts where resident_id = $1', [
    a.resident_id,
  ]);
  for (const c of contacts) await recordChange(q, { tbl: 'resident_contacts', rowId: c.id, op: 'put', ...scope });
}

/** Queues a web push to every installed app of the user (ALM-3); the outbox sender fans it out and records it. */
async function queueWebPush(q: Queryable, a: Pick<AlarmRecord, 'id'>, userId: string, text: string, now: Date) {
  const body = JSON.stringify({ title: '安心 · 紧急求助', body: text, alarmId: a.id, url: `/?alarm=${a.id}` });
  await q.query(
    `insert into outbound_messages (id, channel, target, body, status, alarm_id, created_at)
     values ($1, 'web_push', $2, $3, 'queued', $4, $5)`,
    [randomUUID(), userId, body, a.id, now],
  );
}

/** Offers the alarm to these responders: offer rows, timeline, change log, a web push and an SMS to each. */
export async function offerTo(
  q: Queryable,
  a: AlarmRecord,
  ring: number,
  members: readonly RankedResponder[],
  now: Date,
  mutationId: string | null,
): Promise<string[]> {
  const offered: string[] = [];
  for (const [i, m] of members.entries()) {
    const [row] = await q.query<{ id: string }>(
      `insert into alarm_offers (id, alarm_id, user_id, ring, rank, distance_m, status, offered_at)
       values ($1, $2, $3, $4, $5, $6, 'offered', $7) on conflict (alarm_id, user_id) do nothing returning id`,
      [randomUUID(), a.id, m.id, ring, i + 1, m.distanceM, now],
    );
    if (!row) continue;
    offered.push(m.id);
    await recordOfferChange(q, row.id, m.id, a.community_id, mutationId);
    await shareResidentWith(q, a, m.id, mutationId);
    await addAlarmEvent(
      q,
      a,
      { kind: 'offered', userId: m.id, detail: { ring, rank: i + 1, distanceM: m.distanceM, reason: m.reason } },
      now,
      mutationId,
    );
    const body = `【安心】紧急求助：请在应用中接单（距离约${Math.round(m.distanceM ?? 0)}米）`;
    await queueWebPush(q, a, m.id, `请接单（距离约${Math.round(m.distanceM ?? 0)}米）`, now);
    await queueSms(q, a, { target: m.phone, body, to: 'responder', userId: m.id }, now, mutationId);
  }
  return offered;
}

/** Everyone who could respond to this resident's alarm (the domain filters and ranks them). */
export async function loadCandidates(q: Queryable, residentId: string): Promise<ResponderCandidate[]> {
  const users = await q.query<{
    id: string;
    display_name: string;
    phone: string;
    role: string;
    on_duty: boolean;
    duty_lat: number | null;
    duty_lng: number | null;
    duty_at: Date | null;
  }>(
    `select id, display_name, phone, role, on_duty, duty_lat, duty_lng, duty_at from users
      where active and on_duty and duty_lat is not null and role in ('liaison', 'field_worker')`,
  );
  const companies = await q.query<{
    id: string;
    name: string;
    phone: string;
    is_24h: boolean;
    category_ids: string[];
    lat: number | null;
    lng: number | null;
  }>(`select id, name, phone, is_24h, category_ids, lat, lng from companies where status = 'active' and is_24h`);
  const doctors = await q.query<{ id: string; name: string; phone: string }>(
    `select id, name, phone from resident_contacts where resident_id = $1 and relation = 'doctor' order by position`,
    [residentId],
  );
  return [
    ...users.map(
      (u): ResponderCandidate => ({
        kind: 'user',
        id: u.id,
        name: u.display_name,
        phone: u.phone,
        role: u.role,
        onDuty: u.on_duty,
        position: u.duty_lat !== null && u.duty_lng !== null ? { lat: u.duty_lat, lng: u.duty_lng } : null,
        positionAt: u.duty_at ? new Date(u.duty_at).toISOString() : null,
      }),
    ),
    ...companies.map(
      (c): ResponderCandidate => ({
        kind: 'company',
        id: c.id,
        name: c.name,
        phone: c.phone,
        is24h: c.is_24h,
        categoryIds: c.category_ids,
        position: c.lat !== null && c.lng !== null ? { lat: c.lat, lng: c.lng } : null,
      }),
    ),
    ...doctors.map((d): ResponderCandidate => ({ kind: 'doctor', id: d.id, name: d.name, phone: d.phone })),
  ];
}

/** The timers fixed at the raise (kept on the 'raised' event), so a restart or another instance escalates alike. */
export async function timersOf(q: Queryable, alarmId: string): Promise<EscalationTimers> {
  const [e] = await q.query<{ detail: { ringSeconds?: number; supervisorSeconds?: number } }>(
    `select detail from alarm_events where alarm_id = $1 and kind = 'raised' order by at limit 1`,
    [alarmId],
  );
  return {
    ringSeconds: e?.detail.ringSeconds ?? defaultEscalationTimers.ringSeconds,
    supervisorSeconds: e?.detail.supervisorSeconds ?? defaultEscalationTimers.supervisorSeconds,
  };
}
