// The push contract (SYN-2, FLD-3, SEC-1, SEC-3), run on PGlite and on PostgreSQL: idempotent by mutation id, also
// under concurrent replays; one refusal never blocks the rest; every refusal names its reason.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/store/store';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

export function runPushSuite(name: string, makeStore: () => Promise<Store>): void {
  describe(`push on ${name}`, () => {
    let t: TestApp;
    const tokens: Record<string, string> = {};
    beforeAll(async () => {
      t = await createTestApp(await makeStore());
      for (const u of ['worker1', 'tech1', 'liaison1', 'vendor1', 'dispatcher1']) tokens[u] = await t.login(u);
    });
    afterAll(async () => {
      await t?.close();
    });

    const mutation = (name: string, args: unknown, id = randomUUID()) => ({
      id,
      name,
      args,
      at: new Date().toISOString(),
    });
    const push = async (user: string, mutations: unknown[], protocol = 1) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: bearer(tokens[user]!),
        payload: { protocol, clientId: `device-${user}`, mutations },
      });
      return res;
    };
    const orderOf = async (username: string) => {
      const [o] = await t.store.query<{ id: string }>(
        `select o.id from orders o join users u on u.id = o.assignee_user_id where u.username = $1 order by o.id limit 1`,
        [username],
      );
      return o!.id;
    };
    const count = async (sql: string, params: unknown[] = []) =>
      (await t.store.query<{ n: number }>(`select count(*)::int as n from (${sql}) x`, params))[0]!.n;

    it('[FLD-3] going on duty records the position on the account and its volunteer row, with change log and audit', async () => {
      const m = mutation('duty.set', { onDuty: true, position: { lat: 34.33, lng: 108.71, accuracy: 12 } });
      const res = await push('worker1', [m]);
      expect(res.json()).toEqual({ results: [{ id: m.id, status: 'applied' }] });
      const [u] = await t.store.query<Record<string, unknown>>(
        `select on_duty, duty_lat, duty_lng, volunteer_id from users where username = 'worker1'`,
      );
      expect(u).toMatchObject({ on_duty: true, duty_lat: 34.33, duty_lng: 108.71 });
      const [v] = await t.store.query<Record<string, unknown>>(
        'select on_duty, duty_lat from volunteers where id = $1',
        [u!.volunteer_id],
      );
      expect(v).toMatchObject({ on_duty: true, duty_lat: 34.33 });
      expect(await count('select 1 from change_log where mutation_id = $1', [m.id])).toBe(1);
      expect(
        await count(`select 1 from audit_log where action = 'duty.set' and detail->>'deviceAt' = $1`, [m.at]),
      ).toBe(1);
    });

    it('[FLD-3] going off duty forgets the position', async () => {
      const res = await push('worker1', [
        mutation('duty.set', { onDuty: false, position: { lat: 34, lng: 108, accuracy: 5 } }),
      ]);
      expect(res.json().results[0].status).toBe('applied');
      const [u] = await t.store.query(`select on_duty, duty_lat from users where username = 'worker1'`);
      expect(u).toEqual({ on_duty: false, duty_lat: null });
    });

    it('[SYN-2] replaying a push returns the stored result and changes nothing', async () => {
      const orderId = await orderOf('tech1');
      const m = mutation('order.addNote', { orderId, text: '已到楼下，电梯停运，走楼梯上去' });
      const first = (await push('tech1', [m])).json();
      expect(first.results[0]).toEqual({ id: m.id, status: 'applied', value: { id: m.id } });
      const audits = await count('select 1 from audit_log');
      const changes = await count('select 1 from change_log');
      const again = (await push('tech1', [m, m])).json();
      expect(again.results).toEqual([first.results[0], first.results[0]]);
      expect(await count('select 1 from order_notes where id = $1', [m.id])).toBe(1);
      expect(await count('select 1 from audit_log')).toBe(audits);
      expect(await count('select 1 from change_log')).toBe(changes);
    });

    it('[SYN-2] a replay racing the original applies the mutation exactly once', async () => {
      const orderId = await orderOf('tech1');
      const m = mutation('order.addNote', { orderId, text: 'concurrent replay' });
      const answers = await Promise.all(Array.from({ length: 6 }, () => push('tech1', [m])));
      for (const a of answers) expect(a.json().results).toEqual([{ id: m.id, status: 'applied', value: { id: m.id } }]);
      expect(await count(`select 1 from order_notes where text = 'concurrent replay'`)).toBe(1);
      expect(await count('select 1 from change_log where mutation_id = $1', [m.id])).toBe(1);
    });

    it('[SYN-2] a refused mutation does not block the ones after it, and leaves nothing behind', async () => {
      const orderId = await orderOf('tech1');
      const bad = mutation('order.addNote', { orderId: 'no-such-order', text: 'x' });
      const good = mutation('order.addNote', { orderId, text: 'after the refused one' });
      const res = (await push('tech1', [bad, good])).json();
      expect(res.results[0]).toEqual({
        id: bad.id,
        status: 'rejected',
        problem: { code: 'resource.not_found', field: 'orderId', message: 'No such order' },
      });
      expect(res.results[1].status).toBe('applied');
      expect(await count('select 1 from order_notes where id = $1', [bad.id])).toBe(0);
      expect(await count('select 1 from change_log where mutation_id = $1', [bad.id])).toBe(0);
      expect((await push('tech1', [bad])).json().results[0].problem.code).toBe('resource.not_found');
    });

    it('[SEC-1] a worker cannot annotate an order that is not theirs; a vendor manager cannot go on duty', async () => {
      const notTheirs = await orderOf('tech1');
      const r1 = (await push('worker1', [mutation('order.addNote', { orderId: notTheirs, text: 'x' })])).json();
      expect(r1.results[0].problem).toMatchObject({ code: 'order.not_visible', field: 'orderId' });
      const r2 = (await push('vendor1', [mutation('duty.set', { onDuty: true })])).json();
      expect(r2.results[0].problem.code).toBe('auth.forbidden');
      const r3 = (
        await push('dispatcher1', [mutation('order.addNote', { orderId: notTheirs, text: '已电话联系居民' })])
      ).json();
      expect(r3.results[0].status).toBe('applied');
    });

    it('[SEC-3] bad arguments are refused naming the field; an unknown action asks for a reload', async () => {
      const res = (
        await push('tech1', [mutation('order.addNote', { orderId: 'x' }), mutation('order.fly', {})])
      ).json();
      expect(res.results[0].problem).toMatchObject({ code: 'field.required', field: 'args.text' });
      expect(res.results[1].problem).toMatchObject({ code: 'sync.unknown_mutation', field: 'name' });
    });

    it('[SYN-2] a mutation id reused by another account or for another action is refused, not replayed', async () => {
      const m = mutation('duty.set', { onDuty: true });
      expect((await push('liaison1', [m])).json().results[0].status).toBe('applied');
      const other = (await push('worker1', [m])).json();
      expect(other.results[0].problem.code).toBe('sync.mutation_id_reused');
      const otherAction = { ...m, name: 'order.addNote', args: { orderId: 'x', text: 'y' } };
      const again = (await push('liaison1', [otherAction])).json();
      expect(again.results[0], JSON.stringify(again)).toMatchObject({
        status: 'rejected',
        problem: { code: 'sync.mutation_id_reused' },
      });
    });

    it('[SYN-2] a client older than the protocol is told to reload; a bad batch names its field', async () => {
      const old = await push('tech1', [], 0);
      expect(old.statusCode).toBe(426);
      expect(old.json().problem.code).toBe('protocol.client_too_old');
      const bad = await push('tech1', [{ id: 'not-a-uuid', name: 'duty.set', args: {}, at: new Date().toISOString() }]);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().problem).toMatchObject({ code: 'field.invalid', field: 'mutations.0.id' });
    });
  });
}
