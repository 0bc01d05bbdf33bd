// An order's trail (ORD-3): every step with who, when (and the device's time when it differs), where and why, merged
// with the notes, newest last, and the box to add a note. Must only add notes (order.addNote); steps come by pull.
import { useState } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { formatTime } from '../sync/describe-change';
import { distanceWord } from './order-words';
import type { TrailItem } from './trail-model';
import { eventWord, reasonWord } from './trail-words';

function When({ item }: { item: TrailItem }) {
  const { t, lang } = useI18n();
  return (
    <span className="ord-trail__when">
      <time dateTime={item.at}>{formatTime(item.at, lang)}</time>
      {item.deviceAt ? (
        <span className="ord-muted"> ({t('ord.trail.deviceTime', { time: formatTime(item.deviceAt, lang) })})</span>
      ) : null}
    </span>
  );
}

function Step({ item }: { item: TrailItem }) {
  const { t } = useI18n();
  if (item.type === 'note') {
    return (
      <li className="ord-trail__item ord-trail__item--note" data-testid={`trail-${item.id}`} data-kind="note">
        <span className="ord-trail__what">{t('ord.trail.note')}</span>
        <When item={item} />
        <span className="ord-trail__who">{item.who}</span>
        <p className="ord-trail__text">{item.text}</p>
        {item.pending ? <span className="ord-pending">{t('orders.waiting')}</span> : null}
      </li>
    );
  }
  const why = [reasonWord(t, item.reasonCode), item.reason].filter((x) => x && x !== item.reasonCode).join(' — ');
  return (
    <li
      className={`ord-trail__item ord-trail__item--${item.kind}`}
      data-testid={`trail-${item.id}`}
      data-kind={item.kind}
    >
      <span className="ord-trail__what">{eventWord(t, item.kind)}</span>
      <When item={item} />
      <span className="ord-trail__who">{item.who || t('ord.trail.system')}</span>
      {item.distanceM !== null ? (
        <span className="ord-trail__where">{t('ord.trail.distance', { d: distanceWord(t, item.distanceM) })}</span>
      ) : null}
      {why ? <p className="ord-trail__text">{why}</p> : null}
    </li>
  );
}

export function OrderTrail({ orderId, orderNo, items }: { orderId: string; orderNo: string; items: TrailItem[] }) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const [text, setText] = useState('');
  async function addNote(event: React.FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    await mutate('order.addNote', { orderId, text: text.trim() }, { orderNo });
    setText('');
  }
  return (
    <section className="ord-card" aria-labelledby="ord-trail-title">
      <h2 id="ord-trail-title" className="ord-section-title">
        {t('ord.trail.title')}
      </h2>
      {items.length === 0 ? <p className="ord-muted">{t('ord.trail.empty')}</p> : null}
      <ol className="ord-trail" data-testid="order-trail">
        {items.map((it) => (
          <Step key={`${it.type}-${it.id}`} item={it} />
        ))}
      </ol>
      <form className="ord-note-form" onSubmit={addNote}>
        <label className="field__label" htmlFor="ord-note">
          {t('orders.noteLabel', { no: orderNo })}
        </label>
        <textarea
          id="ord-note"
          className="ord-textarea"
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="order-note-text"
        />
        <Button type="submit" variant="secondary" disabled={text.trim() === ''} data-testid="order-note-add">
          {t('orders.addNote')}
        </Button>
      </form>
    </section>
  );
}
