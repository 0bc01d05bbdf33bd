// The words of an order's trail (ORD-3), for the dispatcher's screens and the phone alike: each event kind and reason
// code in the current language, unknown ones shown as they came. Must hold no state.
import { type OrderEventKind, orderEventKinds } from '../../../domain/orders/order-events';
import { orderActions } from '../../../domain/orders/order-lifecycle';
import { cannotCompleteReasons, returnReasons } from '../../../domain/orders/order-reasons';
import type { I18n } from '../../app/i18n/i18n-context';

const trailKinds = orderEventKinds;
type TrailKind = OrderEventKind;

export function eventWord(t: I18n['t'], kind: string): string {
  const k = trailKinds.find((x) => x === kind) as TrailKind | undefined;
  return k ? t(`ord.event.${k}`) : kind;
}

export function reasonWord(t: I18n['t'], code: string | null): string | null {
  if (code === null) return null;
  const ret = returnReasons.find((r) => r === code);
  if (ret) return t(`ord.returnReason.${ret}`);
  const cc = cannotCompleteReasons.find((r) => r === code);
  if (cc) return t(`ord.cannotReason.${cc}`);
  if (code === 'confirm_overdue' || code === 'service_overdue' || code === 'pending_due')
    return t(`ord.reason.${code}`);
  return code;
}

/** An order change by its mutation name, as a verb the user knows ("accept", "dispatch"). */
export function actionWord(t: I18n['t'], mutationName: string): string {
  const name = mutationName.replace(/^order\./, '');
  if (name === 'create') return t('ord.action.create');
  if (name === 'addNote') return t('orders.addNote');
  const a = orderActions.find((x) => x === name);
  return a ? t(`ord.action.${a}`) : mutationName;
}
