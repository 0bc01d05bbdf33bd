// Offline order conflicts (ORD-3, ORD-5, SYN-2, SYN-3), on PGlite and on PostgreSQL: each late change from a phone
// is refused by the rule on the server's current state, with its code and plain words in both languages.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../../src/server/boot';
import type { Store } from '../../src/server/store/store';
import { bearer, createTestApp, type TestApp } from '../helpers/app';
import { pushKit, type TestMutation, testMutation } from '../helpers/push-kit';
import { available } from '../helpers/require-env';
import { freshPostgres, seededPglite } from '../helpers/stores';

interface Pulled {
  cursor: number;
  changes: { table: string; id: string; op: 'put' | 'delete' }[];
}

function runConflicts(name: string, makeStore: () => Promise<Store>) {
  describe(`order conflicts on ${name}`, () => {
    let t: TestApp;
    const tokens: Record<string, string> = {};
    const ids: Record<string, string> = {};
    let companyA = '';
    let companyB = '';
    let residentId = '';
    const tech1b = `tech1b-${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      t = await createTestApp(await makeStore());
      const [tech1] = await t.store.query<{ company_id: string }>(
        `select company_id from users where username = 'tech1'`,
      );
      companyA = tech1!.company_id;
      // A second technician of tech1's company: the two race for the company pool.
      await t.store.query(
        `insert into users (id, username, display_name, role, company_id, password_hash)
         select $1, $1, '同单位技师', 'field_worker', company_id, password_hash from users where username = 'tech1'`,
        [tech1b],
      );
      for (const u of ['dispatcher1', 'tech1', 'vendor1', tech1b]) tokens[u] = await t.login(u);
      for (const u of await t.store.query<{ id: string; username: string }>(
        `select id, username from users where username in ('dispatcher1', 'tech1', 'vendor1', 'worker1')`,
      ))
        ids[u.username] = u.id;
      ids[tech1b] = tech1b;
      const [b] = await t.store.query<{ id: string }>(
        `select id from companies where status = 'active' and id <> $1 order by id limit 1`,
        [companyA],
      );
      companyB = b!.id;
      const [r] = await t.store.query<{ id: string }>(
        'select id from residents where lat is not null order by id limit 1',
      );
      residentId = r!.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    const kit = pushKit(
      () => t,
      (u) => tokens[u]!,
    );
    const { send } = kit;
    const mutation = (name: string, args: unknown) => testMutation(name, args);
    const applied = async (user: string, name: string, args: unknown) => (await kit.applied(user, name, args)).value;
    /** The refusal in both languages: the same stored result, worded for each device. */
    const refusedBoth = async (user: string, m: TestMutation) => {
      const zh = await send(user, m, 'zh-CN');
      const en = await send(user, m, 'en');
      expect(zh.status).toBe('rejected');
      expect(en.problem!.code).toBe(zh.problem!.code);
      return { code: zh.problem!.code, zh: zh.problem!.message, en: en.problem!.message };
    };
    const newOrder = async () =>
      (
        (await applied('dispatcher1', 'order.create', {
          type: 'home_service',
          callerPhone: '13700000000',
          residentId,
          description: '灯不亮了',
        })) as { id: string }
      ).id;
    const count = async (sql: string, params: unknown[] = []) =>
      (await t.store.query<{ n: number }>(`select count(*)::int as n from (${sql}) x`, params))[0]!.n;
    const head = async () =>
      Number((await t.store.query<{ n: string }>('select coalesce(max(seq), 0) as n from change_log'))[0]!.n);
    const pullSince = async (user: string, cursor: number): Promise<Pulled> =>
      (
        await t.app.inject({ method: 'GET', url: `/api/sync/pull?cursor=${cursor}`, headers: bearer(tokens[user]!) })
      ).json();

    it('ORD-3 an accept made offline after the order was reassigned is refused with order.reassigned', async () => {
      const id = await newOrder();
      await applied('dispatcher1', 'order.dispatch', { orderId: id, userId: ids.tech1 });
      const late = mutation('order.accept', { orderId: id });
      await applied('dispatcher1', 'order.dispatch', { orderId: id, companyId: companyB });
      expect(await refusedBoth('tech1', late)).toEqual({
        code: 'order.reassigned',
        zh: '该工单已改派给其他单位或人员，不再由您处理',
        en: 'This order has been given to another unit or person; it is no longer yours',
      });
      const [o] = await t.store.query('select status, company_id, assignee_user_id from orders where id = $1', [id]);
      expect(o).toEqual({ status: 'dispatched', company_id: companyB, assignee_user_id: null });
    });

    it('ORD-3 a completion made offline after the centre cancelled is refused with order.cancelled', async () => {
      const id = await newOrder();
      await applied('dispatcher1', 'order.dispatch', { orderId: id, userId: ids.tech1 });
      await applied('tech1', 'order.accept', { orderId: id });
      const cursor = await head();
      const late = mutation('order.complete', { orderId: id, outcome: '修好了' });
      await applied('dispatcher1', 'order.cancel', { orderId: id, reason: '居民已自行解决' });
      expect(await refusedBoth('tech1', late)).toEqual({
        code: 'order.cancelled',
        zh: '该工单已被中心撤销，未做任何更改',
        en: 'The centre cancelled this order; nothing was changed',
      });
      const [o] = await t.store.query<{ status: string }>('select status from orders where id = $1', [id]);
      expect(o!.status).toBe('cancelled');
      // The cancelled order leaves the technician's phone.
      const changes = (await pullSince('tech1', cursor)).changes.filter((c) => c.table === 'orders');
      expect(changes).toEqual([{ table: 'orders', id, op: 'delete' }]);
    });

    it('ORD-3 SEC-2 two technicians of one company accept the same pool order: the second gets order.taken and a delete, the first the card', async () => {
      const id = await newOrder();
      const beforeDispatch = await head();
      await applied('dispatcher1', 'order.dispatch', { orderId: id, companyId: companyA });
      const offered = await pullSince(tech1b, beforeDispatch);
      expect(offered.changes).toContainEqual(expect.objectContaining({ table: 'orders', id, op: 'put' }));
      // SEC-2: the pool sees the job and its address; the resident's card goes only to the one who takes it.
      expect(offered.changes.filter((c) => c.table === 'residents')).toEqual([]);
      const second = mutation('order.accept', { orderId: id });
      await applied('tech1', 'order.accept', { orderId: id });
      expect(await refusedBoth(tech1b, second)).toEqual({
        code: 'order.taken',
        zh: '同单位的另一位同事已接了这张工单',
        en: 'Another member of your company has already accepted this order',
      });
      const [o] = await t.store.query('select status, assignee_user_id from orders where id = $1', [id]);
      expect(o).toEqual({ status: 'accepted', assignee_user_id: ids.tech1 });
      const gone = await pullSince(tech1b, offered.cursor);
      expect(gone.changes.filter((c) => c.id === id)).toEqual([{ table: 'orders', id, op: 'delete' }]);
      const [dispatchEvent] = await t.store.query<{ id: string }>(
        `select id from order_events where order_id = $1 and kind = 'dispatched'`,
        [id],
      );
      expect(gone.changes).toContainEqual({ table: 'order_events', id: dispatchEvent!.id, op: 'delete' });
      const kept = await pullSince('tech1', offered.cursor);
      expect(kept.changes).toContainEqual(expect.objectContaining({ table: 'orders', id, op: 'put' }));
      expect(kept.changes).toContainEqual(expect.objectContaining({ table: 'residents', id: residentId, op: 'put' }));
      expect(gone.changes.filter((c) => c.table === 'residents')).toEqual([]);
      expect(kept.changes).toContainEqual(
        expect.objectContaining({ table: 'order_events', id: dispatchEvent!.id, op: 'put' }),
      );
    });

    it('ORD-5 a return after the confirmation deadline is refused with the deadline in Xianyang time', async () => {
      const id = await newOrder();
      await applied('dispatcher1', 'order.dispatch', { orderId: id, companyId: companyA });
      await t.store.query(`update orders set confirm_due_at = '2026-11-23T02:00:00Z' where id = $1`, [id]);
      const late = mutation('order.return', { orderId: id, reason: 'no_staff' });
      expect(await refusedBoth('tech1', late)).toEqual({
        code: 'order.return_too_late',
        zh: '退单时限已于 11-23 10:00 截止，请致电中心改派，或提交"无法完成"',
        en: 'The time to return this order ended at 11-23 10:00; call the centre to redispatch it, or report that it cannot be completed',
      });
    });

    it('SYN-2 a replayed order mutation returns the stored result and changes nothing', async () => {
      const id = await newOrder();
      await applied('dispatcher1', 'order.dispatch', { orderId: id, companyId: companyA });
      const m = mutation('order.accept', { orderId: id, position: { lat: 34.33, lng: 108.71, accuracy: 20 } });
      const first = await send('tech1', m);
      expect(first.status).toBe('applied');
      const snapshot = async () => ({
        events: await count('select 1 from order_events where order_id = $1', [id]),
        audits: await count(`select 1 from audit_log where entity_id = $1`, [id]),
        changes: await count('select 1 from change_log'),
        version: (await t.store.query<{ version: number }>('select version from orders where id = $1', [id]))[0]!
          .version,
      });
      const before = await snapshot();
      expect(await send('tech1', m)).toEqual(first);
      expect(await snapshot()).toEqual(before);
    });

    it('ORD-2 dispatch refuses a company that is not active and an assignee who is not an active field worker', async () => {
      const id = await newOrder();
      const [suspended] = await t.store.query<{ id: string }>(
        `update companies set status = 'suspended' where id = $1 returning id`,
        [companyB],
      );
      const bad = await send('dispatcher1', mutation('order.dispatch', { orderId: id, companyId: suspended!.id }));
      expect(bad.problem).toMatchObject({ code: 'order.company_unavailable', field: 'companyId' });
      await t.store.query(`update companies set status = 'active' where id = $1`, [companyB]);
      const notStaff = await send('dispatcher1', mutation('order.dispatch', { orderId: id, userId: ids.vendor1 }));
      expect(notStaff.problem).toMatchObject({ code: 'order.assignee_not_staff', field: 'userId' });
      const [o] = await t.store.query<{ status: string }>('select status from orders where id = $1', [id]);
      expect(o!.status).toBe('new');
    });
  });
}

runConflicts('pglite', seededPglite);

if (available('postgres')) {
  runConflicts('postgres', async () => {
    const store = await freshPostgres();
    await prepareStore(store, { demo: true });
    return store;
  });
}
