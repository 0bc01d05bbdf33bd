// The orders panel on the dispatcher's and supervisor's home (ORD-4): open orders by light, extension requests
// waiting, and the way to the board and to intake. Must only read local rows; the board does the work.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { OrderLight as Light } from '../../../domain/orders/order-deadlines';
import { isOpenOrderStatus, type OrderStatus } from '../../../domain/orders/order-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Card } from '../../ui/Card';
import { useNow } from '../alarms/useNow';
import { boardItemOf, countLights } from './board-model';
import './orders.css';

const lights: readonly Light[] = ['red', 'yellow', 'green'];

export function OrdersHomeCard({ supervise }: { supervise: boolean }) {
  const { t } = useI18n();
  const { db } = useSync();
  const now = useNow(60_000);
  const open = useLiveQuery(() => db.orders.filter((o) => isOpenOrderStatus(o.status as OrderStatus)).toArray(), [db]);
  const counts = countLights((open ?? []).map((o) => boardItemOf(o, now)));
  const extensions = (open ?? []).filter((o) => o.extensionState === 'requested').length;
  return (
    <Card
      title={t('ord.home.title')}
      testId="home-orders"
      footer={
        <span className="ord-home__links">
          <Link href="/orders" className="btn btn--secondary" data-testid="home-orders-board">
            {t('ord.home.board')}
          </Link>
          <Link href="/orders/new" className="btn btn--primary" data-testid="home-orders-new">
            {t('ord.board.new')}
          </Link>
        </span>
      }
    >
      {open === undefined ? (
        <p>{t('orders.loading')}</p>
      ) : (
        <>
          <p>{t('ord.home.open', { n: open.length })}</p>
          <p className="ord-home__lights">
            {lights.map((l) => (
              <span
                key={l}
                className={`ord-home__light order-light order-light--${l}`}
                data-testid={`home-orders-${l}`}
              >
                <span className="order-light__dot" aria-hidden="true" />
                {t(`orders.light.${l}`)} {counts[l]}
              </span>
            ))}
          </p>
          {supervise && extensions > 0 ? <p>{t('ord.home.extensions', { n: extensions })}</p> : null}
        </>
      )}
    </Card>
  );
}
