// Order deadline timers (ORD-4): schedules the confirm, service and pending-reminder jobs, and when one runs, writes
// the reminder (督办) event, its change-log entry and an SMS. Must not change the order itself nor decide lateness
// (src/domain/orders/order-deadlines.ts does); runs inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import {
  currentWindow,
  formatDeadline,
  isConfirmOverdue,
  isServiceOverdue,
  type LightFacts,
} from '../../../domain/orders/order-deadlines';
import type { OrderStatus, OrderType } from '../../../domain/orders/order-kinds';
import { scheduleJob } from '../../jobs/schedule';
import type { Queryable } from '../../store/store';
import { recordChange } from '../../sync/change-log';

export type OrderDeadlineKind = 'confirm' | 'service' | 'reminder';

/** The job kind of each deadline; the reminder event's reason code for each. */
export const orderJobKinds = {
  confirm: 'order.confirm_due',
  service: 'order.service_due',
  reminder: 'order.reminder',
} as const satisfies Record<OrderDeadlineKind, string>;

const reasonCodes = {
  confirm: 'confirm_overdue',
  service: 'service_overdue',
  reminder: 'pending_due',
} as const satisfies Record<OrderDeadlineKind, string>;

type When = Date | string | null;

/** Schedules the confirm and service jobs of a dispatched order (after dispatch, and after an approved extension). */
export async function scheduleOrderDeadlines(
  tx: Queryable,
  order: { id: string; confirm_due_at: When; service_due_at: When },
): Promise<void> {
  if (order.confirm_due_at) await scheduleDeadline(tx, 'confirm', order.id, new Date(order.confirm_due_at));
  if (order.service_due_at) await scheduleDeadline(tx, 'service', order.id, new Date(order.service_due_at));
}

/** Schedules the reminder of a pending order (待办) at its reminder time. */
export async function scheduleOrderReminder(tx: Queryable, orderId: string, reminderAt: Date | string): Promise<void> {
  await scheduleDeadline(tx, 'reminder', orderId, new Date(reminderAt));
}

async function scheduleDeadline(tx: Queryable, kind: OrderDeadlineKind, orderId: string, due: Date): Promise<void> {
  await scheduleJob(tx, orderJobKinds[kind], due, { orderId, dueAt: due.toISOString() });
}

