// company.create and company.update (REG-1): permission and the hand-over to the registry write path.
// Must not hold company rules: app/registry/companies.ts and domain/registry decide.
import type { ArgsOf } from '../../../protocol/sync';
import { createCompany, updateCompany } from '../registry/companies';
import type { MutationHandler } from './mutation-context';
import { registryWriterOf } from './registry-writer';

export const companyCreate: MutationHandler<ArgsOf<'company.create'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const saved = await createCompany(registryWriterOf(ctx), args);
    return { id: saved.id };
  },
};

export const companyUpdate: MutationHandler<ArgsOf<'company.update'>> = {
  permission: 'registry.write',
  async handle(ctx, args) {
    const saved = await updateCompany(registryWriterOf(ctx), args);
    return { id: saved.id, changed: saved.fields };
  },
};
