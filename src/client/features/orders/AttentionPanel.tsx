// "Needs attention" for supervisors (ORD-4): overdue orders, extension requests with approve / refuse, and the
// reminders (督办) of the last day. Must only decide extensions through the order.decideExtension mutation.
import { Link } from 'wouter';
import { formatDeadline } from '../../../domain/orders/order-deadlines';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { formatTime } from '../sync/describe-change';
import { attentionOf, type BoardItem } from './board-model';
import { OrderLight } from './OrderLight';
import { orderPath } from './orders-path';
import type { BoardData } from './useBoardData';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const holderName = (item: BoardItem) => str(item.row.companyName) || str(item.row.assigneeName) || '—';

function OrderRef({ item, now }: { item: BoardItem; now: number }) {
  return (
    <>
      <OrderLight order={item.row} now={now} />{' '}
      <Link href={orderPath(item.id)} className="ord-no">
        {str(item.row.no)}
      </Link>
    </>
  );
}

function ExtensionItem({ item, now }: { item: BoardItem; now: number }) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const decide = (approve: boolean) =>
    mutate('order.decideExtension', { orderId: item.id, approve }, { orderNo: str(item.row.no) });
  return (
    <li className="ord-attn__item" data-testid={`attn-extension-${item.id}`}>
      <OrderRef item={item} now={now} />
      <span>
        {typeof item.row.extensionHours === 'number' && item.row.extensionHours > 0
          ? t('ord.attn.extensionAsk', { hours: item.row.extensionHours, who: holderName(item) })
          : t('ord.attn.extensionAskNoHours', { who: holderName(item) })}
        {str(item.row.extensionReason) ? ` — ${str(item.row.extensionReason)}` : ''}
      </span>
      <span className="ord-attn__actions">
        <Button onClick={() => decide(true)} data-testid={`extension-approve-${item.id}`}>
          {t('ord.attn.approve')}
        </Button>
        <Button variant="secondary" onClick={() => decide(false)} data-testid={`extension-refuse-${item.id}`}>
          {t('ord.attn.refuse')}
        </Button>
      </span>
    </li>
  );
}

export function AttentionPanel({ data, now }: { data: BoardData; now: number }) {
  const { t, lang } = useI18n();
  const attn = attentionOf(data.items, data.events, now);
  const nothing = attn.overdue.length + attn.extensions.length + attn.reminders.length === 0;
  return (
    <section className="ord-attn" aria-labelledby="ord-attn-title" data-testid="orders-attention">
      <h2 id="ord-attn-title" className="ord-section-title">
        {t('ord.attn.title')}
      </h2>
      {nothing ? <p className="ord-muted">{t('ord.attn.nothing')}</p> : null}
      <div className="ord-attn__cols">
        {attn.overdue.length > 0 ? (
          <div>
            <h3 className="ord-attn__sub">{t('ord.attn.overdue', { n: attn.overdue.length })}</h3>
            <ul className="ord-attn__list">
              {attn.overdue.slice(0, 8).map((it) => (
                <li key={it.id} className="ord-attn__item" data-testid={`attn-overdue-${it.id}`}>
                  <OrderRef item={it} now={now} />
                  <span>{it.dueAt ? t('ord.attn.dueWas', { due: formatDeadline(it.dueAt) }) : ''}</span>
                  <span className="ord-muted">{str(it.row.companyName) || str(it.row.assigneeName)}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {attn.extensions.length > 0 ? (
          <div>
            <h3 className="ord-attn__sub">{t('ord.attn.extensions', { n: attn.extensions.length })}</h3>
            <ul className="ord-attn__list">
              {attn.extensions.map((it) => (
                <ExtensionItem key={it.id} item={it} now={now} />
              ))}
            </ul>
          </div>
        ) : null}
        {attn.reminders.length > 0 ? (
          <div>
            <h3 className="ord-attn__sub">{t('ord.attn.reminders', { n: attn.reminders.length })}</h3>
            <ul className="ord-attn__list">
              {attn.reminders.slice(0, 8).map(({ event, item }) => (
                <li key={String(event.id)} className="ord-attn__item" data-testid={`attn-reminder-${String(event.id)}`}>
                  {item ? <OrderRef item={item} now={now} /> : null}
                  <span>{reminderWord(t, event.reasonCode)}</span>
                  <span className="ord-muted">{formatTime(str(event.at), lang)}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function reminderWord(t: ReturnType<typeof useI18n>['t'], code: unknown): string {
  if (code === 'confirm_overdue') return t('ord.reason.confirm_overdue');
  if (code === 'service_overdue') return t('ord.reason.service_overdue');
  if (code === 'pending_due') return t('ord.reason.pending_due');
  return t('ord.attn.reminder');
}
