// Registry mutations through the one write path (REG-1..4, SYN-3, SEC-1, SEC-3): create and update companies,
// volunteers and residents, class callers; refusals name the field; writes reach only the devices in scope.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactIdFor } from '../../src/domain/registry/contact-id';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
const tokens: Record<string, string> = {};
let inside: { id: string; district_id: string; street_id: string };
let outside: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'liaison1', 'dispatcher1', 'worker1']) tokens[u] = await t.login(u);
  [inside] = (await t.store.query(
    `select c.id, c.district_id, c.street_id from communities c join user_communities uc on uc.community_id = c.id
       join users u on u.id = uc.user_id where u.username = 'liaison1' order by c.id limit 1`,
  )) as [typeof inside];
  [outside] = (await t.store.query(
    `select id from communities where id not in (select uc.community_id from user_communities uc
       join users u on u.id = uc.user_id where u.username = 'liaison1') order by id limit 1`,
  )) as [typeof outside];
});
afterAll(async () => {
  await t?.close();
});

const mutation = (name: string, args: unknown, id = randomUUID()) => ({ id, name, args, at: new Date().toISOString() });
async function push(user: string, ...mutations: ReturnType<typeof mutation>[]) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: { ...bearer(tokens[user]!), 'accept-language': 'en' },
    payload: { protocol: 1, clientId: `device-${user}`, mutations },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().results as {
    id: string;
    status: string;
    value?: { id?: string; changed?: string[] };
    problem?: { code: string; field?: string };
  }[];
}
const count = async (sql: string, params: unknown[] = []) =>
  (await t.store.query<{ n: number }>(`select count(*)::int as n from (${sql}) x`, params))[0]!.n;
