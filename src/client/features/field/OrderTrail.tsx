// The order's trail on the phone (ORD-3): each step from db.order_events, oldest first, with who, when, why, and
// "waiting to sync" on steps made on this device. Must only read.
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { eventWord } from '../orders/trail-words';
import { formatTime } from '../sync/describe-change';

export function OrderTrail({ orderId }: { orderId: string }) {
  const { t, lang } = useI18n();
  const { db } = useSync();
  const events = useLiveQuery(
    async () =>
      (await db.order_events.where('orderId').equals(orderId).toArray()).sort((a, b) =>
        String(a.at).localeCompare(String(b.at)),
      ),
    [db, orderId],
  );
  if (!events?.length) return <p className="work-muted">{t('work.trail.none')}</p>;
  return (
    <ol className="work-trail" data-testid="work-trail">
      {events.map((e) => {
        const kind = String(e.kind);
        const label = eventWord(t, kind);
        return (
          <li key={e._id} className="work-trail__step" data-kind={kind}>
            <span className="work-trail__time">{formatTime(String(e.deviceAt ?? e.at), lang)}</span>{' '}
            <strong>{label}</strong>
            {e.userName ? ` · ${String(e.userName)}` : ''}
            {e.reason ? <span className="work-trail__why"> — {String(e.reason)}</span> : null}
            {e.lat != null ? <span className="work-trail__where"> · {t('work.trail.located')}</span> : null}
            {e._mutationId ? <em className="work-pending-text"> · {t('orders.waiting')}</em> : null}
          </li>
        );
      })}
    </ol>
  );
}
