// The order lifecycle (ORD-3, ORD-5, FLD-1) as one state machine used by the device and the server: which action
// may start from which status, who may take it, and the plain refusal for everything else. Pure: the server
// applies the answer with a conditional update; this must not know about rows, and takes time only as an argument.
import { type Actor, can, type Permission } from '../access/roles';
import { problem } from '../common/problems';
import { fail, ok, type Result } from '../common/result';
import { formatDeadline } from './order-deadlines';
import type { OrderStatus, OrderType } from './order-kinds';

export const orderActions = [
  'dispatch', // the centre gives the order to one company or one field worker (also redispatch, reassign)
  'recommend', // the centre gives the caller a few vendors to call; the case is done on its side
  'assign', // a vendor manager hands the company's order to one of its technicians
  'accept', // the holder confirms (接单)
  'return', // the holder gives it back to the centre with a reason (退单)
  'startTravel', // on the way (出发)
  'arrive', // on site (到达)
  'complete', // done, with an outcome (完成)
  'cannotComplete', // cannot be done, with a reason; back to the centre
  'requestExtension', // ask for more time (申请延期)
  'decideExtension', // approve or refuse that request
  'verify', // the centre checks the completion (审核)
  'callBack', // the callback happened (回访, ORD-6)
  'close', // finished (办结); inquiries and cases the centre handled itself close from new
  'cancel', // the centre withdraws the case (撤单)
] as const;
export type OrderAction = (typeof orderActions)[number];

/** What the rules need to know of an order. Times are ISO strings as stored on both sides. */
export interface OrderFacts {
  status: OrderStatus;
  type: OrderType;
  companyId: string | null;
  assigneeUserId: string | null;
  extensionState: 'requested' | 'approved' | 'refused' | null;
  confirmDueAt: string | null;
  serviceDueAt: string | null;
}

const working: readonly OrderStatus[] = ['accepted', 'en_route', 'on_site'];

/** From which statuses each action may start. */
const allowedFrom: Record<OrderAction, readonly OrderStatus[]> = {
  dispatch: ['new', 'returned', 'dispatched', 'accepted'],
  recommend: ['new', 'returned'],
  assign: ['dispatched', 'accepted'],
  accept: ['dispatched'],
  return: ['dispatched', 'accepted'],
  startTravel: ['accepted'],
  arrive: ['accepted', 'en_route'],
  complete: working,
  cannotComplete: working,
  requestExtension: ['dispatched', ...working],
  decideExtension: ['dispatched', ...working],
  verify: ['completed'],
  callBack: ['completed', 'verified'],
  close: ['new', 'verified', 'called_back'],
  cancel: ['new', 'dispatched', 'accepted', 'en_route', 'on_site', 'returned'],
};

/** The permission each action needs (ADM-1). */
export const actionPermission: Record<OrderAction, Permission> = {
  dispatch: 'orders.dispatch',
  recommend: 'orders.dispatch',
  assign: 'orders.assign_staff',
  accept: 'orders.work',
  return: 'orders.work',
  startTravel: 'orders.work',
  arrive: 'orders.work',
  complete: 'orders.work',
  cannotComplete: 'orders.work',
  requestExtension: 'orders.work',
  decideExtension: 'orders.supervise',
  verify: 'orders.dispatch',
  callBack: 'orders.dispatch',
  close: 'orders.dispatch',
  cancel: 'orders.dispatch',
};

