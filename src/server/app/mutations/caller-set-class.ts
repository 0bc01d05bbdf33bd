// caller.setClass (REG-4): class a caller's number (elderly, VIP, important, blacklisted); the phone is normalised
// by the protocol schema. Must not hold the rule itself: app/registry/callers.ts writes.
import type { ArgsOf } from '../../../protocol/sync';
import { setCallerClass } from '../registry/callers';
import type { MutationHandler } from './mutation-context';
import { registryWriterOf } from './registry-writer';

export const callerSetClass: MutationHandler<ArgsOf<'caller.setClass'>> = {
  permission: 'callers.classify',
  async handle(ctx, args) {
    const saved = await setCallerClass(registryWriterOf(ctx), args);
    return { phone: saved.id, changed: saved.fields };
  },
};
