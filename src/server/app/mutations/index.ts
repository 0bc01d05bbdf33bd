// The mutation handlers by name: the one list of what a device may ask the server to do.
import type { MutationName } from '../../../protocol/sync';
import { dutySet } from './duty-set';
import type { MutationHandler } from './mutation-context';
import { orderAddNote } from './order-add-note';

export const mutationHandlers: { [N in MutationName]: MutationHandler<never> } = {
  'duty.set': dutySet as MutationHandler<never>,
  'order.addNote': orderAddNote as MutationHandler<never>,
};