const head = async () => (await t.store.query<{ m: number }>('select max(seq)::int8 as m from change_log'))[0]!.m;
async function pullSince(user: string, cursor: number) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/sync/pull?cursor=${cursor}`,
    headers: bearer(tokens[user]!),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().changes as { table: string; id: string; op: string; row?: Record<string, unknown> }[];
}

const company = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  name: '咸阳测试家政有限公司',
  districtId: '610402',
  phone: '029-33210001',
  categoryIds: ['housekeeping.cleaning'],
  ...over,
});

describe('company mutations', () => {
  it('[REG-1] an admin creates a company, with change log and audit; registry readers pull it, a field worker not', async () => {
    const cursor = await head();
    const args = company({ lat: 34.33, lng: 108.71 });
    const m = mutation('company.create', args);
    expect(await push('admin', m)).toEqual([{ id: m.id, status: 'applied', value: { id: args.id } }]);
    const [row] = await t.store.query('select name, phone, status, category_ids from companies where id = $1', [
      args.id,
    ]);
    expect(row).toEqual({
      name: args.name,
      phone: '02933210001',
      status: 'active',
      category_ids: ['housekeeping.cleaning'],
    });
    expect(await count('select 1 from change_log where mutation_id = $1 and tbl = $2', [m.id, 'companies'])).toBe(1);
    expect(await count(`select 1 from audit_log where action = 'company.create' and entity_id = $1`, [args.id])).toBe(
      1,
    );
    expect((await pullSince('liaison1', cursor)).some((c) => c.table === 'companies' && c.id === args.id)).toBe(true);
    expect((await pullSince('worker1', cursor)).some((c) => c.table === 'companies')).toBe(false);
  });

  it('[REG-1] a second create with an existing id is a conflict; a replay of the same mutation is applied once', async () => {
    const args = company();
    const m = mutation('company.create', args);
    await push('admin', m);
    const [replay] = await push('admin', m);
    expect(replay!.status).toBe('applied');
    const [again] = await push('admin', mutation('company.create', args));
    expect(again!.problem).toMatchObject({ code: 'record.exists', field: 'id' });
    expect(await count('select 1 from companies where id = $1', [args.id])).toBe(1);
  });

  it('[SEC-3] unknown district and category are refused naming the field', async () => {
    const [d] = await push('admin', mutation('company.create', company({ districtId: '619999' })));
    expect(d!.problem).toMatchObject({ code: 'field.invalid', field: 'districtId' });
    const [c] = await push(
      'admin',
      mutation('company.create', company({ categoryIds: ['housekeeping.cleaning', 'nope'] })),
    );
    expect(c!.problem).toMatchObject({ code: 'field.invalid', field: 'categoryIds.1' });
  });

  it('[REG-1] suspending stamps the day; an update of a missing company is not found', async () => {
    const args = company();
    await push('admin', mutation('company.create', args));
    const [r] = await push('admin', mutation('company.update', { id: args.id, status: 'suspended' }));
    expect(r!.value?.changed).toEqual(expect.arrayContaining(['status', 'suspendedOn']));
    const [row] = await t.store.query<{ suspended_on: string }>('select suspended_on from companies where id = $1', [
      args.id,
    ]);
    expect(row!.suspended_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [missing] = await push('admin', mutation('company.update', { id: randomUUID(), name: 'x' }));
    expect(missing!.problem).toMatchObject({ code: 'resource.not_found', field: 'id' });
  });

  it('[REG-1] an update that changes nothing is applied but writes no change log and no audit', async () => {
    const args = company();
    await push('admin', mutation('company.create', args));
    const changes = await count('select 1 from change_log');
    const audits = await count('select 1 from audit_log');
    const m = mutation('company.update', { id: args.id, name: args.name, phone: args.phone });
    const [r] = await push('admin', m);
    expect(r).toMatchObject({ status: 'applied', value: { changed: [] } });
    expect(await count('select 1 from change_log')).toBe(changes);
    expect(await count('select 1 from audit_log')).toBe(audits);
  });

  it('[SEC-1] a liaison and a dispatcher may not write the registry', async () => {
    const [l] = await push('liaison1', mutation('company.create', company()));
    expect(l!.problem).toMatchObject({ code: 'auth.forbidden' });
    const [d] = await push(
      'dispatcher1',
      mutation('volunteer.create', { id: randomUUID(), name: '赵', phone: '13991000009' }),
    );
    expect(d!.problem).toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('volunteer mutations', () => {
  it('[REG-2] a volunteer takes the district of its community; an unknown company is refused naming it', async () => {
    const id = randomUUID();
    const [r] = await push(
      'admin',
      mutation('volunteer.create', { id, name: '周志愿', phone: '13991000011', communityId: inside.id }),
    );
    expect(r!.status).toBe('applied');
    const [row] = await t.store.query('select district_id, community_id from volunteers where id = $1', [id]);
    expect(row).toEqual({ district_id: inside.district_id, community_id: inside.id });
    const [bad] = await push('admin', mutation('volunteer.update', { id, companyId: 'no-such-company' }));
    expect(bad!.problem).toMatchObject({ code: 'field.invalid', field: 'companyId' });
  });
});

describe('resident mutations', () => {
  const resident = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    name: '测试老人',
    gender: 'female',
    birthDate: '1940-02-03',
    communityId: outside.id,
    serviceCardNo: `T${Date.now()}${Math.floor(Math.random() * 1000)}`,
    contacts: [
      { name: '王一', phone: '13991000021', relation: 'family' },
      { name: '李医生', phone: '13991000022', relation: 'doctor' },
    ],
    ...over,
  });

  it('[REG-3] create derives district and street and stores contacts in order', async () => {
    const args = resident({ communityId: inside.id });
    const [r] = await push('admin', mutation('resident.create', args));
    expect(r!.status).toBe('applied');
    const [row] = await t.store.query('select district_id, street_id from residents where id = $1', [args.id]);
    expect(row).toEqual({ district_id: inside.district_id, street_id: inside.street_id });
    const contacts = await t.store.query(
      'select id, position, name from resident_contacts where resident_id = $1 order by position',
      [args.id],
    );
    // The ids a device derives offline for new positions (contactIdFor), so its rows are the ones pulled back.
    expect(contacts).toEqual([
      { id: contactIdFor(args.id, 1), position: 1, name: '王一' },
      { id: contactIdFor(args.id, 2), position: 2, name: '李医生' },
    ]);
  });

  it('[SYN-3] a resident update reaches liaison1 only when the resident is in its communities', async () => {
    const out = resident();
    const inn = resident({ communityId: inside.id });
    await push('admin', mutation('resident.create', out), mutation('resident.create', inn));
    const cursor = await head();
    await push(
      'admin',
      mutation('resident.update', { id: out.id, allergies: '青霉素' }),
      mutation('resident.update', {
        id: inn.id,
        allergies: '青霉素',
        contacts: [{ name: '王二', phone: '13991000023', relation: 'family' }],
      }),
    );
    const changes = await pullSince('liaison1', cursor);
    expect(changes.some((c) => c.id === out.id)).toBe(false);
    expect(changes.find((c) => c.table === 'residents' && c.id === inn.id)?.row?.allergies).toBe('青霉素');
    const contactChanges = changes.filter((c) => c.table === 'resident_contacts');
    expect(contactChanges.map((c) => c.op).sort()).toEqual(['delete', 'put']);
    expect(await count(`select 1 from audit_log where action = 'resident.update' and entity_id = $1`, [inn.id])).toBe(
      1,
    );
  });

  it('[SYN-3] a resident moved into liaison1 communities arrives; moved out, it is deleted for liaison1', async () => {
    const args = resident();
    await push('admin', mutation('resident.create', args));
    let cursor = await head();
    await push('admin', mutation('resident.update', { id: args.id, communityId: inside.id }));
    expect((await pullSince('liaison1', cursor)).find((c) => c.id === args.id)?.op).toBe('put');
    cursor = await head();
    await push('admin', mutation('resident.update', { id: args.id, communityId: outside.id }));
    expect((await pullSince('liaison1', cursor)).find((c) => c.id === args.id)?.op).toBe('delete');
  });

  it('[REG-3] a service card number already used by another resident is a named conflict', async () => {
    const first = resident();
    await push('admin', mutation('resident.create', first));
    const [r] = await push('admin', mutation('resident.create', resident({ serviceCardNo: first.serviceCardNo })));
    expect(r!.problem).toMatchObject({ code: 'resident.service_card_taken', field: 'serviceCardNo' });
    const [c] = await push('admin', mutation('resident.create', resident({ communityId: 'nowhere' })));
    expect(c!.problem).toMatchObject({ code: 'field.invalid', field: 'communityId' });
  });
});

describe('caller.setClass', () => {
  it('[REG-4] a dispatcher classes a number (normalised); the same class again writes nothing', async () => {
    const cursor = await head();
    const m = mutation('caller.setClass', { phone: '+86 139-9100-0031', class: 'vip', note: '人大代表' });
    const [r] = await push('dispatcher1', m);
    expect(r!.status).toBe('applied');
    const [row] = await t.store.query(`select class, note from callers where phone = '13991000031'`);
    expect(row).toEqual({ class: 'vip', note: '人大代表' });
    // Whoever may class a number sees the class (the admin too); a field worker never gets the caller list.
    for (const user of ['dispatcher1', 'admin']) {
      const pulled = (await pullSince(user, cursor)).filter((c) => c.table === 'callers');
      expect(
        pulled.map((c) => [c.id, c.row?.class]),
        user,
      ).toEqual([['13991000031', 'vip']]);
    }
    expect((await pullSince('worker1', cursor)).filter((c) => c.table === 'callers')).toEqual([]);
    const changes = await count('select 1 from change_log');
    const [again] = await push('dispatcher1', mutation('caller.setClass', { phone: '13991000031', class: 'vip' }));
    expect(again!.status).toBe('applied');
    expect(await count('select 1 from change_log')).toBe(changes);
    const [l] = await push('liaison1', mutation('caller.setClass', { phone: '13991000031', class: 'blacklisted' }));
    expect(l!.problem).toMatchObject({ code: 'auth.forbidden' });
  });
});
