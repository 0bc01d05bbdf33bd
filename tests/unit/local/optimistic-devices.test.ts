// Technical alarm console actions on the device before the server answers (ALM-9, SYN-1): acknowledge and clear
// change the local row at once, a closed alarm is left alone, and a refusal puts back the server's row.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type LocalDb, openLocalDb, syncTableNames } from '../../../src/local/local-db';
import { applyOptimistic, rollbackOptimistic } from '../../../src/local/optimistic';

let db: LocalDb;
let n = 0;
const at = '2026-03-01T08:00:00.000Z';
const later = '2026-03-01T08:05:00.000Z';

function alarmRow(fields: Record<string, unknown>) {
  return {
    _id: 'ta-1',
    id: 'ta-1',
    kind: 'low_battery',
    deviceAccount: '1234',
    residentId: 'r-1',
    communityId: 'c-1',
    status: 'open',
    detail: { zone: 3 },
    raisedAt: '2026-03-01T07:00:00.000Z',
    acknowledgedBy: null,
    acknowledgedAt: null,
    clearedAt: null,
    updatedAt: '2026-03-01T07:00:00.000Z',
    ...fields,
  };
}

async function run(userId: string, id: string, name: string, args: unknown, when = at) {
  return db.transaction('rw', ['outbox', 'meta', ...syncTableNames], async () => {
    const undo = await applyOptimistic(db, { id: userId }, { id, name, args, at: when });
    const entry = { id, name, args, at: when, status: 'pending' as const, undo };
    await db.outbox.add(entry);
    return entry;
  });
}

function fresh() {
  db = openLocalDb(`device-optimistic-${++n}`);
  return db;
}

afterEach(async () => {
  await db.delete();
});

describe('technical alarm actions on the device', () => {
  it('ALM-9 acknowledging an open alarm shows it acknowledged by the user at once, marked as local', async () => {
    fresh();
    await db.technical_alarms.put(alarmRow({}));
    const entry = await run('u-op', 'm-1', 'technicalAlarm.acknowledge', { id: 'ta-1' });
    expect(await db.technical_alarms.get('ta-1')).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'u-op',
      acknowledgedAt: at,
      clearedAt: null,
      updatedAt: at,
      _mutationId: 'm-1',
    });
    expect(entry.undo).toEqual({ kind: 'rows', rows: [{ table: 'technical_alarms', id: 'ta-1', row: alarmRow({}) }] });
    expect(await db.outbox.count()).toBe(1);
  });

  it('ALM-9 clearing an acknowledged alarm sets cleared and its time, keeping who acknowledged it', async () => {
    fresh();
    await db.technical_alarms.put(alarmRow({ status: 'acknowledged', acknowledgedBy: 'u-a', acknowledgedAt: at }));
    await run('u-op', 'm-1', 'technicalAlarm.clear', { id: 'ta-1', note: ' 换了电池 ' }, later);
    expect(await db.technical_alarms.get('ta-1')).toMatchObject({
      status: 'cleared',
      clearedAt: later,
      acknowledgedBy: 'u-a',
      acknowledgedAt: at,
      detail: { zone: 3, clearedBy: 'u-op', note: '换了电池' },
      _mutationId: 'm-1',
    });
  });

  it('ALM-9 clearing an open alarm also counts as taking it in hand, as on the server', async () => {
    fresh();
    await db.technical_alarms.put(alarmRow({}));
    await run('u-op', 'm-1', 'technicalAlarm.clear', { id: 'ta-1' });
    expect(await db.technical_alarms.get('ta-1')).toMatchObject({
      status: 'cleared',
      clearedAt: at,
      acknowledgedBy: 'u-op',
      acknowledgedAt: at,
    });
  });

  it('ALM-9 a cleared alarm is left as it is and the action is queued for the server to answer', async () => {
    fresh();
    const cleared = alarmRow({ status: 'cleared', clearedAt: at });
    await db.technical_alarms.put(cleared);
    const ack = await run('u-op', 'm-1', 'technicalAlarm.acknowledge', { id: 'ta-1' }, later);
    const clear = await run('u-op', 'm-2', 'technicalAlarm.clear', { id: 'ta-1' }, later);
    expect(await db.technical_alarms.get('ta-1')).toEqual(cleared);
    expect([ack.undo, clear.undo]).toEqual([{ kind: 'none' }, { kind: 'none' }]);
    expect(await db.outbox.count()).toBe(2);
  });

  it('ALM-9 acknowledging an acknowledged alarm changes nothing (the server does nothing either)', async () => {
    fresh();
    const acknowledged = alarmRow({ status: 'acknowledged', acknowledgedBy: 'u-a', acknowledgedAt: at });
    await db.technical_alarms.put(acknowledged);
    const entry = await run('u-op', 'm-1', 'technicalAlarm.acknowledge', { id: 'ta-1' }, later);
    expect(await db.technical_alarms.get('ta-1')).toEqual(acknowledged);
    expect(entry.undo).toEqual({ kind: 'none' });
  });

  it('SYN-1 an alarm not yet on the device is queued without a local change', async () => {
    fresh();
    const entry = await run('u-op', 'm-1', 'technicalAlarm.acknowledge', { id: 'ta-x' });
    expect(entry.undo).toEqual({ kind: 'none' });
    expect(await db.technical_alarms.count()).toBe(0);
  });

  it('SYN-1 a refused acknowledge puts back the pulled row without the local mark', async () => {
    fresh();
    await db.technical_alarms.put(alarmRow({}));
    const entry = await run('u-op', 'm-1', 'technicalAlarm.acknowledge', { id: 'ta-1' });
    await rollbackOptimistic(db, entry, syncTableNames);
    const back = await db.technical_alarms.get('ta-1');
    expect(back).toEqual(alarmRow({}));
    expect(back?._mutationId).toBeUndefined();
  });

  it('SYN-1 when an offline acknowledge and clear are both refused, the pulled open row comes back', async () => {
    fresh();
    await db.technical_alarms.put(alarmRow({}));
    const steps = [
      await run('u-op', 'm-1', 'technicalAlarm.acknowledge', { id: 'ta-1' }),
      await run('u-op', 'm-2', 'technicalAlarm.clear', { id: 'ta-1' }, later),
    ];
    expect(await db.technical_alarms.get('ta-1')).toMatchObject({ status: 'cleared', acknowledgedBy: 'u-op' });
    for (const entry of steps) await rollbackOptimistic(db, entry, syncTableNames);
    expect(await db.technical_alarms.get('ta-1')).toEqual(alarmRow({}));
  });
});
