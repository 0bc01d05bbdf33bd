// alarm.acknowledge, alarm.resolve and resident.issueDeviceToken (ALM-1, ALM-2, ALM-6, ALM-7): console and closing
// actions. Must not offer or accept: that is alarm-respond.ts and the escalation steps.
import { randomUUID } from 'node:crypto';
import { can } from '../../../domain/access/roles';
import { isInScope } from '../../../domain/access/scope';
import { transitionAlarm } from '../../../domain/alarms/alarm-state';
import type { ArgsOf } from '../../../protocol/sync';
import { ProblemError, raise } from '../../http/problem-error';
import {
  type AlarmRecord,
  addAlarmEvent,
  loadAlarm,
  recordAlarmChange,
  recordOfferChange,
} from '../alarms/alarm-records';
import { issueDeviceToken } from '../alarms/device-tokens';
import { recordAudit } from '../audit';
import type { MutationContext, MutationHandler } from './mutation-context';

// ALM-7 as ORD-6: the follow-up call is due the next day, when the resident can say whether help arrived.
const FOLLOW_UP_HOURS = 24;

async function consoleAlarm(ctx: MutationContext, alarmId: string): Promise<AlarmRecord> {
  const alarm = await loadAlarm(ctx.tx, alarmId);
  if (!alarm) raise('resource.not_found', 'args.alarmId', { entity: 'alarm' });
  return alarm;
}

export const alarmAcknowledge: MutationHandler<ArgsOf<'alarm.acknowledge'>> = {
  permission: 'alarms.console',
  async handle(ctx, args) {
    const alarm = await consoleAlarm(ctx, args.alarmId);
    if (!isInScope(ctx.actor, { communityId: alarm.community_id })) raise('auth.out_of_scope');
    await addAlarmEvent(ctx.tx, alarm, { kind: 'acknowledged', userId: ctx.user.id }, ctx.now, ctx.mutationId);
    return undefined;
  },
};

export const alarmResolve: MutationHandler<ArgsOf<'alarm.resolve'>> = {
  permission: ['alarms.console', 'alarms.respond'],
  async handle(ctx, args) {
    const alarm = await consoleAlarm(ctx, args.alarmId);
    const isConsole = can(ctx.actor, 'alarms.console') && isInScope(ctx.actor, { communityId: alarm.community_id });
    if (!isConsole && alarm.accepted_by !== ctx.user.id) raise('alarm.not_responder');
    const t = transitionAlarm(alarm.status, 'resolve');
    if (!t.ok) throw new ProblemError(t.problem);
    const [resolved] = await ctx.tx.query<AlarmRecord>(
      `update alarms set status = 'resolved', resolved_at = $2, outcome = $3, updated_at = $2, version = version + 1
        where id = $1 and status = $4 returning *`,
      [alarm.id, ctx.now, args.outcome, alarm.status],
    );
    if (!resolved) raise('alarm.closed');
    const expired = await ctx.tx.query<{ id: string; user_id: string }>(
      `update alarm_offers set status = 'expired', answered_at = $2 where alarm_id = $1 and status = 'offered'
        returning id, user_id`,
      [alarm.id, ctx.now],
    );
    for (const o of expired) await recordOfferChange(ctx.tx, o.id, o.user_id, alarm.community_id, ctx.mutationId);
    const callbackId = randomUUID();
    await ctx.tx.query(
      `insert into callbacks (id, alarm_id, due_at, status, note, created_at) values ($1, $2, $3, 'open', $4, $5)`,
      [callbackId, alarm.id, new Date(ctx.now.getTime() + FOLLOW_UP_HOURS * 3_600_000), args.note ?? '', ctx.now],
    );
    await addAlarmEvent(
      ctx.tx,
      alarm,
      { kind: 'resolved', userId: ctx.user.id, detail: { outcome: args.outcome, note: args.note ?? '', callbackId } },
      ctx.now,
      ctx.mutationId,
    );
    await recordAlarmChange(ctx.tx, resolved, ctx.mutationId);
    return undefined;
  },
};

export const residentIssueDeviceToken: MutationHandler<ArgsOf<'resident.issueDeviceToken'>> = {
  permission: ['registry.write', 'alarms.console'],
  async handle(ctx, args) {
    const [r] = await ctx.tx.query<{ community_id: string }>('select community_id from residents where id = $1', [
      args.residentId,
    ]);
    if (!r) raise('resource.not_found', 'args.residentId', { entity: 'resident' });
    if (!isInScope(ctx.actor, { communityId: r.community_id })) raise('auth.out_of_scope');
    const token = await issueDeviceToken(ctx.tx, args.residentId, ctx.user.id, ctx.now);
    await recordAudit(ctx.tx, ctx.audit, {
      action: 'resident.issueDeviceToken',
      entity: 'resident',
      entityId: args.residentId,
    });
    return { token };
  },
};