/** The status an action leads to; actions that keep the status return it unchanged. */
function targetOf(action: OrderAction, from: OrderStatus): OrderStatus {
  switch (action) {
    case 'dispatch':
      return 'dispatched';
    case 'recommend':
      return 'completed';
    case 'accept':
      return 'accepted';
    case 'return':
    case 'cannotComplete':
      return 'returned';
    case 'startTravel':
      return 'en_route';
    case 'arrive':
      return 'on_site';
    case 'complete':
      return 'completed';
    case 'verify':
      return 'verified';
    case 'callBack':
      return 'called_back';
    case 'close':
      return 'closed';
    case 'cancel':
      return 'cancelled';
    case 'assign':
    case 'requestExtension':
    case 'decideExtension':
      return from;
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** Whether the actor holds the order for field work: its assignee, or its company's manager. */
export function isOrderHolder(actor: Actor, order: Pick<OrderFacts, 'companyId' | 'assigneeUserId'>): boolean {
  if (order.assigneeUserId === actor.userId) return true;
  return actor.role === 'vendor_manager' && actor.companyId !== null && actor.companyId === order.companyId;
}

/** An order dispatched to a company and not yet handed to anyone: any of its technicians may take it. */
export function isInCompanyPool(actor: Actor, order: Pick<OrderFacts, 'companyId' | 'assigneeUserId'>): boolean {
  return order.assigneeUserId === null && actor.companyId !== null && actor.companyId === order.companyId;
}

const finished: readonly OrderStatus[] = ['completed', 'verified', 'called_back', 'closed'];

/** Why a field action by this actor is refused, when the order is no longer theirs. */
function holderProblem(actor: Actor, order: OrderFacts, action: OrderAction): Result<never> | null {
  const pool = action === 'accept' || action === 'return';
  if (isOrderHolder(actor, order) || (pool && isInCompanyPool(actor, order))) return null;
  if (order.status === 'cancelled') return fail(problem('order.cancelled'));
  // Still waiting in the company pool: the worker must take it before working on it.
  if (order.status === 'dispatched' && isInCompanyPool(actor, order)) return fail(problem('order.accept_first'));
  // Someone of the same company got there first: name the race plainly. Two workers with no company are not
  // colleagues (null === null), so that case is a reassignment.
  const sameCompany = actor.companyId !== null && actor.companyId === order.companyId;
  if (action === 'accept' && order.status !== 'dispatched' && order.assigneeUserId && sameCompany)
    return fail(problem('order.taken'));
  return fail(problem('order.reassigned'));
}

/**
 * The order's next status after `action` by `actor` at `now`, or the plain reason why not. The server checks the
 * same facts again inside its conditional update; the device uses this to act at once and to hide impossible buttons.
 */
export function transitionOrder(order: OrderFacts, action: OrderAction, actor: Actor, now: Date): Result<OrderStatus> {
  if (!can(actor, actionPermission[action])) return fail(problem('auth.forbidden'));
  const fieldAction = actionPermission[action] === 'orders.work' || action === 'assign';
  if (fieldAction) {
    const refused = holderProblem(actor, order, action);
    if (refused) return refused;
  }
  if (!allowedFrom[action].includes(order.status)) return fail(refusalFor(order, action));
  if (action === 'return' && order.confirmDueAt && now.getTime() > Date.parse(order.confirmDueAt))
    return fail(problem('order.return_too_late', undefined, { due: formatDeadline(order.confirmDueAt) }));
  if (action === 'requestExtension' && order.extensionState === 'requested')
    return fail(problem('order.extension_pending'));
  if (action === 'decideExtension' && order.extensionState !== 'requested')
    return fail(problem('order.no_extension_request'));
  return ok(targetOf(action, order.status));
}

function refusalFor(order: OrderFacts, action: OrderAction) {
  if (order.status === 'cancelled') return problem('order.cancelled');
  if (finished.includes(order.status) && action !== 'verify' && action !== 'callBack' && action !== 'close')
    return problem('order.finished', undefined, { status: order.status });
  if (action === 'accept' && working.includes(order.status)) return problem('order.already_accepted');
  return problem('order.invalid_transition', undefined, { from: order.status, action });
}

/** The actions this actor could take on the order now: what the screens offer as buttons. */
export function availableOrderActions(order: OrderFacts, actor: Actor, now: Date): OrderAction[] {
  return orderActions.filter((a) => transitionOrder(order, a, actor, now).ok);
}
