// resident.create and resident.update (REG-3): permission and the hand-over to the registry write path.
// Must not hold resident rules: app/registry/residents.ts decides (community, card number, contacts).
import type { ArgsOf } from '../../../protocol/sync';
import { createResident, updateResident } from '../registry/residents';
import type { MutationHandler } from './mutation-context';
import { registryWriterOf } from './registry-writer';

export const residentCreate: MutationHandler<ArgsOf<'resident.create'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const saved = await createResident(registryWriterOf(ctx), args);
    return { id: saved.id };
  },
};

export const residentUpdate: MutationHandler<ArgsOf<'resident.update'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const saved = await updateResident(registryWriterOf(ctx), args);
    return { id: saved.id, changed: saved.fields };
  },
};
