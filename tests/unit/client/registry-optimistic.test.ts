// Registry mutations on the device before the server answers (SYN-1, REG-1..4): a create shows a whole row at once,
// an update merges into the pulled row, and a refusal puts back exactly what was there.
import { contactIdFor } from '../../../src/domain/registry/contact-id';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type LocalDb, openLocalDb } from '../../../src/local/local-db';
import { applyOptimistic, rollbackOptimistic } from '../../../src/local/optimistic';

let db: LocalDb;
let n = 0;
const tables = ['companies', 'residents', 'resident_contacts', 'callers', 'communities'];
const user = { id: 'u-1' };
const at = '2026-03-01T08:00:00.000Z';

async function run(id: string, name: string, args: unknown) {
  return db.transaction('rw', [...tables, 'meta', 'outbox'], async () => {
    const undo = await applyOptimistic(db, user, { id, name, args, at });
    const entry = { id, name, args, at, status: 'pending' as const, undo };
    await db.outbox.add(entry);
    return entry;
  });
}

function fresh() {
  db = openLocalDb(`registry-optimistic-${++n}`);
  return db;
}

afterEach(async () => {
  await db.delete();
});

describe('registry mutations on the device', () => {
  it('[REG-1][SYN-1] a new company shows at once with defaults, and a refusal removes it', async () => {
    fresh();
    const entry = await run('m-1', 'company.create', { id: 'c-1', name: '秦都家政', phone: '13800001111' });
    const row = await db.companies.get('c-1');
    expect(row).toMatchObject({ name: '秦都家政', status: 'active', categoryIds: [], _mutationId: 'm-1' });
    await rollbackOptimistic(db, entry, tables);
    expect(await db.companies.get('c-1')).toBeUndefined();
  });

  it('[REG-1][SYN-1] an update merges into the pulled row, and a refusal restores it', async () => {
    fresh();
    await db.companies.put({ _id: 'c-2', id: 'c-2', name: '渭城维修', phone: '13800002222', status: 'active' });
    const entry = await run('m-2', 'company.update', { id: 'c-2', phone: '13900003333' });
    expect(await db.companies.get('c-2')).toMatchObject({ name: '渭城维修', phone: '13900003333', _mutationId: 'm-2' });
    await rollbackOptimistic(db, entry, tables);
    const back = await db.companies.get('c-2');
    expect(back).toMatchObject({ phone: '13800002222' });
    expect(back?._mutationId).toBeUndefined();
  });

  it('[REG-3] a resident update replaces the contacts list in order, and a refusal brings the old one back', async () => {
    fresh();
    await db.communities.put({ _id: 'cm-1', id: 'cm-1', districtId: 'qindu', streetId: 's-1' });
    await db.residents.put({ _id: 'r-1', id: 'r-1', name: '张三', communityId: 'cm-1' });
    await db.resident_contacts.put({ _id: 'k-1', id: 'k-1', residentId: 'r-1', position: 1, name: '旧', phone: '1' });
    const contacts = [
      { name: '张小三', phone: '13900002222', relation: 'family' },
      { name: '王医生', phone: '13900004444', relation: 'doctor' },
    ];
    const entry = await run('m-3', 'resident.update', { id: 'r-1', communityId: 'cm-1', contacts });
    const now = await db.resident_contacts.filter((c) => c.residentId === 'r-1').sortBy('position');
    expect(now.map((c) => c.name)).toEqual(['张小三', '王医生']);
    // Position 1 keeps its contact's id; the new position 2 gets the id the server will give it.
    expect(now.map((c) => c.id)).toEqual(['k-1', contactIdFor('r-1', 2)]);
    expect(await db.residents.get('r-1')).toMatchObject({ districtId: 'qindu', streetId: 's-1' });
    await rollbackOptimistic(db, entry, tables);
    const back = await db.resident_contacts.filter((c) => c.residentId === 'r-1').toArray();
    expect(back.map((c) => c.name)).toEqual(['旧']);
    expect(back[0]?._mutationId).toBeUndefined();
  });

  it('[REG-4] a caller class shows at once keyed by the number', async () => {
    fresh();
    await run('m-4', 'caller.setClass', { phone: '13800001111', class: 'blacklisted', name: '', note: '骚扰' });
    expect(await db.callers.get('13800001111')).toMatchObject({
      class: 'blacklisted',
      note: '骚扰',
      _mutationId: 'm-4',
    });
  });
});
