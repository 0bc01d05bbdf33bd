// Order lifecycle mutations on the device before the server answers (FLD-1, ORD-3, SYN-1): the domain's transition on
// the local row with a trail row, a local refusal that queues nothing, and undo back to the server's row.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/domain/access/roles';
import { type LocalDb, openLocalDb, syncTableNames } from '../../../src/local/local-db';
import { applyOptimistic, rollbackOptimistic } from '../../../src/local/optimistic';
import { LocalRefusalError } from '../../../src/local/optimistic-orders';

let db: LocalDb;
let n = 0;
const tech: Actor = { userId: 'u-tech', role: 'field_worker', companyId: 'co-1', communityIds: [] };
const other: Actor = { userId: 'u-other', role: 'field_worker', companyId: 'co-1', communityIds: [] };
const manager: Actor = { userId: 'u-mgr', role: 'vendor_manager', companyId: 'co-1', communityIds: [] };
const at = '2026-03-01T08:00:00.000Z';

function orderRow(fields: Record<string, unknown>) {
  return {
    _id: 'o-1',
    id: 'o-1',
    no: 'GD-1',
    type: 'home_service',
    status: 'dispatched',
    companyId: 'co-1',
    assigneeUserId: null,
    extensionState: null,
    extensionHours: null,
    extensionReason: '',
    confirmDueAt: '2026-03-01T09:00:00.000Z',
    serviceDueAt: '2026-03-03T08:00:00.000Z',
    acceptedAt: null,
    completedAt: null,
    outcome: '',
    ...fields,
  };
}

async function run(actor: Actor, id: string, name: string, args: unknown, when = at) {
  return db.transaction('rw', ['outbox', 'meta', ...syncTableNames], async () => {
    const undo = await applyOptimistic(db, { id: actor.userId, actor }, { id, name, args, at: when });
    const entry = { id, name, args, at: when, status: 'pending' as const, undo };
    await db.outbox.add(entry);
    return entry;
  });
}

function fresh() {
  db = openLocalDb(`order-optimistic-${++n}`);
  return db;
}

afterEach(async () => {
  await db.delete();
});

