// The phone's work list (FLD-1, ORD-2) in one pass over the local orders: the user's open orders, the company pool
// ("first to accept takes it"), a vendor manager's company orders, and each order's next main action. Pure: no
// React, no Dexie; the screen reads the rows once and calls this.
import type { Actor } from '../../../domain/access/roles';
import type { OrderStatus } from '../../../domain/orders/order-kinds';
import { type OrderAction, transitionOrder } from '../../../domain/orders/order-lifecycle';
import type { LocalRow } from '../../../local/local-db';
import { orderFactsOf } from '../../../local/optimistic-orders';

/** The steps a worker takes most, in the order the work goes: one big button on the list. */
export const mainActions = ['accept', 'startTravel', 'arrive', 'complete'] as const;
export type MainAction = (typeof mainActions)[number];

// Orders the worker still has to do something on; returned and new ones are at the centre, not on the phone.
const fieldStatuses: readonly OrderStatus[] = ['dispatched', 'accepted', 'en_route', 'on_site'];

export interface WorkItem {
  row: LocalRow;
  next: MainAction | null;
  /** Changes to this order are waiting in the outbox. */
  pending: boolean;
}

export interface WorkLists {
  mine: WorkItem[];
  pool: WorkItem[];
  /** A vendor manager's company orders held by someone (or no one) else; empty for everyone else. */
  company: WorkItem[];
}

/** The first main action the rules allow this actor now, or null. */
export function nextMainAction(row: LocalRow, actor: Actor, now: Date): MainAction | null {
  const facts = orderFactsOf(row);
  return mainActions.find((a: OrderAction) => transitionOrder(facts, a, actor, now).ok) ?? null;
}

// Most urgent first: the deadline that runs now (confirm while dispatched, else service), then the number.
function dueOf(row: LocalRow): string {
  const due = row.status === 'dispatched' ? (row.confirmDueAt ?? row.serviceDueAt) : row.serviceDueAt;
  return typeof due === 'string' ? due : '9999';
}

function byDue(a: WorkItem, b: WorkItem): number {
  return dueOf(a.row).localeCompare(dueOf(b.row)) || String(a.row.no).localeCompare(String(b.row.no));
}

export function buildWorkLists(
  rows: readonly LocalRow[],
  actor: Actor,
  pendingOrderIds: ReadonlySet<string>,
  now: Date,
): WorkLists {
  const lists: WorkLists = { mine: [], pool: [], company: [] };
  const isManager = actor.role === 'vendor_manager';
  for (const row of rows) {
    if (!fieldStatuses.includes(row.status as OrderStatus)) continue;
    const mine = row.assigneeUserId === actor.userId;
    const ofCompany = actor.companyId !== null && row.companyId === actor.companyId;
    if (!mine && !ofCompany) continue;
    const item = (): WorkItem => ({
      row,
      next: nextMainAction(row, actor, now),
      pending: pendingOrderIds.has(String(row._id)),
    });
    if (mine) lists.mine.push(item());
    else if (isManager) lists.company.push(item());
    else if (row.assigneeUserId == null && row.status === 'dispatched') lists.pool.push(item());
  }
  lists.mine.sort(byDue);
  lists.pool.sort(byDue);
  lists.company.sort(byDue);
  return lists;
}

/** The order ids with a pending change, from the outbox entries (one pass). */
export function pendingOrderIdsOf(entries: readonly { status: string; args: unknown }[]): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) {
    const orderId = (e.args as { orderId?: unknown } | null)?.orderId;
    if (e.status === 'pending' && typeof orderId === 'string') ids.add(orderId);
  }
  return ids;
}
