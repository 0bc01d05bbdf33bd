// The open-order and live-alarm cards on the map: what is happening, where, and how to reach the caller.
// Must not act on the order or alarm; their own screens do.
import { isOpenOrderStatus, type OrderStatus, orderStatuses } from '../../../domain/orders/order-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { OrderLight } from '../../features/orders/OrderLight';
import type { MapItem } from '../map-items';
import type { MapCatalogues } from '../useMapData';
import { Categories, formatTime, Phone, Row } from './card-bits';

const alarmStatuses = ['raised', 'accepted', 'en_route', 'on_scene', 'resolved', 'cancelled'] as const;

export function OrderCard({ item, catalogues }: { item: MapItem; catalogues: MapCatalogues }) {
  const { t, lang } = useI18n();
  const r = item.row;
  const status = orderStatuses.find((s) => s === r.status) ?? 'new';
  return (
    <dl className="map-card__list">
      <Row label={t('ord.col.light')}>
        <OrderLight order={r} now={Date.now()} />
      </Row>
      <Row label={t('map.card.status')}>
        <span className={isOpenOrderStatus(status as OrderStatus) ? 'map-status map-status--open' : 'map-status'}>
          {t(`orders.status.${status}`)}
        </span>
      </Row>
      <Row label={t('map.card.categories')}>
        <Categories lang={lang} ids={item.categoryIds} byId={catalogues.categoriesById} />
      </Row>
      <Row label={t('map.card.description')}>{String(r.description ?? '') || '—'}</Row>
      <Row label={t('map.card.caller')}>
        <Phone phone={item.phone} />
      </Row>
      <Row label={t('map.card.address')}>{String(r.address ?? '') || '—'}</Row>
    </dl>
  );
}

export function AlarmCard({ item }: { item: MapItem }) {
  const { t, lang } = useI18n();
  const r = item.row;
  const status = alarmStatuses.find((s) => s === r.status) ?? 'raised';
  return (
    <dl className="map-card__list">
      <Row label={t('map.card.status')}>
        <span className="map-status map-status--alarm">{t(`map.alarmStatus.${status}`)}</span>
      </Row>
      <Row label={t('map.card.raisedAt')}>{formatTime(lang, r.raisedAt)}</Row>
      <Row label={t('map.card.resident')}>{item.name || '—'}</Row>
      <Row label={t('map.card.phone')}>
        <Phone phone={item.phone} />
      </Row>
    </dl>
  );
}
