// The one path every order.* transition takes on the server (ORD-3): lock, ask the lifecycle, apply with a
// conditional update, write the timeline event, log the change for its audience, audit. Must not hold any action's
// own rule: each handler supplies its columns and event details through a plan.
import { createHash } from 'node:crypto';
import { eventKindOf } from '../../../domain/orders/order-events';
import type { OrderStatus } from '../../../domain/orders/order-kinds';
import type { OrderAction } from '../../../domain/orders/order-lifecycle';
import { transitionOrder } from '../../../domain/orders/order-lifecycle';
import { ProblemError, raise } from '../../http/problem-error';
import type { Queryable } from '../../store/store';
import { recordAudit } from '../audit';
import { orderAudience, publishOrder } from '../orders/order-audience';
import {
  factsOf,
  insertOrderEvent,
  loadOrder,
  type OrderEventInput,
  type OrderRecord,
  updateOrder,
} from '../orders/order-records';
import type { MutationContext } from './mutation-context';

export type EventDetails = Partial<
  Pick<OrderEventInput, 'kind' | 'companyId' | 'position' | 'reason' | 'reasonCode' | 'detail'>
>;

export interface TransitionPlan {
  /** Columns to change besides status. */
  set?: Record<string, unknown>;
  event?: EventDetails;
  audit?: Record<string, unknown>;
}

export interface TransitionOptions {
  /** Replaces the version-conditional update (accept uses its own condition); null when the condition failed. */
  update?: (tx: Queryable, o: OrderRecord, set: Record<string, unknown>) => Promise<OrderRecord | null>;
  /** Runs after the rows and change log are written, inside the transaction. */
  after?: (updated: OrderRecord, before: OrderRecord) => Promise<void>;
}

/** Asks the lifecycle whether this actor may take the action now; throws its refusal. */
export function decideOrder(ctx: MutationContext, o: OrderRecord, action: OrderAction): OrderStatus {
  const result = transitionOrder(factsOf(o), action, ctx.actor, ctx.now);
  if (!result.ok) throw new ProblemError(result.problem);
  return result.value;
}

export async function lockOrder(ctx: MutationContext, orderId: string): Promise<OrderRecord> {
  const o = await loadOrder(ctx.tx, orderId, true);
  if (!o) raise('resource.not_found', 'orderId', { entity: 'order' });
  return o;
}

/** A second event of one mutation gets an id derived from the mutation's, so it is as stable as the first. */
export function derivedId(mutationId: string, suffix: string): string {
  const h = createHash('sha1').update(`${mutationId}:${suffix}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Writes the event of one transition of `o` (its place gives the distance) from `from` to `to`. */
export function eventOf(
  ctx: MutationContext,
  kind: string,
  o: OrderRecord,
  from: OrderStatus | null,
  to: OrderStatus,
  e: EventDetails,
  id = ctx.mutationId,
): Promise<void> {
  return insertOrderEvent(ctx.tx, o, {
    id,
    kind,
    userId: ctx.user.id,
    userName: ctx.user.displayName,
    at: ctx.now,
    deviceAt: ctx.deviceAt,
    fromStatus: from,
    toStatus: to,
    companyId: e.companyId !== undefined ? e.companyId : (ctx.actor.companyId ?? o.company_id),
    position: e.position,
    reason: e.reason,
    reasonCode: e.reasonCode,
    detail: e.detail ?? {},
  });
}

export function auditTransition(
  ctx: MutationContext,
  action: OrderAction | 'create',
  o: Pick<OrderRecord, 'id' | 'no'>,
  from: OrderStatus | null,
  to: OrderStatus,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return recordAudit(ctx.tx, ctx.audit, {
    action: `order.${action}`,
    entity: 'order',
    entityId: o.id,
    detail: { no: o.no, from, to, deviceAt: ctx.deviceAt, eventId: ctx.mutationId, ...detail },
  });
}

/**
 * Runs one transition of an order end to end. `plan` sees the locked order and the target status and may refuse
 * (raise) before anything is written.
 */
export async function runOrderTransition(
  ctx: MutationContext,
  orderId: string,
  action: OrderAction,
  plan: (o: OrderRecord, to: OrderStatus) => TransitionPlan | Promise<TransitionPlan>,
  options: TransitionOptions = {},
): Promise<OrderRecord> {
  const order = await lockOrder(ctx, orderId);
  const to = decideOrder(ctx, order, action);
  const beforeUsers = await orderAudience(ctx.tx, order);
  const p = await plan(order, to);
  const set = { status: to, ...p.set };
  const updated = options.update
    ? await options.update(ctx.tx, order, set)
    : await updateOrder(ctx.tx, order, set, ctx.now);
  if (!updated) {
    // Someone changed the order between our read and our write: name the refusal from what it is now.
    const now = await lockOrder(ctx, orderId);
    decideOrder(ctx, now, action);
    raise('order.invalid_transition', undefined, { from: now.status, action });
  }
  const e = p.event ?? {};
  await eventOf(ctx, e.kind ?? eventKindOf(action), order, order.status, updated.status, e);
  await publishOrder(ctx.tx, {
    before: order,
    beforeUsers,
    after: updated,
    eventIds: [ctx.mutationId],
    mutationId: ctx.mutationId,
  });
  await auditTransition(ctx, action, order, order.status, updated.status, p.audit);
  if (options.after) await options.after(updated, order);
  return updated;
}
