// The centre's closing actions (ORD-3, ORD-6): verify a completion, record the callback, close, cancel. A cancelled
// order leaves every field device (order-audience.ts). Must not write callback tasks or ratings (ORD-6 owns those).
import type { ArgsOf } from '../../../protocol/sync';
import type { MutationHandler } from './mutation-context';
import { runOrderTransition } from './order-transition';

export const orderVerify: MutationHandler<ArgsOf<'order.verify'>> = {
  permission: 'orders.dispatch',
  async handle(ctx, args) {
    await runOrderTransition(ctx, args.orderId, 'verify', (o) => ({
      set: { verified_at: ctx.now },
      event: { companyId: o.company_id, reason: args.note ?? '' },
    }));
    return undefined;
  },
};

export const orderCallBack: MutationHandler<ArgsOf<'order.callBack'>> = {
  permission: 'orders.dispatch',
  async handle(ctx, args) {
    await runOrderTransition(ctx, args.orderId, 'callBack', (o) => ({
      event: { companyId: o.company_id, reason: args.note ?? '' },
    }));
    return undefined;
  },
};

export const orderClose: MutationHandler<ArgsOf<'order.close'>> = {
  permission: 'orders.dispatch',
  async handle(ctx, args) {
    await runOrderTransition(ctx, args.orderId, 'close', (o) => ({
      set: { closed_at: ctx.now, outcome: args.outcome },
      event: { companyId: o.company_id, reason: args.outcome },
    }));
    return undefined;
  },
};

export const orderCancel: MutationHandler<ArgsOf<'order.cancel'>> = {
  permission: 'orders.dispatch',
  async handle(ctx, args) {
    await runOrderTransition(ctx, args.orderId, 'cancel', (o) => ({
      event: { companyId: o.company_id, reason: args.reason },
      audit: { reason: args.reason },
    }));
    return undefined;
  },
};
