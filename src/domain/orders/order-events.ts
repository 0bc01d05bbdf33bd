// The kinds of step on an order's trail (ORD-3): one word per lifecycle action, plus intake and reminders. The
// server, the seed, the device's optimistic apply and the screens' labels all use this list. Must hold names only.
import type { OrderAction } from './order-lifecycle';

export const orderEventKinds = [
  'created',
  'dispatched',
  'recommended',
  'assigned',
  'accepted',
  'returned',
  'en_route',
  'arrived',
  'completed',
  'cannot_complete',
  'extension_requested',
  'extension_approved',
  'extension_refused',
  'verified',
  'called_back',
  'closed',
  'cancelled',
  'reminder', // 督办: a deadline passed (ORD-4)
] as const;
export type OrderEventKind = (typeof orderEventKinds)[number];

/** The trail step an action writes; an extension decision names its answer. */
export function eventKindOf(action: OrderAction, approved?: boolean): OrderEventKind {
  switch (action) {
    case 'dispatch':
      return 'dispatched';
    case 'recommend':
      return 'recommended';
    case 'assign':
      return 'assigned';
    case 'accept':
      return 'accepted';
    case 'return':
      return 'returned';
    case 'startTravel':
      return 'en_route';
    case 'arrive':
      return 'arrived';
    case 'complete':
      return 'completed';
    case 'cannotComplete':
      return 'cannot_complete';
    case 'requestExtension':
      return 'extension_requested';
    case 'decideExtension':
      return approved === false ? 'extension_refused' : 'extension_approved';
    case 'verify':
      return 'verified';
    case 'callBack':
      return 'called_back';
    case 'close':
      return 'closed';
    case 'cancel':
      return 'cancelled';
    default: {
      const never: never = action;
      return never;
    }
  }
}
