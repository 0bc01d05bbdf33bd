// What the order lifecycle mutations (order.accept … order.cancel) do on the device before the server answers
// (FLD-1, ORD-3): the domain's transitionOrder on the local order row plus a local trail row, both marked with the
// mutation id, and the server-known row to put back on refusal. Must not talk to the server, nor decide rules itself.
import type { Actor } from '../domain/access/roles';
import type { Problem } from '../domain/common/problems';
import { deadlinesFrom } from '../domain/orders/order-deadlines';
import { eventKindOf } from '../domain/orders/order-events';
import type { OrderStatus } from '../domain/orders/order-kinds';
import { type OrderAction, type OrderFacts, orderActions, transitionOrder } from '../domain/orders/order-lifecycle';
import type { LocalDb, LocalRow, RowUndo } from './local-db';
import { serverRowOf } from './server-row';

interface Mutation {
  id: string;
  name: string;
  args: unknown;
  at: string;
}

type Args = Record<string, unknown> & { orderId?: string };
type Position = { lat: number; lng: number; accuracy: number };

/** The local rule refused the change: nothing was written and nothing is queued; the screen shows `problem`. */
export class LocalRefusalError extends Error {
  override readonly name = 'LocalRefusalError';
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/** The lifecycle action of an order.* mutation name, or null for the others (order.create, order.addNote). */
export function orderActionOf(name: string): OrderAction | null {
  if (!name.startsWith('order.')) return null;
  const action = name.slice('order.'.length);
  return (orderActions as readonly string[]).includes(action) ? (action as OrderAction) : null;
}

export function orderFactsOf(row: LocalRow): OrderFacts {
  return {
    status: row.status as OrderStatus,
    type: row.type as OrderFacts['type'],
    companyId: (row.companyId as string | null) ?? null,
    assigneeUserId: (row.assigneeUserId as string | null) ?? null,
    extensionState: (row.extensionState as OrderFacts['extensionState']) ?? null,
    confirmDueAt: (row.confirmDueAt as string | null) ?? null,
    serviceDueAt: (row.serviceDueAt as string | null) ?? null,
  };
}

/** The fields an action changes besides the status; pure, so the list and the tests can use it too. */
export function orderPatchOf(action: OrderAction, args: Args, row: LocalRow, actor: Actor, at: string): LocalRow {
  const patch: Record<string, unknown> = {};
  switch (action) {
    case 'accept':
      patch.acceptedAt = at;
      // Taking an order from the company pool makes it the taker's (first to accept wins, ORD-2).
      if (row.assigneeUserId == null) patch.assigneeUserId = actor.userId;
      break;
    case 'assign':
      patch.assigneeUserId = args.userId;
      if (typeof args.assigneeName === 'string') patch.assigneeName = args.assigneeName;
      break;
    case 'dispatch': {
      const due = deadlinesFrom(new Date(at), Boolean(row.isContractCustomer));
      Object.assign(patch, {
        companyId: args.companyId ?? null,
        assigneeUserId: args.userId ?? null,
        dispatchedAt: at,
        acceptedAt: null,
        confirmDueAt: due.confirmDueAt.toISOString(),
        serviceDueAt: due.serviceDueAt.toISOString(),
      });
      break;
    }
    case 'return':
    case 'cannotComplete':
      patch.assigneeUserId = null;
      break;
    case 'complete':
      Object.assign(patch, { completedAt: at, outcome: args.outcome });
      break;
    case 'recommend':
      patch.completedAt = at;
      break;
    case 'requestExtension':
      Object.assign(patch, { extensionState: 'requested', extensionHours: args.hours, extensionReason: args.reason });
      break;
    case 'decideExtension': {
      patch.extensionState = args.approve ? 'approved' : 'refused';
      const hours = Number(row.extensionHours ?? 0);
      if (args.approve && row.serviceDueAt && hours > 0)
        patch.serviceDueAt = new Date(Date.parse(String(row.serviceDueAt)) + hours * 3_600_000).toISOString();
      break;
    }
    case 'verify':
      patch.verifiedAt = at;
      break;
    case 'close':
      Object.assign(patch, { closedAt: at, outcome: args.outcome });
      break;
    case 'startTravel':
    case 'arrive':
    case 'callBack':
    case 'cancel':
      break;
    default: {
      const never: never = action;
      return never;
    }
  }
  return patch as LocalRow;
}

/** The words an action leaves on the trail: a return's reason, an outcome, an extension's hours and reason. */
function reasonOf(action: OrderAction, args: Args): { reason: string; reasonCode: string | null } {
  const text = (k: string) => (typeof args[k] === 'string' ? String(args[k]).trim() : '');
  if (action === 'return' || action === 'cannotComplete') return { reason: text('text'), reasonCode: text('reason') };
  if (action === 'complete' || action === 'close') return { reason: text('outcome'), reasonCode: null };
  if (action === 'cancel' || action === 'requestExtension') return { reason: text('reason'), reasonCode: null };
  return { reason: text('note'), reasonCode: null };
}

/** The staff member's name from the last staff list kept on the device (meta 'staff'), if any. */
async function staffNameOf(db: LocalDb, userId: string): Promise<string | undefined> {
  const saved = (await db.meta.get('staff'))?.value as
    | { staff?: { userId: string; displayName: string }[] }
    | undefined;
  return saved?.staff?.find((s) => s.userId === userId)?.displayName;
}

/**
 * Applies an order lifecycle mutation to the local rows (inside the caller's transaction). Returns the rows to
 * restore on refusal, or null when there is nothing to apply here (unknown order, no actor known on the device).
 * Throws LocalRefusalError when the domain already refuses, so the caller's transaction writes and queues nothing.
 */
export async function applyOrderOptimistic(db: LocalDb, actor: Actor | null, m: Mutation): Promise<RowUndo[] | null> {
  const action = orderActionOf(m.name);
  const args = (m.args ?? {}) as Args;
  if (!action || !actor || typeof args.orderId !== 'string') return null;
  const current = (await db.orders.get(args.orderId)) as LocalRow | undefined;
  if (!current) return null;
  const result = transitionOrder(orderFactsOf(current), action, actor, new Date(m.at));
  if (!result.ok) throw new LocalRefusalError(result.problem);
  const from = current.status as OrderStatus;
  const known = action === 'assign' ? { assigneeName: await staffNameOf(db, String(args.userId)) } : {};
  const row: LocalRow = {
    ...current,
    ...orderPatchOf(action, { ...args, ...known }, current, actor, m.at),
    status: result.value,
    updatedAt: m.at,
    _mutationId: m.id,
  };
  await db.orders.put(row);
  const position = args.position as Position | undefined;
  await db.order_events.put({
    _id: m.id,
    _mutationId: m.id,
    id: m.id,
    orderId: args.orderId,
    at: m.at,
    deviceAt: m.at,
    userId: actor.userId,
    userName: '',
    kind: eventKindOf(action, action === 'decideExtension' ? Boolean(args.approve) : undefined),
    fromStatus: from,
    toStatus: result.value === from ? null : result.value,
    companyId: (row.companyId as string | null) ?? null,
    lat: position?.lat ?? null,
    lng: position?.lng ?? null,
    ...reasonOf(action, args),
    detail: position ? { accuracy: position.accuracy } : {},
    wrongReturn: false,
  });
  return [{ table: 'orders', id: current._id, row: await serverRowOf(db, 'orders', current) }];
}
