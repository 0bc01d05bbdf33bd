// Pull (SYN-3, SEC-2): each account receives only what its work needs, a full first sync paged, later changes from
// the change log, and a delete for a row that left its scope.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordChange } from '../../src/server/sync/change-log';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

type Change = { table: string; id: string; op: 'put' | 'delete'; row?: Record<string, unknown> };
let t: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'liaison1', 'worker1', 'tech1', 'vendor1', 'dispatcher1']) tokens[u] = await t.login(u);
});
afterAll(async () => {
  await t?.close();
});

async function pullOnce(user: string, cursor: number, page?: string) {
  const url = `/api/sync/pull?cursor=${cursor}${page ? `&page=${page}` : ''}`;
  const res = await t.app.inject({ method: 'GET', url, headers: bearer(tokens[user]!) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { cursor: number; changes: Change[]; reset?: boolean; more: boolean; page?: string };
}

/** A device's first sync: every page until done. */
async function fullSync(user: string) {
  let res = await pullOnce(user, 0);
  expect(res.reset).toBe(true);
  const changes = [...res.changes];
  let pages = 1;
  while (res.more) {
    res = await pullOnce(user, 0, res.page);
    changes.push(...res.changes);
    pages++;
  }
  return { cursor: res.cursor, changes, pages };
}

const ofTable = (changes: Change[], table: string) => changes.filter((c) => c.table === table);

describe('first sync', () => {
  it('[SYN-3] a liaison receives the residents of their communities only, with their contacts', async () => {
    const { changes } = await fullSync('liaison1');
    const residents = ofTable(changes, 'residents');
    const [{ n }] = (await t.store.query<{ n: number }>(
      `select count(*)::int as n from residents r join user_communities uc on uc.community_id = r.community_id
        join users u on u.id = uc.user_id where u.username = 'liaison1'`,
    )) as [{ n: number }];
    expect(residents.length).toBe(n);
    expect(residents.every((c) => String(c.row!.communityId).startsWith('610402'))).toBe(true);
    expect(residents.some((c) => String(c.row!.idCard).length === 18)).toBe(true);
    const ids = new Set(residents.map((c) => c.id));
    expect(ofTable(changes, 'resident_contacts').every((c) => ids.has(String(c.row!.residentId)))).toBe(true);
    expect(ofTable(changes, 'callers')).toEqual([]);
  });

  it('[SEC-2] a field worker receives only their own work: assigned orders, the company pool, those residents, no id numbers', async () => {
    const { changes } = await fullSync('tech1');
    const [me] = await t.store.query<{ id: string; volunteer_id: string; company_id: string }>(
      `select id, volunteer_id, company_id from users where username = 'tech1'`,
    );
    const orders = ofTable(changes, 'orders');
    expect(orders.length).toBeGreaterThan(0);
    // Assigned to tech1, or dispatched to tech1's company and not yet handed to anyone (ORD-2: first to accept).
    const inPool = (r: Record<string, unknown>) =>
      r.companyId === me!.company_id && r.assigneeUserId === null && r.status === 'dispatched';
    expect(orders.every((c) => c.row!.assigneeUserId === me!.id || inPool(c.row!))).toBe(true);
    expect(orders.some((c) => inPool(c.row!))).toBe(true);
    const assigned = orders.filter((c) => c.row!.assigneeUserId === me!.id);
    expect(ofTable(changes, 'volunteers').map((c) => c.id)).toEqual([me!.volunteer_id]);
    const residents = ofTable(changes, 'residents');
    expect(residents.length).toBeGreaterThan(0);
    expect(residents.length).toBeLessThanOrEqual(assigned.length);
    expect(residents.every((c) => c.row!.idCard === '')).toBe(true);
    expect(ofTable(changes, 'callers')).toEqual([]);
    expect(ofTable(changes, 'districts').length).toBe(14);
  });

  it('[SYN-3] an admin’s first sync is paged and holds every row once', async () => {
    const { changes, pages } = await fullSync('admin');
    expect(pages).toBeGreaterThan(1);
    const keys = new Set(changes.map((c) => `${c.table}/${c.id}`));
    expect(keys.size).toBe(changes.length);
    const [{ n }] = (await t.store.query<{ n: number }>('select count(*)::int as n from resident_contacts')) as [
      { n: number },
    ];
    expect(ofTable(changes, 'resident_contacts').length).toBe(n);
    expect(ofTable(changes, 'residents').length).toBe(2000);
  });

  it('[SYN-3] a cursor this server never gave (a restored database) answers a reset', async () => {
    const res = await pullOnce('dispatcher1', 10_000_000);
    expect(res.reset).toBe(true);
  });

  it('[SEC-3] a forged page token is refused naming the field', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/sync/pull?cursor=0&page=bm9wZQ',
      headers: bearer(tokens.admin!),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().problem).toMatchObject({ code: 'field.invalid', field: 'page' });
  });
});

describe('later pulls', () => {
  it('[SYN-3] a note reaches the assigned worker, their vendor and the centre, not another worker', async () => {
    const cursors: Record<string, number> = {};
    for (const u of ['tech1', 'worker1', 'vendor1', 'dispatcher1']) cursors[u] = (await fullSync(u)).cursor;
    const [order] = await t.store.query<{ id: string }>(
      `select o.id from orders o join users u on u.id = o.assignee_user_id where u.username = 'tech1' limit 1`,
    );
    const m = {
      id: randomUUID(),
      name: 'order.addNote',
      args: { orderId: order!.id, text: '需要更换阀门' },
      at: new Date().toISOString(),
    };
    const push = await t.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: bearer(tokens.tech1!),
      payload: { protocol: 1, clientId: 'tech1-phone', mutations: [m] },
    });
    expect(push.json().results[0].status).toBe('applied');
    for (const u of ['tech1', 'vendor1', 'dispatcher1']) {
      const res = await pullOnce(u, cursors[u]!);
      expect(res.changes, u).toEqual([
        {
          table: 'order_notes',
          id: m.id,
          op: 'put',
          row: expect.objectContaining({ text: '需要更换阀门', orderId: order!.id }),
        },
      ]);
      expect(res.cursor).toBeGreaterThan(cursors[u]!);
    }
    expect((await pullOnce('worker1', cursors.worker1!)).changes).toEqual([]);
  });

  it('[SYN-3] a volunteer who moves out of a liaison’s communities reaches that liaison as a delete', async () => {
    const { cursor } = await fullSync('liaison1');
    const [v] = await t.store.query<{ id: string; community_id: string }>(
      `select id, community_id from volunteers where community_id like '610402%' order by id limit 1`,
    );
    const [elsewhere] = await t.store.query<{ id: string }>(
      `select id from communities where district_id = '610404' limit 1`,
    );
    await t.store.transaction(async (tx) => {
      await tx.query('update volunteers set community_id = $2 where id = $1', [v!.id, elsewhere!.id]);
      await recordChange(tx, {
        tbl: 'volunteers',
        rowId: v!.id,
        op: 'put',
        communityId: elsewhere!.id,
        prevCommunityId: v!.community_id,
      });
    });
    const res = await pullOnce('liaison1', cursor);
    expect(res.changes).toEqual([{ table: 'volunteers', id: v!.id, op: 'delete' }]);
  });
});
