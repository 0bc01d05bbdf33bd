// The dispatcher's order screens at /orders/* (ORD-1, ORD-2, ORD-4): the board, the intake form and one order's
// detail with its trail and dispatch panel. Must only read the device's database (and the cached staff list).
import './orders.css';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useI18n } from '../../app/i18n/useI18n';
import { Notice } from '../../ui/Notice';
import { IntakeForm } from './IntakeForm';
import { OrderDetail } from './OrderDetail';
import { OrdersBoard } from './OrdersBoard';
import { parseOrdersPath } from './orders-path';

export default function OrdersScreen() {
  const { t } = useI18n();
  const [location] = useLocation();
  const view = parseOrdersPath(location);

  useEffect(() => {
    document.title = `${t('nav.orders')} · ${t('app.name')} ${t('app.latinName')}`;
  }, [t]);

  switch (view.type) {
    case 'board':
      return <OrdersBoard />;
    case 'new':
      return <IntakeForm />;
    case 'detail':
      return <OrderDetail key={view.id} id={view.id} />;
    case 'unknown':
      return (
        <main className="ord">
          <Notice tone="warning">{t('nav.notFound')}</Notice>
        </main>
      );
    default: {
      const never: never = view;
      return never;
    }
  }
}
