// Unit tests for the order state machine (ORD-3, ORD-5, FLD-1): every action from every status for every kind of
// actor, with the exact refusal code. Must not touch a store or the clock: `now` is a fixed instant.
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../../../src/domain/access/roles';
import { type OrderStatus, orderStatuses } from '../../../../src/domain/orders/order-kinds';
import {
  availableOrderActions,
  isInCompanyPool,
  isOrderHolder,
  type OrderAction,
  type OrderFacts,
  orderActions,
  transitionOrder,
} from '../../../../src/domain/orders/order-lifecycle';

const now = new Date('2026-11-23T06:00:00Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(now.getTime() + minutes * MINUTE).toISOString();

const actor = (userId: string, role: Role, companyId: string | null = null): Actor => ({
  userId,
  role,
  companyId,
  communityIds: role === 'liaison' ? ['community-1'] : [],
});

const assignedOrder: Omit<OrderFacts, 'status'> = {
  type: 'home_service',
  companyId: 'co-1',
  assigneeUserId: 'u-assignee',
  extensionState: null,
  confirmDueAt: at(10),
  serviceDueAt: at(24 * 60),
};
const poolOrder: Omit<OrderFacts, 'status'> = { ...assignedOrder, assigneeUserId: null };

// Outcome per status, in orderStatuses order: a target status, or the refusal (short names below).
type Code =
  | 'auth.forbidden'
  | 'order.reassigned'
  | 'order.taken'
  | 'order.accept_first'
  | 'order.cancelled'
  | 'order.finished'
  | 'order.already_accepted'
  | 'order.invalid_transition';
type Outcome = OrderStatus | Code;
const I = 'order.invalid_transition';
const F = 'order.finished';
const X = 'order.cancelled';
const AA = 'order.already_accepted';
const FFFF = [F, F, F, F] as const;

/** What the holder of the order (or the centre, for centre actions) gets, with the permission to act. */
//                 new          dispatched    accepted      en_route      on_site       completed…closed      returned      cancelled
const byStatus: Record<OrderAction, readonly Outcome[]> = {
  dispatch: ['dispatched', 'dispatched', 'dispatched', I, I, ...FFFF, 'dispatched', X],
  recommend: ['completed', I, I, I, I, ...FFFF, 'completed', X],
  assign: [I, 'dispatched', 'accepted', I, I, ...FFFF, I, X],
  accept: [I, 'accepted', AA, AA, AA, ...FFFF, I, X],
  return: [I, 'returned', 'returned', I, I, ...FFFF, I, X],
  startTravel: [I, I, 'en_route', I, I, ...FFFF, I, X],
  arrive: [I, I, 'on_site', 'on_site', I, ...FFFF, I, X],
  complete: [I, I, 'completed', 'completed', 'completed', ...FFFF, I, X],
  cannotComplete: [I, I, 'returned', 'returned', 'returned', ...FFFF, I, X],
  requestExtension: [I, 'dispatched', 'accepted', 'en_route', 'on_site', ...FFFF, I, X],
  decideExtension: [I, 'dispatched', 'accepted', 'en_route', 'on_site', ...FFFF, I, X],
  verify: [I, I, I, I, I, 'verified', I, I, I, I, X],
  callBack: [I, I, I, I, I, 'called_back', 'called_back', I, I, I, X],
  close: ['closed', I, I, I, I, I, 'closed', 'closed', I, I, X],
  cancel: ['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled', ...FFFF, 'cancelled', X],
};

const centreActions: readonly OrderAction[] = ['dispatch', 'recommend', 'verify', 'callBack', 'close', 'cancel'];
const workActions: readonly OrderAction[] = [
  'accept',
  'return',
  'startTravel',
  'arrive',
  'complete',
  'cannotComplete',
  'requestExtension',
];

type Relation = 'holder' | 'pool' | 'other-company' | 'colleague';
interface Case {
  label: string;
  actor: Actor;
  order: Omit<OrderFacts, 'status'>;
  /** Actions the role may take at all; the rest are auth.forbidden. */
  permitted: readonly OrderAction[];
  relation: Relation;
}

const cases: Case[] = [
  {
    label: 'dispatcher',
    actor: actor('u-d', 'dispatcher'),
    order: assignedOrder,
    permitted: centreActions,
    relation: 'holder',
  },
  {
    label: 'supervisor',
    actor: actor('u-s', 'supervisor'),
    order: assignedOrder,
    permitted: [...centreActions, 'decideExtension'],
    relation: 'holder',
  },
  {
    label: 'admin',
    actor: actor('u-a', 'admin'),
    order: assignedOrder,
    permitted: ['decideExtension'],
    relation: 'holder',
  },
  { label: 'liaison', actor: actor('u-l', 'liaison'), order: assignedOrder, permitted: [], relation: 'holder' },
  {
    label: 'field_worker as the assignee',
    actor: actor('u-assignee', 'field_worker', 'co-1'),
    order: assignedOrder,
    permitted: workActions,
    relation: 'holder',
  },
  {
    label: 'field_worker in the company pool',
    actor: actor('u-pool', 'field_worker', 'co-1'),
    order: poolOrder,
    permitted: workActions,
    relation: 'pool',
  },
  {
    label: 'field_worker of the same company, order assigned to a colleague',
    actor: actor('u-colleague', 'field_worker', 'co-1'),
    order: assignedOrder,
    permitted: workActions,
    relation: 'colleague',
  },
  {
    label: 'field_worker stranger (another company)',
    actor: actor('u-stranger', 'field_worker', 'co-2'),
    order: poolOrder,
    permitted: workActions,
    relation: 'other-company',
  },
  {
    label: 'vendor_manager of the company',
    actor: actor('u-vm1', 'vendor_manager', 'co-1'),
    order: assignedOrder,
    permitted: [...workActions, 'assign'],
    relation: 'holder',
  },
  {
    label: 'vendor_manager of another company',
    actor: actor('u-vm2', 'vendor_manager', 'co-2'),
    order: assignedOrder,
    permitted: [...workActions, 'assign'],
    relation: 'other-company',
  },
];

/** The expected outcome: permission first, then whether the order is still the actor's, then the status. */
function expected(c: Case, action: OrderAction, i: number): Outcome {
  if (!c.permitted.includes(action)) return 'auth.forbidden';
  const status = orderStatuses[i]!;
  const fieldAction = workActions.includes(action) || action === 'assign';
  const holds =
    !fieldAction || c.relation === 'holder' || (c.relation === 'pool' && (action === 'accept' || action === 'return'));
  if (!holds) {
    if (status === 'cancelled') return X;
    if (c.relation === 'pool' && status === 'dispatched') return 'order.accept_first';
    if (c.relation === 'colleague' && action === 'accept' && status !== 'dispatched') return 'order.taken';
    return 'order.reassigned';
  }
  return byStatus[action][i]!;
}

function outcome(order: OrderFacts, action: OrderAction, who: Actor): Outcome {
  const r = transitionOrder(order, action, who, now);
  return r.ok ? r.value : (r.problem.code as Code);
}

describe('transitionOrder: every action × every status × every kind of actor', () => {
  it('ORD-3 the table covers every action and every status', () => {
    expect(Object.keys(byStatus).sort()).toEqual([...orderActions].sort());
    for (const row of Object.values(byStatus)) expect(row).toHaveLength(orderStatuses.length);
  });

  for (const c of cases) {
    describe(c.label, () => {
      for (const action of orderActions) {
        it(`ORD-3 ${c.label}: ${action} from each status`, () => {
          // A decision needs a waiting request; everything else starts from none, so only the status rule speaks.
          const extensionState = action === 'decideExtension' ? 'requested' : null;
          const actual = Object.fromEntries(
            orderStatuses.map((status) => [status, outcome({ ...c.order, status, extensionState }, action, c.actor)]),
          );
          const want = Object.fromEntries(orderStatuses.map((status, i) => [status, expected(c, action, i)]));
          expect(actual).toEqual(want);
        });
      }
    });
  }
});

describe('transitionOrder: time and extension rules', () => {
  const worker = actor('u-assignee', 'field_worker', 'co-1');
  const supervisor = actor('u-s', 'supervisor');
  const dispatched: OrderFacts = { ...assignedOrder, status: 'dispatched' };

  it('ORD-5 a return after the confirmation deadline is refused with order.return_too_late and the due time (UTC+8)', () => {
    const late = { ...dispatched, confirmDueAt: '2026-11-23T05:30:00.000Z' };
    const r = transitionOrder(late, 'return', worker, now);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('order.return_too_late');
    expect(JSON.stringify(r.problem)).toContain('11-23 13:30');
    // cannotComplete is the way out once accepted, and it has no such deadline.
    expect(transitionOrder({ ...late, status: 'accepted' }, 'cannotComplete', worker, now)).toEqual({
      ok: true,
      value: 'returned',
    });
  });

  it('ORD-5 a return exactly at the confirmation deadline is still allowed; one millisecond later it is not', () => {
    const due = { ...dispatched, confirmDueAt: now.toISOString() };
    expect(outcome(due, 'return', worker)).toBe('returned');
    const r = transitionOrder(due, 'return', worker, new Date(now.getTime() + 1));
    expect(r.ok ? r.value : r.problem.code).toBe('order.return_too_late');
  });

  it('ORD-5 a return with no confirmation deadline recorded is allowed', () => {
    expect(outcome({ ...dispatched, confirmDueAt: null }, 'return', worker)).toBe('returned');
  });

  it('ORD-3 a second extension request while one waits is refused with order.extension_pending', () => {
    for (const status of ['dispatched', 'accepted', 'en_route', 'on_site'] as const) {
      expect(outcome({ ...dispatched, status, extensionState: 'requested' }, 'requestExtension', worker)).toBe(
        'order.extension_pending',
      );
      // After a decision, asking again is allowed.
      for (const extensionState of ['approved', 'refused'] as const)
        expect(outcome({ ...dispatched, status, extensionState }, 'requestExtension', worker)).toBe(status);
    }
  });

  it('ORD-3 deciding with no waiting request is refused with order.no_extension_request', () => {
    for (const extensionState of [null, 'approved', 'refused'] as const)
      expect(outcome({ ...dispatched, status: 'accepted', extensionState }, 'decideExtension', supervisor)).toBe(
        'order.no_extension_request',
      );
  });

  it('ORD-3 a late accept after a reassignment to another company is refused with order.reassigned', () => {
    const old = actor('u-old', 'field_worker', 'co-1');
    const moved: OrderFacts = { ...dispatched, companyId: 'co-2', assigneeUserId: null };
    expect(outcome(moved, 'accept', old)).toBe('order.reassigned');
    expect(outcome({ ...moved, status: 'accepted', assigneeUserId: 'u-new' }, 'accept', old)).toBe('order.reassigned');
  });

  it('ORD-3 an individual worker (no company) whose order went to another individual gets order.reassigned, not order.taken', () => {
    const old = actor('u-old', 'field_worker', null);
    const moved: OrderFacts = { ...dispatched, status: 'accepted', companyId: null, assigneeUserId: 'u-new' };
    expect(outcome(moved, 'accept', old)).toBe('order.reassigned');
  });

  it('ORD-3 an order given straight to a worker with no company is theirs to accept; nobody else may pool it', () => {
    const direct: OrderFacts = { ...dispatched, companyId: null, assigneeUserId: 'u-solo' };
    expect(outcome(direct, 'accept', actor('u-solo', 'field_worker', null))).toBe('accepted');
    const unassigned: OrderFacts = { ...dispatched, companyId: null, assigneeUserId: null };
    expect(outcome(unassigned, 'accept', actor('u-other', 'field_worker', null))).toBe('order.reassigned');
  });
});

describe('isOrderHolder / isInCompanyPool / availableOrderActions', () => {
  it('ORD-3 the assignee and the company manager hold the order; a pool member only while it is unassigned', () => {
    expect(isOrderHolder(actor('u-assignee', 'field_worker', 'co-1'), assignedOrder)).toBe(true);
    expect(isOrderHolder(actor('u-vm1', 'vendor_manager', 'co-1'), assignedOrder)).toBe(true);
    expect(isOrderHolder(actor('u-vm2', 'vendor_manager', 'co-2'), assignedOrder)).toBe(false);
    expect(isOrderHolder(actor('u-pool', 'field_worker', 'co-1'), assignedOrder)).toBe(false);
    expect(isInCompanyPool(actor('u-pool', 'field_worker', 'co-1'), poolOrder)).toBe(true);
    expect(isInCompanyPool(actor('u-pool', 'field_worker', 'co-1'), assignedOrder)).toBe(false);
    expect(isInCompanyPool(actor('u-x', 'field_worker', null), { companyId: null, assigneeUserId: null })).toBe(false);
  });

  it('ORD-3 the buttons offered match the rules: worker on a dispatched order, dispatcher on a new one', () => {
    const worker = actor('u-assignee', 'field_worker', 'co-1');
    expect(availableOrderActions({ ...assignedOrder, status: 'dispatched' }, worker, now)).toEqual([
      'accept',
      'return',
      'requestExtension',
    ]);
    expect(availableOrderActions({ ...assignedOrder, status: 'on_site' }, worker, now)).toEqual([
      'complete',
      'cannotComplete',
      'requestExtension',
    ]);
    expect(availableOrderActions({ ...poolOrder, status: 'new' }, actor('u-d', 'dispatcher'), now)).toEqual([
      'dispatch',
      'recommend',
      'close',
      'cancel',
    ]);
    expect(availableOrderActions({ ...assignedOrder, status: 'closed' }, actor('u-l', 'liaison'), now)).toEqual([]);
  });
});
