// order.dispatch, order.recommend and order.assign (ORD-2, ORD-4): the centre gives an order to a company or a
// field worker (deadlines start; the service clock never restarts), or recommends vendors to the caller; a vendor
// manager hands the company's order to a technician. Must not rank vendors (the dispatch screen does).
import { deadlinesFrom, defaultDeadlinePolicy } from '../../../domain/orders/order-deadlines';
import type { ArgsOf } from '../../../protocol/sync';
import { raise } from '../../http/problem-error';
import type { Queryable } from '../../store/store';
import { scheduleOrderDeadlines } from '../orders/order-deadline-jobs';
import { findFieldWorker } from '../orders/order-records';
import type { MutationHandler } from './mutation-context';
import { runOrderTransition } from './order-transition';

interface CompanyFacts {
  id: string;
  name: string;
  status: string;
}

async function activeCompany(q: Queryable, companyId: string, field: string): Promise<CompanyFacts> {
  const [c] = await q.query<CompanyFacts>('select id, name, status from companies where id = $1', [companyId]);
  if (!c) raise('resource.not_found', field, { entity: 'company' });
  if (c.status !== 'active') raise('order.company_unavailable', field, { status: c.status });
  return c;
}

/** Who receives the order: a company's pool, or one field worker (with their company, when they have one). */
async function receiverOf(q: Queryable, args: ArgsOf<'order.dispatch'>) {
  if (args.companyId) {
    const c = await activeCompany(q, args.companyId, 'companyId');
    return { companyId: c.id, companyName: c.name, userId: null, userName: '' };
  }
  const u = await findFieldWorker(q, args.userId ?? '');
  if (!u) raise('order.assignee_not_staff', 'userId');
  const c = u.company_id ? await activeCompany(q, u.company_id, 'userId') : null;
  return { companyId: c?.id ?? null, companyName: c?.name ?? '', userId: u.id, userName: u.display_name };
}

export const orderDispatch: MutationHandler<ArgsOf<'order.dispatch'>> = {
  permission: 'orders.dispatch',
  async handle(ctx, args) {
    const o = await runOrderTransition(
      ctx,
      args.orderId,
      'dispatch',
      async (order) => {
        const r = await receiverOf(ctx.tx, args);
        const due = deadlinesFrom(ctx.now, order.is_contract_customer, ctx.orderPolicy ?? defaultDeadlinePolicy);
        return {
          set: {
            handling: 'dispatch',
            company_id: r.companyId,
            company_name: r.companyName,
            assignee_user_id: r.userId,
            assignee_name: r.userName,
            dispatched_at: ctx.now,
            accepted_at: null,
            confirm_due_at: due.confirmDueAt,
            // The caller has been waiting since the first dispatch: a redispatch does not restart their clock.
            service_due_at: order.service_due_at ?? due.serviceDueAt,
            extension_state: null,
            extension_hours: null,
            extension_reason: '',
          },
          event: {
            companyId: r.companyId,
            reason: args.note ?? '',
            detail: { userId: r.userId, previousCompanyId: order.company_id },
          },
          audit: { companyId: r.companyId, userId: r.userId },
        };
      },
      { after: (updated) => scheduleOrderDeadlines(ctx.tx, updated) },
    );
    return { id: o.id };
  },
};

export const orderRecommend: MutationHandler<ArgsOf<'order.recommend'>> = {
  permission: 'orders.dispatch',
  async handle(ctx, args) {
    await runOrderTransition(ctx, args.orderId, 'recommend', async () => {
      const names: string[] = [];
      for (const id of args.companyIds) names.push((await activeCompany(ctx.tx, id, 'companyIds')).name);
      return {
        set: {
          handling: 'recommend',
          completed_at: ctx.now,
          outcome: `推荐服务商 Recommended vendors: ${names.join('、')}`,
        },
        event: { companyId: null, reason: args.note ?? '', detail: { companyIds: args.companyIds } },
        audit: { companyIds: args.companyIds },
      };
    });
    return undefined;
  },
};

export const orderAssign: MutationHandler<ArgsOf<'order.assign'>> = {
  permission: 'orders.assign_staff',
  async handle(ctx, args) {
    await runOrderTransition(ctx, args.orderId, 'assign', async (order) => {
      const u = await findFieldWorker(ctx.tx, args.userId, ctx.actor.companyId ?? order.company_id);
      if (!u) raise('order.assignee_not_staff', 'userId');
      return {
        set: { assignee_user_id: u.id, assignee_name: u.display_name },
        event: { detail: { userId: u.id, userName: u.display_name, previousUserId: order.assignee_user_id } },
        audit: { userId: u.id },
      };
    });
    return undefined;
  },
};
