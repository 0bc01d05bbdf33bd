// The order deadline timers as job handlers (ORD-4): `order.confirm_due`, `order.service_due` and `order.reminder`.
// Must not hold deadline rules: it checks the payload and calls src/server/app/orders/order-deadline-jobs.ts.
import { type OrderDeadlineKind, orderJobKinds, remindIfOverdue } from '../app/orders/order-deadline-jobs';
import type { JobHandler, JobHandlers } from './job-runner';

function handlerFor(kind: OrderDeadlineKind): JobHandler {
  return async (tx, payload, now) => {
    await remindIfOverdue(tx, kind, deadlinePayloadOf(payload), now);
  };
}

export const orderJobHandlers: JobHandlers = {
  [orderJobKinds.confirm]: handlerFor('confirm'),
  [orderJobKinds.service]: handlerFor('service'),
  [orderJobKinds.reminder]: handlerFor('reminder'),
};

function deadlinePayloadOf(payload: Record<string, unknown>): { orderId: string; dueAt: string } {
  if (typeof payload.orderId !== 'string' || !payload.orderId) throw new Error('job payload has no orderId');
  if (typeof payload.dueAt !== 'string' || Number.isNaN(Date.parse(payload.dueAt))) {
    throw new Error('job payload has no dueAt');
  }
  return { orderId: payload.orderId, dueAt: payload.dueAt };
}
