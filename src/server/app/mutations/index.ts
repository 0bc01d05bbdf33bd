// The mutation handlers by name: the one list of what a device may ask the server to do.
import type { MutationName } from '../../../protocol/sync';
import { callerSetClass } from './caller-set-class';
import { companyCreate, companyUpdate } from './company-mutations';
import { dutySet } from './duty-set';
import type { MutationHandler } from './mutation-context';
import { orderAddNote } from './order-add-note';
import { residentCreate, residentUpdate } from './resident-mutations';
import { volunteerCreate, volunteerUpdate } from './volunteer-mutations';

export const mutationHandlers: { [N in MutationName]: MutationHandler<never> } = {
  'duty.set': dutySet as MutationHandler<never>,
  'order.addNote': orderAddNote as MutationHandler<never>,
  'company.create': companyCreate as MutationHandler<never>,
  'company.update': companyUpdate as MutationHandler<never>,
  'volunteer.create': volunteerCreate as MutationHandler<never>,
  'volunteer.update': volunteerUpdate as MutationHandler<never>,
  'resident.create': residentCreate as MutationHandler<never>,
  'resident.update': residentUpdate as MutationHandler<never>,
  'caller.setClass': callerSetClass as MutationHandler<never>,
};
