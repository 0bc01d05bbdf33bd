// The one-touch page's state machine (ALM-1): idle → confirming → sending (retrying while offline) → tracking the
// alarm, and the plain sentence each state shows. Pure: no fetch, no storage, no React.
import type { ResidentAlarmStatus } from '../../protocol/alarms';

export type ResidentAlarm = NonNullable<ResidentAlarmStatus['alarm']>;

export type ResidentState =
  | { type: 'idle' }
  | { type: 'confirming' }
  | { type: 'sending'; retrying: boolean }
  | { type: 'tracking'; alarm: ResidentAlarm | null }
  | { type: 'refused'; message: string }
  | { type: 'bad_token' };

export type ResidentEvent =
  | { type: 'press' }
  | { type: 'cancel' }
  | { type: 'confirm' }
  | { type: 'push_failed' }
  | { type: 'push_applied' }
  | { type: 'push_refused'; message: string }
  | { type: 'token_refused' }
  | { type: 'status'; alarm: ResidentAlarm | null };

export function nextResidentState(state: ResidentState, event: ResidentEvent): ResidentState {
  switch (event.type) {
    case 'press':
      // A new press is only possible where the big button shows.
      return state.type === 'idle' || isFinished(state) ? { type: 'confirming' } : state;
    case 'cancel':
      return state.type === 'confirming' ? { type: 'idle' } : state;
    case 'confirm':
      return state.type === 'confirming' ? { type: 'sending', retrying: false } : state;
    case 'push_failed':
      return state.type === 'sending' ? { type: 'sending', retrying: true } : state;
    case 'push_applied':
      return state.type === 'sending' ? { type: 'tracking', alarm: null } : state;
    case 'push_refused':
      return { type: 'refused', message: event.message };
    case 'token_refused':
      return { type: 'bad_token' };
    case 'status':
      return statusArrived(state, event.alarm);
    default: {
      const never: never = event;
      return never;
    }
  }
}

function statusArrived(state: ResidentState, alarm: ResidentAlarm | null): ResidentState {
  if (state.type === 'tracking') return { type: 'tracking', alarm: alarm ?? state.alarm };
  // On opening the page (or after a refusal such as "already raised"), an alarm still open on the server is shown
  // at once: a reload must not hide help coming.
  if (
    (state.type === 'idle' || state.type === 'refused') &&
    alarm &&
    alarm.status !== 'resolved' &&
    alarm.status !== 'cancelled'
  ) {
    return { type: 'tracking', alarm };
  }
  return state;
}

/** True once the tracked alarm has ended: the big button shows again under the result. */
export function isFinished(state: ResidentState): boolean {
  return (
    state.type === 'tracking' &&
    state.alarm !== null &&
    (state.alarm.status === 'resolved' || state.alarm.status === 'cancelled')
  );
}

export type ResidentLine =
  | { key: 'resident.page.sending' }
  | { key: 'resident.page.retrying' }
  | { key: 'resident.page.sent' }
  | { key: 'resident.page.waiting' }
  | { key: 'resident.page.coming'; name: string; phone: string }
  | { key: 'resident.page.onScene'; name: string; phone: string }
  | { key: 'resident.page.resolved' };

/** The sentence under the button for a state that has one (idle, confirming and refusals show their own screens). */
export function residentLineOf(state: ResidentState): ResidentLine | null {
  if (state.type === 'sending') return { key: state.retrying ? 'resident.page.retrying' : 'resident.page.sending' };
  if (state.type !== 'tracking') return null;
  const alarm = state.alarm;
  if (!alarm) return { key: 'resident.page.sent' };
  const responder = alarm.responder;
  switch (alarm.status) {
    case 'raised':
      return { key: 'resident.page.waiting' };
    case 'accepted':
    case 'en_route':
      return responder ? { key: 'resident.page.coming', ...responder } : { key: 'resident.page.waiting' };
    case 'on_scene':
      return responder ? { key: 'resident.page.onScene', ...responder } : { key: 'resident.page.waiting' };
    case 'resolved':
    case 'cancelled':
      return { key: 'resident.page.resolved' };
    default: {
      const never: never = alarm.status;
      return never;
    }
  }
}
