// The board's table of orders (ORD-4): light, number, type, status, caller, address, holder, deadline and age, one
// row per order, the number linking to its detail. Must not sort or filter: the board hands the rows in order.
import { Link } from 'wouter';
import { formatDeadline } from '../../../domain/orders/order-deadlines';
import { useI18n } from '../../app/i18n/useI18n';
import type { BoardItem } from './board-model';
import { OrderLight } from './OrderLight';
import { ageWord, statusWord, typeWord } from './order-words';
import { orderPath } from './orders-path';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function holderOf(row: BoardItem['row']): string {
  const company = str(row.companyName);
  const person = str(row.assigneeName);
  if (company && person) return `${company} · ${person}`;
  return company || person;
}

export function BoardTable({ items, now, total }: { items: readonly BoardItem[]; now: number; total: number }) {
  const { t } = useI18n();
  if (items.length === 0)
    return <p className="ord-empty">{total === 0 ? t('ord.board.noneAtAll') : t('ord.board.noneMatch')}</p>;
  return (
    <div className="ord-table-wrap">
      <table className="ord-table">
        <caption className="visually-hidden">{t('ord.board.caption', { n: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ord.col.light')}</th>
            <th scope="col">{t('ord.col.no')}</th>
            <th scope="col">{t('ord.col.type')}</th>
            <th scope="col">{t('ord.col.status')}</th>
            <th scope="col">{t('ord.col.caller')}</th>
            <th scope="col">{t('ord.col.address')}</th>
            <th scope="col">{t('ord.col.holder')}</th>
            <th scope="col">{t('ord.col.deadline')}</th>
            <th scope="col">{t('ord.col.age')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.id} className={`ord-row ord-row--${it.light}`} data-testid={`board-order-${it.id}`}>
              <td>
                <OrderLight order={it.row} now={now} />
              </td>
              <td>
                <Link href={orderPath(it.id)} className="ord-no">
                  {str(it.row.no) || '…'}
                </Link>
                {it.row._mutationId ? <span className="ord-pending">{t('orders.waiting')}</span> : null}
              </td>
              <td className="ord-type">{typeWord(t, it.row.type)}</td>
              <td className="ord-status">
                {statusWord(t, it.row.status)}
                {it.row.extensionState === 'requested' ? (
                  <span className="ord-tag">{t('ord.board.extensionAsked')}</span>
                ) : null}
              </td>
              <td>
                <span className="ord-caller">{str(it.row.callerName)}</span>
                <span className="ord-phone">{str(it.row.callerPhone)}</span>
              </td>
              <td className="ord-address">{str(it.row.address) || '—'}</td>
              <td>{holderOf(it.row) || '—'}</td>
              <td className="ord-nowrap">{it.dueAt ? formatDeadline(it.dueAt) : '—'}</td>
              <td className="ord-nowrap">{ageWord(t, it.row.createdAt, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
