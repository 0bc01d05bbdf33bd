// order.requestExtension and order.decideExtension (ORD-3, ORD-4): the holder asks for more hours; a supervisor
// approves (the service deadline moves and its reminder is rescheduled) or refuses. Must not change the status.
import { eventKindOf } from '../../../domain/orders/order-events';
import type { ArgsOf } from '../../../protocol/sync';
import { scheduleOrderDeadlines } from '../orders/order-deadline-jobs';
import type { MutationHandler } from './mutation-context';
import { runOrderTransition } from './order-transition';

const HOUR_MS = 3_600_000;

export const orderRequestExtension: MutationHandler<ArgsOf<'order.requestExtension'>> = {
  permission: 'orders.work',
  async handle(ctx, args) {
    await runOrderTransition(ctx, args.orderId, 'requestExtension', () => ({
      set: { extension_state: 'requested', extension_hours: args.hours, extension_reason: args.reason },
      event: { reason: args.reason, detail: { hours: args.hours } },
      audit: { hours: args.hours },
    }));
    return undefined;
  },
};

export const orderDecideExtension: MutationHandler<ArgsOf<'order.decideExtension'>> = {
  permission: 'orders.supervise',
  async handle(ctx, args) {
    await runOrderTransition(
      ctx,
      args.orderId,
      'decideExtension',
      (o) => {
        const hours = o.extension_hours ?? 0;
        const from = o.service_due_at ? new Date(o.service_due_at) : ctx.now;
        const serviceDueAt = new Date(from.getTime() + hours * HOUR_MS);
        return {
          set: args.approve
            ? { extension_state: 'approved', service_due_at: serviceDueAt }
            : { extension_state: 'refused' },
          event: {
            kind: eventKindOf('decideExtension', args.approve),
            companyId: o.company_id,
            reason: args.note ?? '',
            detail: { hours, ...(args.approve ? { serviceDueAt: serviceDueAt.toISOString() } : {}) },
          },
          audit: { approve: args.approve, hours },
        };
      },
      {
        after: async (updated) => {
          if (args.approve) await scheduleOrderDeadlines(ctx.tx, updated);
        },
      },
    );
    return undefined;
  },
};
