// What console staff may do to a technical alarm (ALM-9): the one rule both the server handler and the device's
// optimistic change follow. Pure: must not know about rows, stores, users or time.
import { problem } from '../common/problems';
import { fail, ok, type Result } from '../common/result';

export type TechnicalAlarmStatus = 'open' | 'acknowledged' | 'cleared';
export type TechnicalAlarmAction = 'acknowledge' | 'clear';

/**
 * The status after a console action. A cleared alarm is closed for good (refused with device.technical_alarm_closed);
 * acknowledging an acknowledged alarm answers its own status, which callers treat as "nothing to change".
 */
export function transitionTechnicalAlarm(
  status: TechnicalAlarmStatus,
  action: TechnicalAlarmAction,
): Result<TechnicalAlarmStatus> {
  if (status === 'cleared') return fail(problem('device.technical_alarm_closed'));
  return ok(action === 'acknowledge' ? 'acknowledged' : 'cleared');
}
