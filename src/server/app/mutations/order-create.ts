// order.create (ORD-1): a case opened from a call, numbered XY<yyyymmdd>-<nnnn> by the Xianyang date, with the
// caller's number kept (REG-4); an inquiry the agent settled on the call closes at once. Must not dispatch.
import { randomUUID } from 'node:crypto';
import { transitionOrder } from '../../../domain/orders/order-lifecycle';
import type { ArgsOf } from '../../../protocol/sync';
import { ProblemError, raise } from '../../http/problem-error';
import type { Queryable } from '../../store/store';
import { recordChange } from '../../sync/change-log';
import { publishOrder } from '../orders/order-audience';
import { scheduleOrderReminder } from '../orders/order-deadline-jobs';
import { factsOf, type OrderRecord, updateOrder } from '../orders/order-records';
import type { MutationContext, MutationHandler } from './mutation-context';
import { auditTransition, derivedId, eventOf } from './order-transition';

type CreateArgs = ArgsOf<'order.create'>;

interface ResidentFacts {
  address: string;
  lat: number | null;
  lng: number | null;
  community_id: string;
  district_id: string | null;
  service_card_no: string | null;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The case number: the Xianyang (UTC+8) date of intake and the next number of the sequence. */
async function nextOrderNo(q: Queryable, now: Date): Promise<string> {
  const [row] = await q.query<{ n: string | number }>(`select nextval('order_no_seq') as n`);
  const day = new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
  return `XY${day}-${String(row!.n).padStart(4, '0')}`;
}

async function residentOf(q: Queryable, residentId: string | undefined): Promise<ResidentFacts | null> {
  if (!residentId) return null;
  const [r] = await q.query<ResidentFacts>(
    'select address, lat, lng, community_id, district_id, service_card_no from residents where id = $1',
    [residentId],
  );
  if (!r) raise('resource.not_found', 'residentId', { entity: 'resident' });
  return r;
}

async function districtOf(q: Queryable, communityId: string | null): Promise<string | null> {
  if (!communityId) return null;
  const [c] = await q.query<{ district_id: string }>('select district_id from communities where id = $1', [
    communityId,
  ]);
  if (!c) raise('resource.not_found', 'communityId', { entity: 'community' });
  return c.district_id;
}

async function checkCategory(q: Queryable, categoryId: string | undefined): Promise<void> {
  if (!categoryId) return;
  const [c] = await q.query('select 1 from service_categories where id = $1', [categoryId]);
  if (!c) raise('resource.not_found', 'categoryId', { entity: 'category' });
}

/** Keeps every number that called (REG-4): first and last seen; a name or resident only fills what is empty. */
async function rememberCaller(ctx: MutationContext, args: CreateArgs): Promise<void> {
  await ctx.tx.query(
    `insert into callers (phone, name, resident_id, first_seen_at, last_seen_at) values ($1, $2, $3, $4, $4)
     on conflict (phone) do update set last_seen_at = greatest(callers.last_seen_at, excluded.last_seen_at),
       name = case when callers.name = '' then excluded.name else callers.name end,
       resident_id = coalesce(callers.resident_id, excluded.resident_id)`,
    [args.callerPhone, args.callerName ?? '', args.residentId ?? null, ctx.now],
  );
  await recordChange(ctx.tx, {
    tbl: 'callers',
    rowId: args.callerPhone,
    op: 'put',
    isPublic: true,
    mutationId: ctx.mutationId,
  });
}

async function insertOrder(ctx: MutationContext, args: CreateArgs, id: string): Promise<OrderRecord> {
  const resident = await residentOf(ctx.tx, args.residentId);
  await checkCategory(ctx.tx, args.categoryId);
  const communityId = args.communityId ?? resident?.community_id ?? null;
  const districtId = (await districtOf(ctx.tx, communityId)) ?? resident?.district_id ?? null;
  const hasPlace = args.lat !== undefined && args.lng !== undefined;
  const no = await nextOrderNo(ctx.tx, ctx.now);
  const [row] = await ctx.tx.query<OrderRecord>(
    `insert into orders (id, no, type, status, caller_phone, caller_name, resident_id, category_id, description,
                         address, lat, lng, district_id, community_id, is_contract_customer, reminder_at, created_by,
                         created_at, updated_at, version)
     values ($1, $2, $3, 'new', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, 1)
     on conflict (id) do nothing returning *`,
    [
      id,
      no,
      args.type,
      args.callerPhone,
      args.callerName ?? '',
      args.residentId ?? null,
      args.categoryId ?? null,
      args.description,
      args.address ?? resident?.address ?? '',
      hasPlace ? args.lat : (resident?.lat ?? null),
      hasPlace ? args.lng : (resident?.lng ?? null),
      districtId,
      communityId,
      args.isContractCustomer ?? (resident ? resident.service_card_no !== null : false),
      args.reminderAt ?? null,
      ctx.user.id,
      ctx.now,
    ],
  );
  if (!row) raise('field.invalid', 'id', { detail: 'an order with this id exists' });
  return row;
}

/** Closes the new order at once (an inquiry answered on the call): the lifecycle's close, as its own event. */
async function closeAtOnce(ctx: MutationContext, created: OrderRecord, outcome: string): Promise<OrderRecord> {
  const t = transitionOrder(factsOf(created), 'close', ctx.actor, ctx.now);
  if (!t.ok) throw new ProblemError(t.problem);
  const closed = await updateOrder(ctx.tx, created, { status: t.value, closed_at: ctx.now, outcome }, ctx.now);
  if (!closed) raise('order.invalid_transition', undefined, { from: created.status, action: 'close' });
  await eventOf(
    ctx,
    'closed',
    created,
    created.status,
    closed.status,
    { reason: outcome },
    derivedId(ctx.mutationId, 'closed'),
  );
  await auditTransition(ctx, 'close', created, created.status, closed.status, { closeNow: true });
  return closed;
}

export const orderCreate: MutationHandler<CreateArgs> = {
  permission: 'orders.intake',
  async handle(ctx, args) {
    const created = await insertOrder(ctx, args, args.id ?? randomUUID());
    await rememberCaller(ctx, args);
    await eventOf(ctx, 'created', created, null, created.status, { companyId: null });
    await auditTransition(ctx, 'create', created, null, created.status, { type: args.type });
    const final = args.closeNow ? await closeAtOnce(ctx, created, args.outcome ?? '') : created;
    // A pending case (待办) reminds the centre at its reminder time (ORD-1, ORD-4).
    if (args.reminderAt && final.status === 'new') await scheduleOrderReminder(ctx.tx, created.id, args.reminderAt);
    await publishOrder(ctx.tx, {
      before: null,
      beforeUsers: [],
      after: final,
      eventIds: args.closeNow ? [ctx.mutationId, derivedId(ctx.mutationId, 'closed')] : [ctx.mutationId],
      mutationId: ctx.mutationId,
    });
    return { id: created.id, no: created.no };
  },
};
