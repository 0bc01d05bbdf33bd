// order.addNote: append a note to an order. Notes are evidence, append-only, so they never conflict; the note's id
// is the mutation's id, which makes a replay unable to add it twice even outside the processed-mutation record.
import { canSeeOrder } from '../../../domain/orders/order-access';
import type { OrderStatus } from '../../../domain/orders/order-kinds';
import type { ArgsOf } from '../../../protocol/sync';
import { raise } from '../../http/problem-error';
import { recordChange } from '../../sync/change-log';
import { recordAudit } from '../audit';
import { orderAudience } from '../orders/order-audience';
import type { MutationHandler } from './mutation-context';

interface OrderScopeRow {
  community_id: string | null;
  company_id: string | null;
  assignee_user_id: string | null;
  status: OrderStatus;
}

export const orderAddNote: MutationHandler<ArgsOf<'order.addNote'>> = {
  permission: 'orders.note',
  async handle(ctx, args) {
    const [order] = await ctx.tx.query<OrderScopeRow>(
      'select community_id, company_id, assignee_user_id, status from orders where id = $1',
      [args.orderId],
    );
    if (!order) raise('resource.not_found', 'orderId', { entity: 'order' });
    const scope = {
      communityId: order.community_id,
      companyId: order.company_id,
      assigneeUserId: order.assignee_user_id,
      status: order.status,
    };
    if (!canSeeOrder(ctx.actor, scope)) raise('order.not_visible', 'orderId');
    await ctx.tx.query(
      'insert into order_notes (id, order_id, user_id, text, at, device_at) values ($1, $2, $3, $4, $5, $6)',
      [ctx.mutationId, args.orderId, ctx.user.id, args.text, ctx.now, ctx.deviceAt],
    );
    await recordChange(ctx.tx, {
      tbl: 'order_notes',
      rowId: ctx.mutationId,
      op: 'put',
      communityId: order.community_id,
      companyId: order.company_id,
      // Whoever carries the order carries its notes: the assignee, or the company pool while it waits there.
      userIds: await orderAudience(ctx.tx, order),
      mutationId: ctx.mutationId,
    });
    await recordAudit(ctx.tx, ctx.audit, {
      action: 'order.addNote',
      entity: 'order',
      entityId: args.orderId,
      detail: { noteId: ctx.mutationId, length: args.text.length },
    });
    return { id: ctx.mutationId };
  },
};
