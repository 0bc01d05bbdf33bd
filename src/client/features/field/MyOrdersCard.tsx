// "My orders" on the field worker's and vendor manager's home (FLD-2): the orders on this device assigned to the
// user, with their notes, and the way to the work screen. Must read the local db only; the sync engine keeps it current.

import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { isOpenOrderStatus, type OrderStatus } from '../../../domain/orders/order-kinds';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Card } from '../../ui/Card';
import { OrderItem } from './OrderItem';

export function MyOrdersCard() {
  const { t } = useI18n();
  const { db, userId } = useSync();
  const data = useLiveQuery(async () => {
    // Open work only: finished orders stay in the history, not on the worker's list (FLD-1).
    const orders = await db.orders
      .filter((o) => o.assigneeUserId === userId && isOpenOrderStatus(o.status as OrderStatus))
      .toArray();
    const ids = new Set(orders.map((o) => String(o.id)));
    const notes = await db.order_notes.filter((n) => ids.has(String(n.orderId))).toArray();
    const notesByOrder = new Map<string, LocalRow[]>();
    for (const n of notes.sort((a, b) => String(a.at).localeCompare(String(b.at)))) {
      const list = notesByOrder.get(String(n.orderId)) ?? [];
      list.push(n);
      notesByOrder.set(String(n.orderId), list);
    }
    orders.sort((a, b) => String(a.no).localeCompare(String(b.no)));
    return { orders, notesByOrder };
  }, [db, userId]);

  return (
    <Card
      title={t('orders.mine')}
      testId="my-orders"
      footer={
        <Link href="/work" className="btn btn--primary" data-testid="my-orders-open-work">
          {t('work.open')}
        </Link>
      }
    >
      {!data ? (
        <p>{t('orders.loading')}</p>
      ) : data.orders.length === 0 ? (
        <p>{t('orders.none')}</p>
      ) : (
        <ul className="order-list">
          {data.orders.map((o) => (
            <OrderItem key={o._id} order={o} notes={data.notesByOrder.get(String(o.id)) ?? []} />
          ))}
        </ul>
      )}
    </Card>
  );
}