interface DeadlineOrder {
  id: string;
  no: string;
  type: OrderType;
  status: OrderStatus;
  community_id: string | null;
  company_id: string | null;
  assignee_user_id: string | null;
  created_by: string | null;
  created_at: Date;
  dispatched_at: Date | null;
  confirm_due_at: Date | null;
  service_due_at: Date | null;
  accepted_at: Date | null;
  completed_at: Date | null;
  reminder_at: Date | null;
  company_phone: string | null;
  assignee_phone: string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function factsOf(o: DeadlineOrder): LightFacts {
  return {
    status: o.status,
    type: o.type,
    createdAt: iso(o.created_at)!,
    dispatchedAt: iso(o.dispatched_at),
    confirmDueAt: iso(o.confirm_due_at),
    serviceDueAt: iso(o.service_due_at),
    acceptedAt: iso(o.accepted_at),
    completedAt: iso(o.completed_at),
    reminderAt: iso(o.reminder_at),
  };
}

function deadlineOf(o: DeadlineOrder, kind: OrderDeadlineKind): Date | null {
  const at = kind === 'confirm' ? o.confirm_due_at : kind === 'service' ? o.service_due_at : o.reminder_at;
  return at === null ? null : new Date(at);
}

/** Whether the order still waits on that deadline at `now` (the job's payload deadline must be the current one). */
function isStillDue(o: DeadlineOrder, kind: OrderDeadlineKind, now: Date): boolean {
  const facts = factsOf(o);
  switch (kind) {
    case 'confirm':
      return isConfirmOverdue(facts, now);
    case 'service':
      return isServiceOverdue(facts, now);
    case 'reminder':
      return currentWindow(facts)?.kind === 'reminder' && now.getTime() >= Date.parse(facts.reminderAt!);
    default: {
      const never: never = kind;
      throw new Error(`unknown deadline kind ${String(never)}`);
    }
  }
}

/**
 * Runs one deadline job: a reminder when the deadline in the payload is still the order's and it has passed with the
 * order still waiting; nothing when the order moved on or the deadline moved (an extension schedules its own job).
 * Returns the reminder event's id, or null.
 */
export async function remindIfOverdue(
  tx: Queryable,
  kind: OrderDeadlineKind,
  payload: { orderId: string; dueAt: string },
  now: Date,
): Promise<string | null> {
  const order = await loadDeadlineOrder(tx, payload.orderId);
  const current = order ? deadlineOf(order, kind) : null;
  // Deadlines are stored to the microsecond and carried in ms: a second apart is the same deadline.
  if (!order || !current || Math.abs(current.getTime() - Date.parse(payload.dueAt)) >= 1000) return null;
  if (!isStillDue(order, kind, now)) {
    // Run early (the database's clock, which makes jobs due, is ahead of this host's): look again a second later.
    const early = now.getTime() <= current.getTime() && isStillDue(order, kind, new Date(current.getTime() + 1000));
    if (early) await scheduleJob(tx, orderJobKinds[kind], new Date(now.getTime() + 1000), payload);
    return null;
  }
  const dueAt = current.toISOString();
  const [already] = await tx.query<{ id: string }>(
    `select id from order_events where order_id = $1 and kind = 'reminder' and reason_code = $2
        and detail->>'dueAt' = $3 limit 1`,
    [order.id, reasonCodes[kind], dueAt],
  );
  if (already) return null;
  const eventId = await addReminderEvent(tx, order, kind, dueAt, now);
  if (kind !== 'reminder') await queueReminderSms(tx, order, kind, dueAt, now);
  return eventId;
}

/** Loads and locks the order, so two instances running jobs of one order write at most one reminder. */
async function loadDeadlineOrder(tx: Queryable, orderId: string): Promise<DeadlineOrder | null> {
  const [order] = await tx.query<DeadlineOrder>(
    `select o.id, o.no, o.type, o.status, o.community_id, o.company_id, o.assignee_user_id, o.created_by, o.created_at,
            o.dispatched_at, o.confirm_due_at, o.service_due_at, o.accepted_at, o.completed_at, o.reminder_at,
            c.phone as company_phone, u.phone as assignee_phone
       from orders o left join companies c on c.id = o.company_id left join users u on u.id = o.assignee_user_id
      where o.id = $1 for update of o`,
    [orderId],
  );
  return order ?? null;
}

/** The 督办 event: every city-wide console pulls it, and the holder (company, assignee, community) too. */
async function addReminderEvent(
  tx: Queryable,
  o: DeadlineOrder,
  kind: OrderDeadlineKind,
  dueAt: string,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `insert into order_events (id, order_id, at, user_id, kind, company_id, reason, reason_code, user_name, detail)
     values ($1, $2, $3, null, 'reminder', $4, '', $5, '', $6)`,
    [id, o.id, now, o.company_id, reasonCodes[kind], JSON.stringify({ dueAt })],
  );
  const userIds = [o.assignee_user_id, kind === 'reminder' ? o.created_by : null].filter((u): u is string => !!u);
  await recordChange(tx, {
    tbl: 'order_events',
    rowId: id,
    op: 'put',
    communityId: o.community_id,
    companyId: o.company_id,
    userIds,
    mutationId: null,
  });
  return id;
}

/** Both languages in one SMS: the holder may read either. */
export function reminderSmsBody(no: string, kind: 'confirm' | 'service', dueAt: string): string {
  const when = formatDeadline(dueAt);
  return kind === 'confirm'
    ? `【安心12345】督办：工单 ${no} 已超过确认时限（${when}），请立即接单或退单。Anxin: order ${no} was not confirmed by ${when}; accept or return it now.`
    : `【安心12345】督办：工单 ${no} 已超过服务时限（${when}），请尽快完成。Anxin: order ${no} is past its service deadline (${when}); complete it as soon as possible.`;
}

/** Queues the SMS to the assignee, or to the holder company when nobody is assigned (ORD-4). */
async function queueReminderSms(
  tx: Queryable,
  o: DeadlineOrder,
  kind: 'confirm' | 'service',
  dueAt: string,
  now: Date,
): Promise<void> {
  const target = o.assignee_phone || o.company_phone;
  if (!target) return;
  await tx.query(
    `insert into outbound_messages (id, channel, target, body, status, order_id, created_at)
     values ($1, 'sms', $2, $3, 'queued', $4, $5)`,
    [randomUUID(), target, reminderSmsBody(o.no, kind, dueAt), o.id, now],
  );
}
