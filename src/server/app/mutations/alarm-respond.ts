// alarm.accept, alarm.decline and alarm.update (ALM-3, ALM-6): a responder answers an offer and reports progress.
// The accept is one conditional update, so exactly one accept wins even across server instances.
import { randomUUID } from 'node:crypto';
import { isInScope } from '../../../domain/access/scope';
import { transitionAlarm } from '../../../domain/alarms/alarm-state';
import type { ArgsOf } from '../../../protocol/sync';
import { ProblemError, raise } from '../../http/problem-error';
import type { Queryable } from '../../store/store';
import {
  type AlarmRecord,
  addAlarmEvent,
  loadAlarm,
  recordAlarmChange,
  recordOfferChange,
} from '../alarms/alarm-records';
import { offerRing } from '../alarms/escalate';
import type { MutationContext, MutationHandler } from './mutation-context';

async function alarmFor(ctx: MutationContext, alarmId: string): Promise<AlarmRecord> {
  const alarm = await loadAlarm(ctx.tx, alarmId);
  if (!alarm) raise('resource.not_found', 'args.alarmId', { entity: 'alarm' });
  return alarm;
}

async function offerOf(tx: Queryable, alarmId: string, userId: string) {
  const [o] = await tx.query<{ id: string; status: string }>(
    'select id, status from alarm_offers where alarm_id = $1 and user_id = $2',
    [alarmId, userId],
  );
  return o ?? null;
}

async function refuseLateAccept(tx: Queryable, alarmId: string): Promise<never> {
  const alarm = (await loadAlarm(tx, alarmId)) as AlarmRecord;
  if (alarm.accepted_by) {
    const [u] = await tx.query<{ display_name: string }>('select display_name from users where id = $1', [
      alarm.accepted_by,
    ]);
    raise('alarm.taken', undefined, { name: u?.display_name ?? '' });
  }
  const t = transitionAlarm(alarm.status, 'accept');
  throw new ProblemError(t.ok ? { code: 'alarm.closed' } : t.problem);
}

export const alarmAccept: MutationHandler<ArgsOf<'alarm.accept'>> = {
  permission: 'alarms.respond',
  async handle(ctx, args) {
    const alarm = await alarmFor(ctx, args.alarmId);
    const offer = await offerOf(ctx.tx, alarm.id, ctx.user.id);
    if (!offer && !isInScope(ctx.actor, { communityId: alarm.community_id })) raise('auth.out_of_scope');
    const won = await ctx.tx.query<AlarmRecord>(
      `update alarms set status = 'accepted', accepted_by = $2, accepted_at = $3, updated_at = $3,
              version = version + 1
        where id = $1 and status = 'raised' and accepted_by is null returning *`,
      [alarm.id, ctx.user.id, ctx.now],
    );
    if (!won.length) return refuseLateAccept(ctx.tx, alarm.id);
    let offerId = offer?.id;
    if (offer) {
      await ctx.tx.query(`update alarm_offers set status = 'accepted', answered_at = $2 where id = $1`, [
        offer.id,
        ctx.now,
      ]);
    } else {
      // A responder in scope without an offer (a liaison who heard of it) may still take it: record the offer.
      offerId = randomUUID();
      await ctx.tx.query(
        `insert into alarm_offers (id, alarm_id, user_id, ring, rank, status, offered_at, answered_at)
         values ($1, $2, $3, $4, 0, 'accepted', $5, $5)`,
        [offerId, alarm.id, ctx.user.id, alarm.ring, ctx.now],
      );
    }
    await recordOfferChange(ctx.tx, offerId!, ctx.user.id, alarm.community_id, ctx.mutationId);
    const taken = await ctx.tx.query<{ id: string; user_id: string }>(
      `update alarm_offers set status = 'taken', answered_at = $2 where alarm_id = $1 and status = 'offered'
        returning id, user_id`,
      [alarm.id, ctx.now],
    );
    for (const t of taken) await recordOfferChange(ctx.tx, t.id, t.user_id, alarm.community_id, ctx.mutationId);
    await addAlarmEvent(
      ctx.tx,
      alarm,
      { kind: 'accepted', userId: ctx.user.id, detail: { position: args.position ?? null, taken: taken.length } },
      ctx.now,
      ctx.mutationId,
    );
    await recordAlarmChange(ctx.tx, won[0]!, ctx.mutationId);
    return undefined;
  },
};

export const alarmDecline: MutationHandler<ArgsOf<'alarm.decline'>> = {
  permission: 'alarms.respond',
  async handle(ctx, args) {
    const alarm = await alarmFor(ctx, args.alarmId);
    const [o] = await ctx.tx.query<{ id: string }>(
      `update alarm_offers set status = 'declined', answered_at = $3
        where alarm_id = $1 and user_id = $2 and status = 'offered' returning id`,
      [alarm.id, ctx.user.id, ctx.now],
    );
    if (!o) {
      const offer = await offerOf(ctx.tx, alarm.id, ctx.user.id);
      if (!offer) raise('resource.not_found', 'args.alarmId', { entity: 'offer' });
      raise('alarm.offer_closed', undefined, { status: offer.status });
    }
    await recordOfferChange(ctx.tx, o.id, ctx.user.id, alarm.community_id, ctx.mutationId);
    await addAlarmEvent(
      ctx.tx,
      alarm,
      { kind: 'declined', userId: ctx.user.id, detail: { reason: args.reason ?? '' } },
      ctx.now,
      ctx.mutationId,
    );
    // Everyone of the ring said no: the next ring need not wait for its timer.
    const [open] = await ctx.tx.query<{ n: number }>(
      `select count(*)::int as n from alarm_offers where alarm_id = $1 and status = 'offered'`,
      [alarm.id],
    );
    if (alarm.status === 'raised' && open?.n === 0) await offerRing(ctx.tx, alarm.id, alarm.ring + 1, ctx.now);
    return undefined;
  },
};

export const alarmUpdate: MutationHandler<ArgsOf<'alarm.update'>> = {
  permission: 'alarms.respond',
  async handle(ctx, args) {
    const alarm = await alarmFor(ctx, args.alarmId);
    if (alarm.accepted_by !== ctx.user.id) raise('alarm.not_responder');
    const t = transitionAlarm(alarm.status, args.status);
    if (!t.ok) throw new ProblemError(t.problem);
    const [updated] = await ctx.tx.query<AlarmRecord>(
      `update alarms set status = $2, updated_at = $3, version = version + 1,
              arrived_at = case when $2 = 'on_scene' then coalesce(arrived_at, $3) else arrived_at end
        where id = $1 returning *`,
      [alarm.id, t.value, ctx.now],
    );
    // The resident's place stays on the alarm; the responder's moving position is evidence on the timeline.
    await addAlarmEvent(
      ctx.tx,
      alarm,
      { kind: args.status, userId: ctx.user.id, detail: { position: args.position ?? null, deviceAt: ctx.deviceAt } },
      ctx.now,
      ctx.mutationId,
    );
    await recordAlarmChange(ctx.tx, updated!, ctx.mutationId);
    return undefined;
  },
};
