// One of the worker's orders (FLD-2): number, type, status, address, its notes (newest last, optimistic ones
// marked "waiting to sync") and the add-note form. Must not write anything but through useSync().mutate.
import { type FormEvent, useState } from 'react';
import type { LocalRow } from '../../../local/local-db';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { formatTime } from '../sync/describe-change';

type TypeKey = Extract<MessageKey, `orders.type.${string}`>;
type StatusKey = Extract<MessageKey, `orders.status.${string}`>;

export function OrderItem({ order, notes }: { order: LocalRow; notes: LocalRow[] }) {
  const { t, lang } = useI18n();
  const { mutate } = useSync();
  const [text, setText] = useState('');
  const id = String(order.id);
  const no = String(order.no);

  async function addNote(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    await mutate('order.addNote', { orderId: id, text: trimmed }, { orderNo: no });
    setText('');
  }

  return (
    <li className="order-item" data-testid={`order-${id}`}>
      <p className="order-item__head">
        <strong>{no}</strong> <span>{t(`orders.type.${String(order.type)}` as TypeKey)}</span>{' '}
        <span className="order-item__status">{t(`orders.status.${String(order.status)}` as StatusKey)}</span>
      </p>
      <p className="order-item__address">{String(order.address)}</p>
      {notes.length ? (
        <ul className="order-item__notes" data-testid={`notes-${id}`}>
          {notes.map((n) => (
            <li key={n._id} data-pending={n._mutationId ? 'true' : undefined}>
              <span className="order-item__note-time">{formatTime(String(n.at), lang)}</span> {String(n.text)}
              {n._mutationId ? <em className="order-item__waiting"> · {t('orders.waiting')}</em> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="order-item__no-notes">{t('orders.noNotes')}</p>
      )}
      <form className="order-item__form" onSubmit={addNote}>
        <label className="visually-hidden" htmlFor={`note-${id}`}>
          {t('orders.noteLabel', { no })}
        </label>
        <input
          id={`note-${id}`}
          className="order-item__input"
          value={text}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('orders.noteLabel', { no })}
          data-testid={`note-input-${id}`}
        />
        <Button type="submit" variant="secondary" disabled={!text.trim()} data-testid={`note-add-${id}`}>
          {t('orders.addNote')}
        </Button>
      </form>
    </li>
  );
}
