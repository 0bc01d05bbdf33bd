// alarm.raise (ALM-1): a dispatcher names the resident; a resident's device token implies its own. Value: { id }.
// Must not pick responders or schedule anything itself: raiseAlarm does, for every source alike.
import type { ArgsOf } from '../../../protocol/sync';
import { raise } from '../../http/problem-error';
import { raiseAlarm } from '../alarms/raise';
import { recordAudit } from '../audit';
import type { MutationHandler } from './mutation-context';

export const alarmRaise: MutationHandler<ArgsOf<'alarm.raise'>> = {
  permission: 'alarms.raise',
  async handle(ctx, args) {
    if (ctx.device && args.residentId && args.residentId !== ctx.device.residentId) raise('auth.forbidden');
    const residentId = ctx.device?.residentId ?? args.residentId;
    if (!residentId) raise('field.required', 'args.residentId');
    const outcome = await raiseAlarm(
      ctx.tx,
      {
        residentId,
        source: ctx.device ? 'resident_page' : 'dispatcher',
        raisedBy: ctx.device ? null : ctx.user.id,
        ...(args.id ? { id: args.id } : {}),
        ...(args.note ? { note: args.note } : {}),
      },
      ctx.now,
      ctx.alarmTimers,
      ctx.mutationId,
    );
    await recordAudit(ctx.tx, ctx.audit, {
      action: 'alarm.raise',
      entity: 'alarm',
      entityId: outcome.alarmId,
      detail: { residentId, created: outcome.created, offered: outcome.offeredUserIds.length },
    });
    return { id: outcome.alarmId };
  },
};
