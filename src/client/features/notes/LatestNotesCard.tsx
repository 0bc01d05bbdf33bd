// "Latest notes" on the dispatcher's and supervisor's home: the 20 newest order notes on this device with their
// order number. Must read the local db only.
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Card } from '../../ui/Card';
import { formatTime } from '../sync/describe-change';

// Enough to see what the field just reported without turning the home into a log.
const shown = 20;

export function LatestNotesCard() {
  const { t, lang } = useI18n();
  const { db } = useSync();
  const rows = useLiveQuery(async () => {
    const notes = (await db.order_notes.toArray())
      .sort((a, b) => String(b.at).localeCompare(String(a.at)))
      .slice(0, shown);
    const orders = await db.orders.bulkGet(notes.map((n) => String(n.orderId)));
    return notes.map((n, i) => ({ note: n, no: orders[i]?.no ? String(orders[i]?.no) : '—' }));
  }, [db]);

  return (
    <Card title={t('notes.latest')} testId="latest-notes-card">
      {rows?.length ? (
        <ul className="latest-notes" data-testid="latest-notes">
          {rows.map(({ note, no }) => (
            <li key={note._id}>
              <span className="latest-notes__order">{t('notes.order', { no })}</span>{' '}
              <span className="latest-notes__time">{formatTime(String(note.at), lang)}</span>
              <p className="latest-notes__text">{String(note.text)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="latest-notes">{rows ? t('notes.none') : t('orders.loading')}</p>
      )}
    </Card>
  );
}
