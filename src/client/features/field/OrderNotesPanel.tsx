// The order's notes on the phone (FLD-1): the list (newest last, local ones marked) and the add form, which works
// offline through order.addNote. Must not write anything but through useSync().mutate.
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { formatTime } from '../sync/describe-change';

export function OrderNotesPanel({ order }: { order: LocalRow }) {
  const { t, lang } = useI18n();
  const { db, mutate } = useSync();
  const id = String(order._id);
  const notes = useLiveQuery(
    async () =>
      (await db.order_notes.where('orderId').equals(id).toArray()).sort((a, b) =>
        String(a.at).localeCompare(String(b.at)),
      ),
    [db, id],
  );
  const [text, setText] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    await mutate('order.addNote', { orderId: id, text: trimmed }, { orderNo: String(order.no) });
    setText('');
  }

  return (
    <div className="work-notes">
      {notes?.length ? (
        <ul className="work-notes__list" data-testid="work-notes">
          {notes.map((n) => (
            <li key={n._id}>
              <span className="work-muted">{formatTime(String(n.at), lang)}</span> {String(n.text)}
              {n._mutationId ? <em className="work-pending-text"> · {t('orders.waiting')}</em> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="work-muted">{t('orders.noNotes')}</p>
      )}
      <form className="work-notes__form" onSubmit={add}>
        <label className="visually-hidden" htmlFor="work-note-input">
          {t('orders.noteLabel', { no: String(order.no) })}
        </label>
        <input
          id="work-note-input"
          className="work-input"
          value={text}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('work.notePlaceholder')}
          data-testid="work-note-input"
        />
        <Button type="submit" variant="secondary" disabled={!text.trim()} data-testid="work-note-add">
          {t('orders.addNote')}
        </Button>
      </form>
    </div>
  );
}
