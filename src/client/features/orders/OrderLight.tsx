// The deadline light of an order (ORD-4): a coloured dot with its word, so it reads without colour too. Used on every
// order list and detail, dispatcher's and phone's alike. Must not decide the light: domain/orders/order-deadlines does.
import { type LightFacts, orderLight } from '../../../domain/orders/order-deadlines';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import './order-light.css';

/** The light facts of a local order row. */
export function lightFactsOf(row: LocalRow): LightFacts {
  const s = (k: string) => (row[k] == null ? null : String(row[k]));
  return {
    status: row.status as LightFacts['status'],
    type: row.type as LightFacts['type'],
    createdAt: String(row.createdAt),
    dispatchedAt: s('dispatchedAt'),
    confirmDueAt: s('confirmDueAt'),
    serviceDueAt: s('serviceDueAt'),
    acceptedAt: s('acceptedAt'),
    completedAt: s('completedAt'),
    reminderAt: s('reminderAt'),
  };
}

export function lightOfRow(row: LocalRow, now: number): ReturnType<typeof orderLight> {
  return orderLight(lightFactsOf(row), new Date(now));
}

export function OrderLight({ order, now }: { order: LocalRow; now: number }) {
  const { t } = useI18n();
  const light = lightOfRow(order, now);
  return (
    <span className={`order-light order-light--${light}`} data-light={light} data-testid={`light-${String(order.id)}`}>
      <span className="order-light__dot" aria-hidden="true" />
      {t(`orders.light.${light}`)}
    </span>
  );
}
