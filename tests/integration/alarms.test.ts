// The alarm core through the real push path (ALM-1..8): raise by dispatcher and by a resident's device token, ring 1
// to the nearest on-duty responders, first accept wins, decline, progress, resolve with a follow-up, the timeline.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offsetByMeters } from '../../src/domain/geo/distance';
import { alertSupervisor, offerRing } from '../../src/server/app/alarms/escalate';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

describe('alarms on pglite', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let resident: { id: string; lat: number; lng: number };
  let resident2: { id: string };
  let alarmId = '';
  const ids: Record<string, string> = {};

  const m = (name: string, args: unknown) => ({ id: randomUUID(), name, args, at: new Date().toISOString() });
  const push = async (auth: Record<string, string>, name: string, args: unknown) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...auth, 'accept-language': 'en' },
      payload: { protocol: 1, clientId: 'device-alarm-test', mutations: [m(name, args)] },
    });
    return res.statusCode === 200 ? res.json().results[0] : { status: res.statusCode, body: res.json() };
  };
  const as = (u: string) => bearer(tokens[u]!);
  const q = <T = Record<string, unknown>>(sql: string, p: unknown[] = []) => t.store.query<T>(sql, p);

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['dispatcher1', 'worker1', 'worker2', 'worker3', 'liaison1', 'admin', 'tech1'])
      tokens[u] = await t.login(u);
    for (const r of await q<{ id: string; username: string }>('select id, username from users')) ids[r.username] = r.id;
    await q('update users set on_duty = false');
    const rows = await q<{ id: string; lat: number; lng: number }>(
      `select r.id, r.lat, r.lng from residents r
        where r.lat is not null and r.community_id in (select community_id from user_communities where user_id = $1)
          and exists (select 1 from resident_contacts c where c.resident_id = r.id)
        order by r.id limit 2`,
      [ids.liaison1],
    );
    resident = rows[0]!;
    resident2 = rows[1]!;
    const at = (metres: number) => ({ ...offsetByMeters(resident, metres, 0), accuracy: 10 });
    for (const [u, metres] of [
      ['worker1', 100],
      ['worker2', 200],
      ['worker3', 300],
      ['liaison1', 400],
    ] as const) {
      expect((await push(as(u), 'duty.set', { onDuty: true, position: at(metres) })).status).toBe('applied');
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('[ALM-1] [ALM-3] a dispatcher raises: ring 1 goes to the 3 nearest on duty, escalation is scheduled', async () => {
    const r = await push(as('dispatcher1'), 'alarm.raise', { residentId: resident.id });
    expect(r.status).toBe('applied');
    alarmId = r.value.id;
    const offers = await q<{ user_id: string; ring: number }>(
      'select user_id, ring from alarm_offers where alarm_id = $1 order by rank',
      [alarmId],
    );
    expect(offers.map((o) => o.user_id)).toEqual([ids.worker1, ids.worker2, ids.worker3]);
    const jobs = await q<{ kind: string; payload: { ring?: number } }>(
      `select kind, payload from jobs where payload->>'alarmId' = $1 order by due_at`,
      [alarmId],
    );
    expect(jobs.map((j) => j.kind)).toEqual(['alarm.ring', 'alarm.supervisor']);
    expect(jobs[0]!.payload.ring).toBe(2);
    const contacts = await q<{ phone: string }>('select phone from resident_contacts where resident_id = $1', [
      resident.id,
    ]);
    const sms = await q<{ target: string }>(`select target from outbound_messages where alarm_id = $1`, [alarmId]);
    for (const c of contacts) expect(sms.map((s) => s.target)).toContain(c.phone);
    const logged = await q<{ user_ids: string[]; community_id: string }>(
      `select user_ids, community_id from change_log where tbl = 'alarms' and row_id = $1`,
      [alarmId],
    );
    expect(logged[0]!.user_ids).toEqual(expect.arrayContaining([ids.worker1, ids.worker2, ids.worker3]));
    const again = await push(as('dispatcher1'), 'alarm.raise', { residentId: resident.id });
    expect(again.value.id).toBe(alarmId);
  });

  it('[ALM-2] [SYN-3] an offered responder gets the resident card and contacts, by the log and by a first pull', async () => {
    // worker1 holds no order for this resident: only the offer entitles it to the card.
    const logged = async (tbl: string, rowIds: string[]) =>
      q('select row_id from change_log where tbl = $1 and row_id = any($2) and $3 = any(user_ids)', [
        tbl,
        rowIds,
        ids.worker1,
      ]);
    expect(await logged('residents', [resident.id])).toHaveLength(1);
    const contactIds = (
      await q<{ id: string }>('select id from resident_contacts where resident_id = $1', [resident.id])
    ).map((c) => c.id);
    expect((await logged('resident_contacts', contactIds)).length).toBe(contactIds.length);
    const pullAs = async (user: string) => {
      const res = await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: as(user) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().changes as { table: string; id: string }[];
    };
    const cardIds = (changes: { table: string; id: string }[]) =>
      changes.filter((c) => c.table === 'residents').map((c) => c.id);
    expect(cardIds(await pullAs('worker1'))).toContain(resident.id);
    // Someone never offered this alarm does not get the card.
    expect(cardIds(await pullAs('tech1'))).not.toContain(resident.id);
  });

  it('[ALM-3] decline, then the first accept wins; the others are taken; a late accept names the winner', async () => {
    expect((await push(as('worker2'), 'alarm.decline', { alarmId, reason: '在医院' })).status).toBe('applied');
    expect((await push(as('worker1'), 'alarm.accept', { alarmId })).status).toBe('applied');
    const offers = await q<{ user_id: string; status: string }>(
      'select user_id, status from alarm_offers where alarm_id = $1',
      [alarmId],
    );
    const byUser = Object.fromEntries(offers.map((o) => [o.user_id, o.status]));
    expect(byUser).toEqual({ [ids.worker1!]: 'accepted', [ids.worker2!]: 'declined', [ids.worker3!]: 'taken' });
    const taken = await q('select 1 from change_log where tbl = $1 and $2 = any(user_ids)', [
      'alarm_offers',
      ids.worker3,
    ]);
    expect(taken.length).toBeGreaterThanOrEqual(2);
    const late = await push(as('liaison1'), 'alarm.accept', { alarmId });
    expect(late.status).toBe('rejected');
    expect(late.problem.code).toBe('alarm.taken');
    const [w] = await q<{ display_name: string }>('select display_name from users where id = $1', [ids.worker1]);
    expect(late.problem.message).toBe(`Already accepted by ${w!.display_name}`);
  });

  it('[ALM-6] [ALM-7] [ALM-8] progress, resolve with a follow-up callback, and the full timeline', async () => {
    const pos = { ...offsetByMeters(resident, 50, 0), accuracy: 8 };
    expect((await push(as('worker2'), 'alarm.update', { alarmId, status: 'en_route' })).problem.code).toBe(
      'alarm.not_responder',
    );
    expect((await push(as('worker1'), 'alarm.update', { alarmId, status: 'en_route', position: pos })).status).toBe(
      'applied',
    );
    expect((await push(as('worker1'), 'alarm.update', { alarmId, status: 'on_scene', position: pos })).status).toBe(
      'applied',
    );
    expect((await push(as('dispatcher1'), 'alarm.acknowledge', { alarmId })).status).toBe('applied');
    expect((await push(as('worker1'), 'alarm.resolve', { alarmId, outcome: 'helped' })).status).toBe('applied');
    const [a] = await q<Record<string, unknown>>('select * from alarms where id = $1', [alarmId]);
    expect(a).toMatchObject({ status: 'resolved', outcome: 'helped', lat: resident.lat, lng: resident.lng });
    expect(a!.arrived_at).not.toBeNull();
    expect(await q('select 1 from callbacks where alarm_id = $1 and status = $2', [alarmId, 'open'])).toHaveLength(1);
    const kinds = (await q<{ kind: string }>('select kind from alarm_events where alarm_id = $1', [alarmId])).map(
      (e) => e.kind,
    );
    for (const k of [
      'raised',
      'offered',
      'notified',
      'declined',
      'accepted',
      'en_route',
      'on_scene',
      'acknowledged',
      'resolved',
    ])
      expect(kinds).toContain(k);
    const pulled = await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: as('worker3') });
    const changes = pulled.json().changes as { table: string; row: { alarmId?: string; status?: string } }[];
    expect(changes.some((c) => c.table === 'alarm_offers' && c.row.status === 'taken')).toBe(true);
    expect(changes.some((c) => c.table === 'alarm_events' && c.row.alarmId === alarmId)).toBe(true);
  });

  it('[ALM-1] a device token raises for its resident only and can do nothing else', async () => {
    const issued = await push(as('dispatcher1'), 'resident.issueDeviceToken', { residentId: resident2.id });
    expect(issued.status).toBe('applied');
    const device = { authorization: `Device ${issued.value.token}` };
    const [stored] = await q<{ token_hash: string }>('select token_hash from resident_device_tokens');
    expect(stored!.token_hash).not.toBe(issued.value.token);
    const raised = await push(device, 'alarm.raise', {});
    expect(raised.status).toBe('applied');
    const [a] = await q<{ resident_id: string; source: string }>(
      'select resident_id, source from alarms where id = $1',
      [raised.value.id],
    );
    expect(a).toEqual({ resident_id: resident2.id, source: 'resident_page' });
    for (const [name, args] of [
      ['duty.set', { onDuty: true }],
      ['alarm.accept', { alarmId: raised.value.id }],
      ['resident.issueDeviceToken', { residentId: resident2.id }],
      ['no.such', {}],
    ] as const) {
      expect((await push(device, name, args)).problem.code).toBe('auth.forbidden');
    }
    expect((await push(device, 'alarm.raise', { residentId: resident.id })).problem.code).toBe('auth.forbidden');
    expect((await push({ authorization: 'Device nope' }, 'alarm.raise', {})).status).toBe(401);
    const status = await t.app.inject({ method: 'GET', url: '/api/resident/alarm', headers: device });
    expect(status.json()).toMatchObject({ alarm: { id: raised.value.id, status: 'raised', responder: null } });
    expect((await t.app.inject({ method: 'GET', url: '/api/resident/alarm' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/resident/alarm', headers: as('admin') })).statusCode).toBe(
      401,
    );

    // ALM-4: the job runner's steps: ring 2 offers the next responders, then the supervisor is alerted once.
    const later = new Date(Date.now() + 60_000);
    const ring2 = await t.store.transaction((tx) => offerRing(tx, raised.value.id, 2, later));
    expect(ring2.type).toBe('offered');
    const sup = await t.store.transaction((tx) => alertSupervisor(tx, raised.value.id, later));
    expect(sup.type).toBe('supervisor_alerted');
    expect((await t.store.transaction((tx) => alertSupervisor(tx, raised.value.id, later))).type).toBe('skipped');
    expect((await t.store.transaction((tx) => offerRing(tx, alarmId, 2, later))).type).toBe('skipped');
  });
});
