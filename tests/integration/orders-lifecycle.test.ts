// The order lifecycle through push (ORD-1..5, FLD-1), on PGlite and on PostgreSQL: intake, dispatch to a company
// pool, accept, travel, arrival with a position, completion, verification; one event and one audit row per step.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offsetByMeters } from '../../src/domain/geo/distance';
import { prepareStore } from '../../src/server/boot';
import type { Store } from '../../src/server/store/store';
import { createTestApp, type TestApp } from '../helpers/app';
import { pushKit } from '../helpers/push-kit';
import { available } from '../helpers/require-env';
import { freshPostgres, seededPglite } from '../helpers/stores';

function runLifecycle(name: string, makeStore: () => Promise<Store>) {
  describe(`order lifecycle on ${name}`, () => {
    let t: TestApp;
    const tokens: Record<string, string> = {};
    const ids: Record<string, string> = {};
    let companyA = '';
    let resident = { id: '', lat: 0, lng: 0, community_id: '', service_card_no: null as string | null };

    beforeAll(async () => {
      t = await createTestApp(await makeStore());
      for (const u of ['dispatcher1', 'supervisor1', 'tech1', 'vendor1', 'worker1']) tokens[u] = await t.login(u);
      for (const u of await t.store.query<{ id: string; username: string; company_id: string | null }>(
        `select id, username, company_id from users where username in ('dispatcher1', 'supervisor1', 'tech1', 'vendor1', 'worker1')`,
      )) {
        ids[u.username] = u.id;
        if (u.username === 'tech1') companyA = u.company_id!;
      }
      const [r] = await t.store.query<typeof resident>(
        `select id, lat, lng, community_id, service_card_no from residents
          where lat is not null and active order by id limit 1`,
      );
      resident = r!;
    });
    afterAll(async () => {
      await t?.close();
    });

    const { push, applied } = pushKit(
      () => t,
      (u) => tokens[u]!,
    );
    const orderRow = async (id: string) =>
      (await t.store.query<Record<string, unknown>>('select * from orders where id = $1', [id]))[0]!;
    const create = async (extra: Record<string, unknown> = {}) =>
      (
        await applied('dispatcher1', 'order.create', {
          type: 'home_service',
          callerPhone: '13991234567',
          callerName: '张先生',
          residentId: resident.id,
          description: '水龙头漏水，需要上门维修',
          ...extra,
        })
      ).value as { id: string; no: string };

    it('ORD-1 intake numbers the case by the Xianyang date and fills the place from the resident', async () => {
      const before = new Date();
      const { id, no } = await create();
      const day = new Date(before.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
      expect(no).toMatch(new RegExp(`^XY${day}-\\d{4}$`));
      const o = await orderRow(id);
      const [c] = await t.store.query<{ district_id: string }>('select district_id from communities where id = $1', [
        resident.community_id,
      ]);
      expect(o).toMatchObject({
        status: 'new',
        lat: resident.lat,
        lng: resident.lng,
        community_id: resident.community_id,
        district_id: c!.district_id,
        is_contract_customer: resident.service_card_no !== null,
        created_by: ids.dispatcher1,
      });
      const [caller] = await t.store.query<{ last_seen_at: Date }>(
        `select last_seen_at from callers where phone = '13991234567'`,
      );
      expect(caller!.last_seen_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    });

    it('ORD-1 an inquiry answered on the call closes at once, with a created and a closed event', async () => {
      const { id } = await create({ type: 'inquiry', residentId: undefined, closeNow: true, outcome: '已解答' });
      expect(await orderRow(id)).toMatchObject({ status: 'closed', outcome: '已解答' });
      const events = await t.store.query<{ kind: string }>(
        'select kind from order_events where order_id = $1 order by at, kind desc',
        [id],
      );
      expect(events.map((e) => e.kind)).toEqual(['created', 'closed']);
      const audits = await t.store.query<{ action: string }>(
        `select action from audit_log where entity = 'order' and entity_id = $1 order by id`,
        [id],
      );
      expect(audits.map((a) => a.action)).toEqual(['order.create', 'order.close']);
    });

    it('ORD-3 the full lifecycle through push: one event and one audit row per transition, arrival distance kept', async () => {
      const { id } = await create();
      const steps: [string, string, Record<string, unknown>][] = [
        ['dispatcher1', 'order.dispatch', { companyId: companyA }],
        ['tech1', 'order.accept', {}],
        ['tech1', 'order.startTravel', {}],
        ['tech1', 'order.arrive', { position: { ...offsetByMeters(resident, 120, 0), accuracy: 8 } }],
        ['tech1', 'order.complete', { outcome: '更换了阀芯，试水正常' }],
        ['supervisor1', 'order.verify', { note: '电话确认' }],
      ];
      const mutationIds: string[] = [];
      for (const [user, name, args] of steps)
        mutationIds.push((await applied(user, name, { orderId: id, ...args })).id);
      const o = await orderRow(id);
      expect(o).toMatchObject({
        status: 'verified',
        handling: 'dispatch',
        company_id: companyA,
        assignee_user_id: ids.tech1,
        outcome: '更换了阀芯，试水正常',
      });
      expect(o.assignee_name).not.toBe('');
      const dispatchedAt = (o.dispatched_at as Date).getTime();
      expect((o.confirm_due_at as Date).getTime() - dispatchedAt).toBe(30 * 60_000);
      const events = await t.store.query<Record<string, unknown>>(
        'select * from order_events where order_id = $1 order by at',
        [id],
      );
      expect(events.map((e) => [e.kind, e.from_status, e.to_status])).toEqual([
        ['created', null, 'new'],
        ['dispatched', 'new', 'dispatched'],
        ['accepted', 'dispatched', 'accepted'],
        ['en_route', 'accepted', 'en_route'],
        ['arrived', 'en_route', 'on_site'],
        ['completed', 'on_site', 'completed'],
        ['verified', 'completed', 'verified'],
      ]);
      expect(events.slice(1).map((e) => e.id)).toEqual(mutationIds);
      for (const e of events) {
        expect(e.user_name).not.toBe('');
        expect(e.device_at).not.toBeNull();
      }
      const arrived = events.find((e) => e.kind === 'arrived')!;
      expect(arrived.lat).toBeCloseTo(offsetByMeters(resident, 120, 0).lat, 6);
      expect((arrived.detail as { distanceM: number }).distanceM).toBeGreaterThanOrEqual(119);
      expect((arrived.detail as { distanceM: number }).distanceM).toBeLessThanOrEqual(121);
      expect((arrived.detail as { accuracy: number }).accuracy).toBe(8);
      expect(events[2]!.company_id).toBe(companyA);
      const audits = await t.store.query<{ action: string }>(
        `select action from audit_log where entity = 'order' and entity_id = $1 order by id`,
        [id],
      );
      expect(audits.map((a) => a.action)).toEqual([
        'order.create',
        'order.dispatch',
        'order.accept',
        'order.startTravel',
        'order.arrive',
        'order.complete',
        'order.verify',
      ]);
    });

    it('ORD-4 an approved extension moves the service deadline; a redispatch keeps it and clears the extension', async () => {
      const { id } = await create();
      await applied('dispatcher1', 'order.dispatch', { orderId: id, userId: ids.tech1 });
      await applied('tech1', 'order.accept', { orderId: id });
      const due = ((await orderRow(id)).service_due_at as Date).getTime();
      await applied('tech1', 'order.requestExtension', { orderId: id, hours: 12, reason: '等配件' });
      expect(await orderRow(id)).toMatchObject({ extension_state: 'requested', extension_hours: 12 });
      await applied('supervisor1', 'order.decideExtension', { orderId: id, approve: true });
      const extended = await orderRow(id);
      expect(extended.extension_state).toBe('approved');
      expect((extended.service_due_at as Date).getTime()).toBe(due + 12 * 3_600_000);
      await applied('dispatcher1', 'order.dispatch', { orderId: id, companyId: companyA });
      const again = await orderRow(id);
      expect((again.service_due_at as Date).getTime()).toBe(due + 12 * 3_600_000);
      expect(again).toMatchObject({ extension_state: null, assignee_user_id: null, status: 'dispatched' });
    });

    it('ORD-2 a recommendation completes the case with the vendors named and their ids on the event', async () => {
      const { id } = await create();
      const m = await applied('dispatcher1', 'order.recommend', { orderId: id, companyIds: [companyA] });
      const [c] = await t.store.query<{ name: string }>('select name from companies where id = $1', [companyA]);
      const o = await orderRow(id);
      expect(o).toMatchObject({ status: 'completed', handling: 'recommend' });
      expect(o.outcome).toContain(c!.name);
      const [e] = await t.store.query<{ detail: { companyIds: string[] } }>(
        'select detail from order_events where id = $1',
        [m.id],
      );
      expect(e!.detail.companyIds).toEqual([companyA]);
    });

    it('ORD-3 a vendor manager hands the pool order to a technician, who then holds it alone', async () => {
      const { id } = await create();
      await applied('dispatcher1', 'order.dispatch', { orderId: id, companyId: companyA });
      const refused = await push('vendor1', 'order.assign', { orderId: id, userId: ids.worker1 });
      expect(refused.problem).toMatchObject({ code: 'order.assignee_not_staff', field: 'userId' });
      await applied('vendor1', 'order.assign', { orderId: id, userId: ids.tech1 });
      expect(await orderRow(id)).toMatchObject({ status: 'dispatched', assignee_user_id: ids.tech1 });
      await applied('vendor1', 'order.accept', { orderId: id });
      expect(await orderRow(id)).toMatchObject({ status: 'accepted', assignee_user_id: ids.tech1 });
    });

    it('ORD-5 a return by company A is counted wrong when company B completes the order', async () => {
      const [b] = await t.store.query<{ id: string }>(
        `select id from companies where status = 'active' and id <> $1 order by id limit 1`,
        [companyA],
      );
      const techB = `techb-${randomUUID().slice(0, 8)}`;
      await t.store.query(
        `insert into users (id, username, display_name, role, company_id, password_hash)
         select $1, $1, 'B 单位技师', 'field_worker', $2, password_hash from users where username = 'tech1'`,
        [techB, b!.id],
      );
      tokens[techB] = await t.login(techB);
      const { id } = await create();
      await applied('dispatcher1', 'order.dispatch', { orderId: id, companyId: companyA });
      const back = await applied('vendor1', 'order.return', { orderId: id, reason: 'not_our_service' });
      const [ret] = await t.store.query<Record<string, unknown>>('select * from order_events where id = $1', [back.id]);
      expect(ret).toMatchObject({ kind: 'returned', company_id: companyA, reason_code: 'not_our_service' });
      expect(await orderRow(id)).toMatchObject({ status: 'returned', company_id: null, assignee_user_id: null });
      await applied('dispatcher1', 'order.dispatch', { orderId: id, companyId: b!.id });
      for (const [name, args] of [
        ['order.accept', {}],
        ['order.arrive', {}],
        ['order.complete', { outcome: '已修好' }],
      ] as const)
        await applied(techB, name, { orderId: id, ...args });
      const [after] = await t.store.query<{ wrong_return: boolean }>(
        'select wrong_return from order_events where id = $1',
        [back.id],
      );
      expect(after!.wrong_return).toBe(true);
      const logged = await t.store.query('select 1 from change_log where tbl = $1 and row_id = $2 and op = $3', [
        'order_events',
        back.id,
        'put',
      ]);
      expect(logged.length).toBeGreaterThanOrEqual(2);
    });
  });
}

runLifecycle('pglite', seededPglite);

if (available('postgres')) {
  runLifecycle('postgres', async () => {
    const store = await freshPostgres();
    await prepareStore(store, { demo: true });
    return store;
  });
}
