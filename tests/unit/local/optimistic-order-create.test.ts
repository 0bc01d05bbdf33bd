// A case opened with no network (ORD-1, SYN-1): it is on the device at once, with its first trail step, and a refusal
// takes both away; the server's number arrives with the pull.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LocalDb, openLocalDb, syncTableNames } from '../../../src/local/local-db';
import { applyOptimistic, rollbackOptimistic } from '../../../src/local/optimistic';
import { orderRow } from '../../../src/protocol/rows';

let db: LocalDb;
let n = 0;
const at = '2026-03-01T08:00:00.000Z';
const dispatcher = { id: 'u-desk' };

beforeEach(() => {
  db = openLocalDb(`create-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const create = (mutationId: string, args: Record<string, unknown>) =>
  db.transaction('rw', ['outbox', 'meta', ...syncTableNames], () =>
    applyOptimistic(db, dispatcher, { id: mutationId, name: 'order.create', args, at }),
  );

describe('order.create on the device', () => {
  it('ORD-1 SYN-1 the new case is listed at once, status new, with its created step, and fits the wire row', async () => {
    await create('m-1', {
      id: 'o-new',
      type: 'home_service',
      callerPhone: ' 13991234567 ',
      residentId: 'r-1',
      description: '水龙头漏水',
      communityId: 'c-1',
    });
    const row = await db.orders.get('o-new');
    expect(row).toMatchObject({
      status: 'new',
      no: '',
      callerPhone: '13991234567',
      createdBy: 'u-desk',
      _mutationId: 'm-1',
    });
    const { _id, _mutationId, ...wire } = row!;
    expect(orderRow.safeParse(wire).success).toBe(true);
    expect(await db.order_events.where('orderId').equals('o-new').toArray()).toEqual([
      expect.objectContaining({ id: 'm-1', kind: 'created', toStatus: 'new' }),
    ]);
  });

  it('ORD-1 an inquiry answered on the call is closed at once with its outcome', async () => {
    await create('m-2', {
      id: 'o-q',
      type: 'inquiry',
      callerPhone: '12345',
      description: '咨询社区食堂开放时间',
      closeNow: true,
      outcome: '已告知每天 11:00–13:00',
    });
    expect(await db.orders.get('o-q')).toMatchObject({
      status: 'closed',
      closedAt: at,
      outcome: '已告知每天 11:00–13:00',
    });
  });

  it('SYN-1 a refused create leaves nothing behind', async () => {
    const undo = await create('m-3', {
      id: 'o-gone',
      type: 'home_service',
      callerPhone: '13991234567',
      description: 'x',
    });
    await db.transaction('rw', ['outbox', 'meta', ...syncTableNames], () =>
      rollbackOptimistic(
        db,
        { seq: 1, id: 'm-3', name: 'order.create', args: {}, at, status: 'rejected', undo },
        syncTableNames,
      ),
    );
    expect(await db.orders.get('o-gone')).toBeUndefined();
    expect(await db.order_events.where('orderId').equals('o-gone').count()).toBe(0);
  });
});
