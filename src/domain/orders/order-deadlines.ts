// Deadlines and traffic lights of orders (ORD-4): when an order must be confirmed and serviced, and whether it is
// green, yellow or red at a moment. Pure: every function takes `now`; the server's reminder jobs and every list use these.
import type { OrderStatus, OrderType } from './order-kinds';

export interface OrderDeadlinePolicy {
  /** Minutes a dispatched order has to be accepted or returned (ANXIN_ORDER_CONFIRM_MINUTES). */
  confirmMinutes: number;
  /** Hours to complete for contract customers, and for everyone else. */
  contractHours: number;
  otherHours: number;
}

export const defaultDeadlinePolicy: OrderDeadlinePolicy = { confirmMinutes: 30, contractHours: 24, otherHours: 48 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The confirmation and service deadlines of an order dispatched at `dispatchedAt`. */
export function deadlinesFrom(
  dispatchedAt: Date,
  isContractCustomer: boolean,
  policy: OrderDeadlinePolicy = defaultDeadlinePolicy,
): { confirmDueAt: Date; serviceDueAt: Date } {
  const hours = isContractCustomer ? policy.contractHours : policy.otherHours;
  return {
    confirmDueAt: new Date(dispatchedAt.getTime() + policy.confirmMinutes * MINUTE),
    serviceDueAt: new Date(dispatchedAt.getTime() + hours * HOUR),
  };
}

/** When a window turns yellow: 5 days into a 7-day limit, otherwise at 75% of any limit (ORD-4). */
export function yellowFrom(start: Date, due: Date): Date {
  const span = due.getTime() - start.getTime();
  if (span === 7 * DAY) return new Date(start.getTime() + 5 * DAY);
  return new Date(start.getTime() + Math.round(span * 0.75));
}

export type OrderLight = 'green' | 'yellow' | 'red' | 'none';

export interface LightFacts {
  status: OrderStatus;
  type: OrderType;
  createdAt: string;
  dispatchedAt: string | null;
  confirmDueAt: string | null;
  serviceDueAt: string | null;
  acceptedAt: string | null;
  completedAt: string | null;
  reminderAt: string | null;
}

const done: readonly OrderStatus[] = ['completed', 'verified', 'called_back', 'closed'];

function windowLight(start: Date, due: Date, now: Date): OrderLight {
  if (now.getTime() > due.getTime()) return 'red';
  if (now.getTime() >= yellowFrom(start, due).getTime()) return 'yellow';
  return 'green';
}

/** Which deadline governs the order now, and from when it runs; null when the order has no running deadline. */
export function currentWindow(
  o: LightFacts,
  policy: OrderDeadlinePolicy = defaultDeadlinePolicy,
): { kind: 'confirm' | 'service' | 'reminder' | 'intake'; start: Date; due: Date } | null {
  if (o.status === 'cancelled' || done.includes(o.status)) return null;
  if (o.type === 'pending' && o.reminderAt)
    return { kind: 'reminder', start: new Date(o.createdAt), due: new Date(o.reminderAt) };
  if (o.status === 'new') {
    // A case waiting at the centre should be dispatched within the same window a vendor has to confirm.
    const start = new Date(o.createdAt);
    return { kind: 'intake', start, due: new Date(start.getTime() + policy.confirmMinutes * MINUTE) };
  }
  const start = new Date(o.dispatchedAt ?? o.createdAt);
  if (o.status === 'dispatched' && o.confirmDueAt) return { kind: 'confirm', start, due: new Date(o.confirmDueAt) };
  if (o.serviceDueAt) return { kind: 'service', start, due: new Date(o.serviceDueAt) };
  return null;
}

/** The traffic light of an order at `now`: green in time or done in time, yellow close, red overdue or done late. */
export function orderLight(o: LightFacts, now: Date, policy: OrderDeadlinePolicy = defaultDeadlinePolicy): OrderLight {
  if (o.status === 'cancelled') return 'none';
  if (done.includes(o.status)) {
    if (!o.serviceDueAt || !o.completedAt) return o.type === 'inquiry' ? 'none' : 'green';
    return Date.parse(o.completedAt) > Date.parse(o.serviceDueAt) ? 'red' : 'green';
  }
  const w = currentWindow(o, policy);
  return w ? windowLight(w.start, w.due, now) : 'none';
}

/** Whether a dispatched order is still unconfirmed after its confirmation deadline (what the reminder job asks). */
export function isConfirmOverdue(o: LightFacts, now: Date): boolean {
  if (!o.confirmDueAt || o.status !== 'dispatched') return false;
  return now.getTime() > Date.parse(o.confirmDueAt);
}

/** Whether the order is open past its service deadline. */
export function isServiceOverdue(o: LightFacts, now: Date): boolean {
  if (!o.serviceDueAt || o.status === 'cancelled' || done.includes(o.status)) return false;
  return now.getTime() > Date.parse(o.serviceDueAt);
}

/** A deadline as the centre reads it: Xianyang time (UTC+8), month-day hour:minute. */
export function formatDeadline(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * HOUR);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
