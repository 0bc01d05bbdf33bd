// A number's case history (REG-4, ORD-1): the device's orders from that number, newest first, with type and status.
// Must only read; opening a case belongs to the orders feature.
import { useLiveQuery } from 'dexie-react-hooks';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { formatTime } from '../sync/describe-change';
import { historyOf } from './callers';

type TypeKey = Extract<MessageKey, `orders.type.${string}`>;
type StatusKey = Extract<MessageKey, `orders.status.${string}`>;

export function CallerHistory({ phone }: { phone: string }) {
  const { t, lang } = useI18n();
  const { db } = useSync();
  const orders = useLiveQuery(
    async () => historyOf(await db.orders.filter((o) => o.callerPhone === phone).toArray(), phone),
    [db, phone],
  );
  if (!orders) return null;
  return (
    <section className="caller-history" data-testid="caller-history">
      <h2 className="reg-section__title">{t('callers.history', { count: orders.length })}</h2>
      {orders.length === 0 ? (
        <p className="reg-muted">{t('callers.noHistory')}</p>
      ) : (
        <ol className="caller-history__list">
          {orders.slice(0, 50).map((o) => (
            <li key={o._id} className="caller-history__item">
              <p>
                <strong>{String(o.no)}</strong> <span>{t(`orders.type.${String(o.type)}` as TypeKey)}</span>{' '}
                <span className={`caller-history__status caller-history__status--${String(o.status)}`}>
                  {t(`orders.status.${String(o.status)}` as StatusKey)}
                </span>
              </p>
              <p className="reg-muted">
                {formatTime(String(o.createdAt), lang)} · {String(o.description ?? '').slice(0, 80)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
