// duty.set (FLD-3): go on or off duty, sharing a position while on duty.
import { applyDutyChange } from '../../../domain/field/duty';
import type { ArgsOf } from '../../../protocol/sync';
import { recordChange } from '../../sync/change-log';
import { recordAudit } from '../audit';
import type { MutationHandler } from './mutation-context';

export const dutySet: MutationHandler<ArgsOf<'duty.set'>> = {
  permission: 'duty.set',
  async handle(ctx, args) {
    const state = applyDutyChange(args, ctx.now.toISOString());
    const p = state.position;
    await ctx.tx.query(
      `update users set on_duty = $2, duty_lat = $3, duty_lng = $4, duty_accuracy_m = $5, duty_at = $6,
              updated_at = $6 where id = $1`,
      [ctx.user.id, state.onDuty, p?.lat ?? null, p?.lng ?? null, p?.accuracy ?? null, ctx.now],
    );
    if (ctx.user.volunteerId) {
      const [v] = await ctx.tx.query<{ community_id: string | null; company_id: string | null }>(
        `update volunteers set on_duty = $2, duty_lat = $3, duty_lng = $4, duty_accuracy_m = $5, duty_at = $6,
                updated_at = $6 where id = $1 returning community_id, company_id`,
        [ctx.user.volunteerId, state.onDuty, p?.lat ?? null, p?.lng ?? null, p?.accuracy ?? null, ctx.now],
      );
      if (v) {
        await recordChange(ctx.tx, {
          tbl: 'volunteers',
          rowId: ctx.user.volunteerId,
          op: 'put',
          communityId: v.community_id,
          companyId: v.company_id,
          userIds: [ctx.user.id],
          mutationId: ctx.mutationId,
        });
      }
    }
    await recordAudit(ctx.tx, ctx.audit, {
      action: 'duty.set',
      entity: 'user',
      entityId: ctx.user.id,
      detail: { onDuty: state.onDuty, hasPosition: p !== null, deviceAt: ctx.deviceAt },
    });
    return undefined;
  },
};
