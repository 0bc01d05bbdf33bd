// volunteer.create and volunteer.update (REG-2): permission and the hand-over to the registry write path.
// Must not hold volunteer rules: app/registry/volunteers.ts decides.
import type { ArgsOf } from '../../../protocol/sync';
import { createVolunteer, updateVolunteer } from '../registry/volunteers';
import type { MutationHandler } from './mutation-context';
import { registryWriterOf } from './registry-writer';

export const volunteerCreate: MutationHandler<ArgsOf<'volunteer.create'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const saved = await createVolunteer(registryWriterOf(ctx), args);
    return { id: saved.id };
  },
};

export const volunteerUpdate: MutationHandler<ArgsOf<'volunteer.update'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const saved = await updateVolunteer(registryWriterOf(ctx), args);
    return { id: saved.id, changed: saved.fields };
  },
};