describe('order actions on the device', () => {
  it('FLD-1 accepting from the company pool takes the order at once, with a trail row marked as local', async () => {
    fresh();
    await db.orders.put(orderRow({}));
    await run(tech, 'm-1', 'order.accept', { orderId: 'o-1' });
    expect(await db.orders.get('o-1')).toMatchObject({
      status: 'accepted',
      assigneeUserId: 'u-tech',
      acceptedAt: at,
      _mutationId: 'm-1',
    });
    const trail = await db.order_events.where('orderId').equals('o-1').toArray();
    expect(trail).toEqual([
      expect.objectContaining({ kind: 'accepted', fromStatus: 'dispatched', toStatus: 'accepted', _mutationId: 'm-1' }),
    ]);
  });

  it('FLD-1 travel, arrival with its position, and completion follow one another offline', async () => {
    fresh();
    await db.orders.put(orderRow({ status: 'accepted', assigneeUserId: 'u-tech' }));
    await run(tech, 'm-1', 'order.startTravel', { orderId: 'o-1' });
    await run(tech, 'm-2', 'order.arrive', { orderId: 'o-1', position: { lat: 34.33, lng: 108.7, accuracy: 12 } });
    await run(tech, 'm-3', 'order.complete', { orderId: 'o-1', outcome: '已修好水龙头' });
    expect(await db.orders.get('o-1')).toMatchObject({ status: 'completed', outcome: '已修好水龙头', completedAt: at });
    const arrive = await db.order_events.get('m-2');
    expect(arrive).toMatchObject({ kind: 'arrived', toStatus: 'on_site', lat: 34.33, lng: 108.7 });
    expect(await db.outbox.count()).toBe(3);
  });

  it('ORD-3 a change the local rule refuses is not queued and names the reason', async () => {
    fresh();
    await db.orders.put(orderRow({ status: 'accepted', assigneeUserId: 'u-other' }));
    const attempt = run(tech, 'm-1', 'order.startTravel', { orderId: 'o-1' });
    await expect(attempt).rejects.toBeInstanceOf(LocalRefusalError);
    await expect(attempt).rejects.toMatchObject({ problem: { code: 'order.reassigned' } });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.orders.get('o-1')).toMatchObject({ status: 'accepted', assigneeUserId: 'u-other' });
    expect(await db.order_events.count()).toBe(0);
  });

  it('ORD-3 a refused accept puts back the pulled row and removes its trail row', async () => {
    fresh();
    await db.orders.put(orderRow({}));
    const entry = await run(other, 'm-1', 'order.accept', { orderId: 'o-1' });
    await rollbackOptimistic(db, entry, syncTableNames);
    const back = await db.orders.get('o-1');
    expect(back).toMatchObject({ status: 'dispatched', assigneeUserId: null });
    expect(back?._mutationId).toBeUndefined();
    expect(await db.order_events.count()).toBe(0);
  });

  it('SYN-1 when the first of several offline steps is refused, every undo goes back to the server row', async () => {
    fresh();
    await db.orders.put(orderRow({}));
    const steps = [
      await run(tech, 'm-1', 'order.accept', { orderId: 'o-1' }),
      await run(tech, 'm-2', 'order.startTravel', { orderId: 'o-1' }),
      await run(tech, 'm-3', 'order.arrive', { orderId: 'o-1' }),
    ];
    for (const entry of steps) await rollbackOptimistic(db, entry, syncTableNames);
    expect(await db.orders.get('o-1')).toMatchObject({ status: 'dispatched', assigneeUserId: null });
  });

  it('ORD-2 a vendor manager hands an order to a technician, named from the kept staff list', async () => {
    fresh();
    await db.orders.put(orderRow({}));
    await db.meta.put({ key: 'staff', value: { at, staff: [{ userId: 'u-tech', displayName: '李师傅' }] } });
    await run(manager, 'm-1', 'order.assign', { orderId: 'o-1', userId: 'u-tech' });
    expect(await db.orders.get('o-1')).toMatchObject({
      status: 'dispatched',
      assigneeUserId: 'u-tech',
      assigneeName: '李师傅',
    });
  });

  it('ORD-3 an extension request keeps the status and records hours and reason; a second one is refused', async () => {
    fresh();
    await db.orders.put(orderRow({ status: 'on_site', assigneeUserId: 'u-tech' }));
    await run(tech, 'm-1', 'order.requestExtension', { orderId: 'o-1', hours: 24, reason: '等配件' });
    expect(await db.orders.get('o-1')).toMatchObject({
      status: 'on_site',
      extensionState: 'requested',
      extensionHours: 24,
      extensionReason: '等配件',
    });
    await expect(
      run(tech, 'm-2', 'order.requestExtension', { orderId: 'o-1', hours: 2, reason: 'x' }),
    ).rejects.toMatchObject({ problem: { code: 'order.extension_pending' } });
  });

  it('ORD-5 a return after the confirmation deadline is refused on the device', async () => {
    fresh();
    await db.orders.put(orderRow({ status: 'dispatched', assigneeUserId: 'u-tech' }));
    const late = '2026-03-01T10:00:00.000Z';
    await expect(run(tech, 'm-1', 'order.return', { orderId: 'o-1', reason: 'no_staff' }, late)).rejects.toMatchObject({
      problem: { code: 'order.return_too_late' },
    });
  });

  it('SYN-1 without a known actor the change is queued and left to the server', async () => {
    fresh();
    await db.orders.put(orderRow({}));
    const undo = await db.transaction('rw', ['outbox', 'meta', ...syncTableNames], () =>
      applyOptimistic(db, { id: 'u-tech' }, { id: 'm-1', name: 'order.accept', args: { orderId: 'o-1' }, at }),
    );
    expect(undo).toEqual({ kind: 'none' });
    expect(await db.orders.get('o-1')).toMatchObject({ status: 'dispatched' });
  });
});
