// device.register, device.update, device.classifyCode (ALM-9, registry.write) and technicalAlarm.acknowledge / clear
// (alarms.console). Must not talk to the DC-09 receiver: it reads devices from the store (a change is live within seconds).
import { isInScope } from '../../../domain/access/scope';
import { deviceProfiles } from '../../../domain/devices/device-events';
import { type TechnicalAlarmAction, transitionTechnicalAlarm } from '../../../domain/devices/technical-alarm-state';
import { deviceKeyToHex } from '../../../domain/registry/device-key';
import type { ArgsOf } from '../../../protocol/sync';
import { clearTechnicalAlarm, loadTechnicalAlarm, setTechnicalAlarmStatus } from '../../gateways/dc09/technical-alarms';
import { raise } from '../../http/problem-error';
import { recordAudit } from '../audit';
import { type DeviceValues, saveDevice } from '../registry/devices';
import type { MutationContext, MutationHandler } from './mutation-context';
import { registryWriterOf } from './registry-writer';

type DeviceArgs = ArgsOf<'device.update'>;

/** The stored values of the given fields: the key as hex (an empty key removes it), its format, label, active. */
function deviceValuesOf(args: DeviceArgs): DeviceValues {
  const { key, keyFormat, ...rest } = args;
  const values: Record<string, unknown> = { ...rest };
  if (key !== undefined) {
    if (key === '') {
      values.keyHex = null;
    } else {
      const format = keyFormat ?? 'ascii';
      const hex = deviceKeyToHex(key, format);
      if (!hex.ok) raise('field.invalid', 'args.key', { detail: hex.reason });
      values.keyHex = hex.hex;
      values.keyFormat = format;
    }
  }
  return values as DeviceValues;
}

/** A bound resident must exist and be in the actor's scope. */
async function checkResident(ctx: MutationContext, residentId: string | null | undefined): Promise<void> {
  if (!residentId) return;
  const [r] = await ctx.tx.query<{ community_id: string }>('select community_id from residents where id = $1', [
    residentId,
  ]);
  if (!r) raise('device.resident_unknown', 'args.residentId', { id: residentId });
  if (!isInScope(ctx.actor, { communityId: r.community_id })) raise('auth.out_of_scope');
}

export const deviceRegister: MutationHandler<ArgsOf<'device.register'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const [exists] = await ctx.tx.query('select 1 from devices where account = $1', [args.account]);
    if (exists) raise('record.exists', 'args.account', { entity: 'device', id: args.account });
    await checkResident(ctx, args.residentId);
    const saved = await saveDevice(registryWriterOf(ctx), deviceValuesOf(args));
    return { id: saved.id };
  },
};

export const deviceUpdate: MutationHandler<ArgsOf<'device.update'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const [exists] = await ctx.tx.query('select 1 from devices where account = $1', [args.account]);
    if (!exists) raise('resource.not_found', 'args.account', { entity: 'device' });
    await checkResident(ctx, args.residentId);
    const saved = await saveDevice(registryWriterOf(ctx), deviceValuesOf(args));
    return { id: saved.id, changed: saved.fields };
  },
};

/** The alarm in the actor's scope and the status the action leads to (the domain rule); raises its refusal. */
async function consoleTechnicalAlarm(ctx: MutationContext, id: string, action: TechnicalAlarmAction) {
  const alarm = await loadTechnicalAlarm(ctx.tx, id);
  if (!alarm) raise('resource.not_found', 'args.id', { entity: 'technicalAlarm' });
  // Unbound devices (an unregistered unit) have no community: only city-wide consoles handle them.
  if (!isInScope(ctx.actor, { communityId: alarm.community_id })) raise('auth.out_of_scope');
  const next = transitionTechnicalAlarm(alarm.status, action);
  if (!next.ok) raise(next.problem.code, next.problem.field, next.problem.params);
  return { alarm, next: next.value };
}

export const technicalAlarmAcknowledge: MutationHandler<ArgsOf<'technicalAlarm.acknowledge'>> = {
  permission: 'alarms.console',
  async handle(ctx, args) {
    const { alarm, next } = await consoleTechnicalAlarm(ctx, args.id, 'acknowledge');
    if (next === alarm.status) return undefined;
    await setTechnicalAlarmStatus(
      ctx.tx,
      args.id,
      { to: 'acknowledged', userId: ctx.user.id },
      ctx.now,
      ctx.mutationId,
    );
    await recordAudit(ctx.tx, ctx.audit, {
      action: 'technicalAlarm.acknowledge',
      entity: 'technical_alarm',
      entityId: args.id,
      detail: { kind: alarm.kind, device: alarm.device_account },
    });
    return undefined;
  },
};

export const technicalAlarmClear: MutationHandler<ArgsOf<'technicalAlarm.clear'>> = {
  permission: 'alarms.console',
  async handle(ctx, args) {
    const { alarm } = await consoleTechnicalAlarm(ctx, args.id, 'clear');
    const change = { to: 'cleared' as const, userId: ctx.user.id, note: args.note ?? '' };
    await setTechnicalAlarmStatus(ctx.tx, args.id, change, ctx.now, ctx.mutationId);
    await recordAudit(ctx.tx, ctx.audit, {
      action: 'technicalAlarm.clear',
      entity: 'technical_alarm',
      entityId: args.id,
      detail: { kind: alarm.kind, device: alarm.device_account, note: args.note ?? '' },
    });
    return undefined;
  },
};

/**
 * Staff classify a code the profile does not know: stored per profile (the receiver uses it from the next frame on),
 * and the open unknown_code alarms of that profile's devices about this very code are cleared.
 */
export const deviceClassifyCode: MutationHandler<ArgsOf<'device.classifyCode'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const code = args.code.toUpperCase();
    if (!deviceProfiles[args.profile]) {
      const [used] = await ctx.tx.query('select 1 from devices where profile = $1 limit 1', [args.profile]);
      if (!used) raise('field.invalid', 'args.profile', { detail: 'unknown profile' });
    }
    await ctx.tx.query(
      `insert into device_code_meanings (profile, format, code, meaning, set_by, set_at)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (profile, format, code) do update set meaning = excluded.meaning, set_by = excluded.set_by,
                                                        set_at = excluded.set_at`,
      [args.profile, args.format, code, args.meaning, ctx.user.id, ctx.now],
    );
    const open = await ctx.tx.query<{ device_account: string }>(
      `select t.device_account from technical_alarms t join devices d on d.account = t.device_account
        where t.kind = 'unknown_code' and t.status <> 'cleared' and d.profile = $1
          and t.detail->>'format' = $2 and upper(t.detail->>'code') = $3`,
      [args.profile, args.format, code],
    );
    const cleared: string[] = [];
    for (const { device_account } of open) {
      const detail = { clearedBy: ctx.user.id, classifiedAs: args.meaning };
      if (await clearTechnicalAlarm(ctx.tx, 'unknown_code', device_account, ctx.now, detail))
        cleared.push(device_account);
    }
    await recordAudit(ctx.tx, ctx.audit, {
      action: 'device.classifyCode',
      entity: 'device_code_meaning',
      entityId: `${args.profile}:${args.format}:${code}`,
      detail: { profile: args.profile, format: args.format, code, meaning: args.meaning, cleared },
    });
    return { cleared: cleared.length };
  },
};
