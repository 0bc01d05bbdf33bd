// The order contract (ORD-1..5, FLD-1, ARCHITECTURE §7): the arguments of every order.* mutation. Must hold shapes
// only; which action may happen when, and by whom, is src/domain/orders/order-lifecycle.ts.
import { z } from 'zod';
import { orderTypes } from '../domain/orders/order-kinds';
import { cannotCompleteReasons, returnReasons } from '../domain/orders/order-reasons';
import { isValidPhone } from '../domain/registry/phone';

const ref = z.string().trim().min(1).max(64);
const orderId = ref;
const text = (max: number) => z.string().trim().max(max);
const position = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000),
});

export const orderMutationArgs = {
  /**
   * ORD-1 intake. Value: { id, no }. `closeNow` closes an inquiry (or a case the agent settled on the call) at once
   * with `outcome`; a pending case (待办) needs `reminderAt`.
   */
  'order.create': z
    .object({
      id: z.uuid().optional(),
      type: z.enum(orderTypes),
      callerPhone: z.string().trim().min(3).max(32),
      callerName: text(64).optional(),
      residentId: ref.optional(),
      categoryId: ref.optional(),
      description: z.string().trim().min(1).max(4000),
      address: text(300).optional(),
      lat: z.number().min(-90).max(90).optional(),
      lng: z.number().min(-180).max(180).optional(),
      communityId: ref.optional(),
      isContractCustomer: z.boolean().optional(),
      reminderAt: z.iso.datetime({ offset: true }).optional(),
      closeNow: z.boolean().optional(),
      outcome: text(2000).optional(),
    })
    .refine((a) => (a.lat === undefined) === (a.lng === undefined), { path: ['lng'], message: 'lat and lng together' })
    .refine((a) => a.type !== 'pending' || a.reminderAt !== undefined, { path: ['reminderAt'], message: 'required' })
    .refine((a) => !a.closeNow || a.type === 'inquiry' || (a.outcome ?? '').length > 0, {
      path: ['outcome'],
      message: 'required',
    })
    .refine((a) => isValidPhone(a.callerPhone), { path: ['callerPhone'], message: 'not a phone number' }),
  /** ORD-2 dispatch to one company or one field worker; also redispatch after a return, and reassign. */
  'order.dispatch': z
    .object({ orderId, companyId: ref.optional(), userId: ref.optional(), note: text(500).optional() })
    .refine((a) => (a.companyId === undefined) !== (a.userId === undefined), {
      path: ['companyId'],
      message: 'give exactly one of companyId and userId',
    }),
  /** ORD-2 recommend: the vendors given to the caller, in the order given. */
  'order.recommend': z.object({ orderId, companyIds: z.array(ref).min(1).max(5), note: text(500).optional() }),
  /** A vendor manager hands the company's order to one of its technicians. */
  'order.assign': z.object({ orderId, userId: ref }),
  'order.accept': z.object({ orderId, position: position.optional() }),
  /** ORD-5: a fixed reason, and words when the reason is "other". */
  'order.return': z
    .object({ orderId, reason: z.enum(returnReasons), text: text(500).optional() })
    .refine((a) => a.reason !== 'other' || (a.text ?? '').length > 0, { path: ['text'], message: 'required' }),
  'order.startTravel': z.object({ orderId, position: position.optional() }),
  /** FLD-1: the position is evidence when there is one; arrival is never blocked by GPS or network. */
  'order.arrive': z.object({ orderId, position: position.optional() }),
  'order.complete': z.object({
    orderId,
    outcome: z.string().trim().min(1).max(2000),
    position: position.optional(),
  }),
  'order.cannotComplete': z
    .object({
      orderId,
      reason: z.enum(cannotCompleteReasons),
      text: text(500).optional(),
      position: position.optional(),
    })
    .refine((a) => a.reason !== 'other' || (a.text ?? '').length > 0, { path: ['text'], message: 'required' }),
  'order.requestExtension': z.object({
    orderId,
    hours: z.number().int().min(1).max(168),
    reason: z.string().trim().min(1).max(500),
  }),
  'order.decideExtension': z.object({ orderId, approve: z.boolean(), note: text(500).optional() }),
  'order.verify': z.object({ orderId, note: text(500).optional() }),
  'order.callBack': z.object({ orderId, note: text(1000).optional() }),
  'order.close': z.object({ orderId, outcome: z.string().trim().min(1).max(2000) }),
  'order.cancel': z.object({ orderId, reason: z.string().trim().min(1).max(500) }),
} as const;
