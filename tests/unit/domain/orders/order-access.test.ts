// Who may see and annotate an order (SEC-1, SYN-3): the company pool sees a dispatched order until someone takes it.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../src/domain/access/roles';
import { canSeeOrder, type OrderScope } from '../../../../src/domain/orders/order-access';

const tech = (userId: string, companyId: string | null): Actor => ({
  userId,
  role: 'field_worker',
  companyId,
  communityIds: [],
});
const pooled: OrderScope = { communityId: 'c1', companyId: 'co-1', assigneeUserId: null, status: 'dispatched' };

describe('canSeeOrder', () => {
  it('SEC-1 a technician sees an order waiting in their company’s pool, not another company’s', () => {
    expect(canSeeOrder(tech('t1', 'co-1'), pooled)).toBe(true);
    expect(canSeeOrder(tech('t9', 'co-2'), pooled)).toBe(false);
    expect(canSeeOrder(tech('t8', null), pooled)).toBe(false);
  });

  it('SEC-1 once a colleague holds it, or it left the pool, only the holder does', () => {
    const taken: OrderScope = { ...pooled, assigneeUserId: 't2', status: 'accepted' };
    expect(canSeeOrder(tech('t1', 'co-1'), taken)).toBe(false);
    expect(canSeeOrder(tech('t2', 'co-1'), taken)).toBe(true);
    expect(canSeeOrder(tech('t1', 'co-1'), { ...pooled, status: 'returned' })).toBe(false);
  });

  it('SEC-1 centre staff see every order; a liaison those of their communities', () => {
    const dispatcher: Actor = { userId: 'd', role: 'dispatcher', companyId: null, communityIds: [] };
    const liaison: Actor = { userId: 'l', role: 'liaison', companyId: null, communityIds: ['c1'] };
    expect(canSeeOrder(dispatcher, { ...pooled, communityId: 'elsewhere' })).toBe(true);
    expect(canSeeOrder(liaison, pooled)).toBe(true);
    expect(canSeeOrder(liaison, { ...pooled, communityId: 'c2' })).toBe(false);
  });
});
