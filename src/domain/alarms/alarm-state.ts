// Allowed changes of an alarm and of an offer (ALM-3, ALM-6), with a named refusal for each forbidden one.
// Pure: the server applies the answer with a conditional update; this must not know about rows or time.
import { problem } from '../common/problems';
import { fail, ok, type Result } from '../common/result';
import type { AlarmStatus, OfferStatus } from './alarm-kinds';

export type AlarmAction = 'accept' | 'en_route' | 'on_scene' | 'resolve' | 'cancel';
export type OfferAction = 'accept' | 'decline' | 'take' | 'expire';

const open: readonly AlarmStatus[] = ['raised', 'accepted', 'en_route', 'on_scene'];

function targetOf(action: AlarmAction): AlarmStatus {
  switch (action) {
    case 'accept':
      return 'accepted';
    case 'en_route':
      return 'en_route';
    case 'on_scene':
      return 'on_scene';
    case 'resolve':
      return 'resolved';
    case 'cancel':
      return 'cancelled';
    default: {
      const never: never = action;
      return never;
    }
  }
}

// From which statuses each action may start. en_route → en_route is a position update while moving; a false
// alarm or a test may be resolved before anyone accepted.
const allowedFrom: Record<AlarmAction, readonly AlarmStatus[]> = {
  accept: ['raised'],
  en_route: ['accepted', 'en_route'],
  on_scene: ['accepted', 'en_route'],
  resolve: open,
  cancel: open,
};

/** The alarm's next status, or why not: alarm.closed, alarm.taken, alarm.not_accepted, alarm.invalid_transition. */
export function transitionAlarm(from: AlarmStatus, action: AlarmAction): Result<AlarmStatus> {
  if (allowedFrom[action].includes(from)) return ok(targetOf(action));
  if (from === 'resolved' || from === 'cancelled') return fail(problem('alarm.closed'));
  if (action === 'accept') return fail(problem('alarm.taken', undefined, { name: '' }));
  if (from === 'raised') return fail(problem('alarm.not_accepted'));
  return fail(problem('alarm.invalid_transition', undefined, { from, action }));
}

const offerTargets: Record<OfferAction, OfferStatus> = {
  accept: 'accepted',
  decline: 'declined',
  take: 'taken',
  expire: 'expired',
};

/** An offer is answered once: only an open offer ('offered') may change. */
export function transitionOffer(from: OfferStatus, action: OfferAction): Result<OfferStatus> {
  if (from === 'offered') return ok(offerTargets[action]);
  return fail(problem('alarm.offer_closed', undefined, { status: from }));
}

export function isAlarmOpen(status: AlarmStatus): boolean {
  return open.includes(status);
}
