// The field worker's order actions (ORD-3, ORD-5, FLD-1): accept (from the company pool, first wins), return with a
// reason, start travel, arrive, cannot complete. Positions are evidence only: they never block an action.
import type { OrderAction } from '../../../domain/orders/order-lifecycle';
import type { ArgsOf } from '../../../protocol/sync';
import type { Queryable } from '../../store/store';
import type { OrderRecord, Position } from '../orders/order-records';
import type { MutationContext, MutationHandler } from './mutation-context';
import { runOrderTransition } from './order-transition';

/**
 * The accept is one conditional update: it wins only while the order is still dispatched to this user, or waits
 * in this user's company pool. A colleague who got there first leaves 0 rows, and the lifecycle names the refusal.
 * A vendor manager confirms for the company and leaves the assignee as it is.
 */
function acceptUpdate(ctx: MutationContext) {
  return async (tx: Queryable, o: OrderRecord): Promise<OrderRecord | null> => {
    const manager = ctx.actor.role === 'vendor_manager';
    const [row] = await tx.query<OrderRecord>(
      manager
        ? `update orders set status = 'accepted', accepted_at = $3, updated_at = $3, version = version + 1
            where id = $1 and status = 'dispatched' and company_id = $2 returning *`
        : `update orders set status = 'accepted', assignee_user_id = $2, assignee_name = $3, accepted_at = $5,
                  updated_at = $5, version = version + 1
            where id = $1 and status = 'dispatched'
              and (assignee_user_id = $2 or (assignee_user_id is null and company_id = $4)) returning *`,
      manager
        ? [o.id, ctx.actor.companyId, ctx.now]
        : [o.id, ctx.user.id, ctx.user.displayName, ctx.actor.companyId, ctx.now],
    );
    return row ?? null;
  };
}

export const orderAccept: MutationHandler<ArgsOf<'order.accept'>> = {
  permission: 'orders.work',
  async handle(ctx, args) {
    await runOrderTransition(
      ctx,
      args.orderId,
      'accept',
      (o) => ({
        event: { position: args.position, detail: { fromPool: o.assignee_user_id === null } },
      }),
      { update: acceptUpdate(ctx) },
    );
    return undefined;
  },
};

/** Gives the order back to the centre: nobody holds it now; the event keeps the unit that gave it back. */
function giveBack(
  ctx: MutationContext,
  action: Extract<OrderAction, 'return' | 'cannotComplete'>,
  args: { orderId: string; reason: string; text?: string | undefined; position?: Position | undefined },
) {
  return runOrderTransition(ctx, args.orderId, action, (o) => ({
    set: { company_id: null, company_name: '', assignee_user_id: null, assignee_name: '' },
    event: {
      companyId: o.company_id ?? ctx.actor.companyId,
      position: args.position,
      reason: args.text ?? '',
      reasonCode: args.reason,
      detail: { assigneeUserId: o.assignee_user_id },
    },
    audit: { reason: args.reason, companyId: o.company_id },
  }));
}

export const orderReturn: MutationHandler<ArgsOf<'order.return'>> = {
  permission: 'orders.work',
  async handle(ctx, args) {
    await giveBack(ctx, 'return', args);
    return undefined;
  },
};

export const orderCannotComplete: MutationHandler<ArgsOf<'order.cannotComplete'>> = {
  permission: 'orders.work',
  async handle(ctx, args) {
    await giveBack(ctx, 'cannotComplete', args);
    return undefined;
  },
};

function moveOn(action: Extract<OrderAction, 'startTravel' | 'arrive'>) {
  const handler: MutationHandler<{ orderId: string; position?: Position | undefined }> = {
    permission: 'orders.work',
    async handle(ctx, args) {
      await runOrderTransition(ctx, args.orderId, action, () => ({ event: { position: args.position } }));
      return undefined;
    },
  };
  return handler;
}

export const orderStartTravel: MutationHandler<ArgsOf<'order.startTravel'>> = moveOn('startTravel');
export const orderArrive: MutationHandler<ArgsOf<'order.arrive'>> = moveOn('arrive');
