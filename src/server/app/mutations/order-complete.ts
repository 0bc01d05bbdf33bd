// order.complete (ORD-3, ORD-5): the holder finishes the work with an outcome; then every earlier return by another
// unit is found wrong and counted against that unit. Must not judge the outcome (the centre verifies it).
import type { ArgsOf } from '../../../protocol/sync';
import type { Queryable } from '../../store/store';
import { republishEvents } from '../orders/order-audience';
import type { OrderRecord } from '../orders/order-records';
import type { MutationHandler } from './mutation-context';
import { runOrderTransition } from './order-transition';

/**
 * ORD-5: returns by a unit other than the one that completed were wrong. With no completing company (a worker of
 * the centre's own pool), every return was wrong: someone could do the job after all.
 */
async function markWrongReturns(q: Queryable, o: OrderRecord, completerCompanyId: string | null): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `update order_events set wrong_return = true
      where order_id = $1 and kind = 'returned' and not wrong_return
        and ($2::text is null or company_id is distinct from $2::text) returning id`,
    [o.id, completerCompanyId],
  );
  return rows.map((r) => r.id);
}

export const orderComplete: MutationHandler<ArgsOf<'order.complete'>> = {
  permission: 'orders.work',
  async handle(ctx, args) {
    let completer: string | null = null;
    await runOrderTransition(
      ctx,
      args.orderId,
      'complete',
      (o) => {
        completer = o.company_id ?? ctx.actor.companyId;
        return {
          set: { completed_at: ctx.now, outcome: args.outcome },
          event: { companyId: completer, position: args.position, reason: args.outcome },
        };
      },
      {
        after: async (updated) => {
          const wrong = await markWrongReturns(ctx.tx, updated, completer);
          await republishEvents(ctx.tx, updated, wrong, ctx.mutationId);
        },
      },
    );
    return undefined;
  },
};
