// The partner company card (REG-1 on the map): categories, phone, 24h, rating, status, service radius.
// Must not change the company.
import { useI18n } from '../../app/i18n/useI18n';
import type { MapItem } from '../map-items';
import { distanceParts } from '../near';
import type { MapCatalogues } from '../useMapData';
import { Categories, nameIn, Phone, Row } from './card-bits';

const statuses = ['active', 'suspended', 'exited'] as const;

export function CompanyCard({ item, catalogues }: { item: MapItem; catalogues: MapCatalogues }) {
  const { t, lang } = useI18n();
  const r = item.row;
  const status = statuses.find((s) => s === r.status) ?? 'active';
  const radius = distanceParts(Number(r.serviceRadiusM ?? 0));
  return (
    <dl className="map-card__list">
      <Row label={t('map.card.categories')}>
        <Categories lang={lang} ids={item.categoryIds} byId={catalogues.categoriesById} />
      </Row>
      <Row label={t('map.card.phone')}>
        <Phone phone={item.phone} />
      </Row>
      <Row label={t('map.card.contactPerson')}>{String(r.contactPerson ?? '') || '—'}</Row>
      <Row label={t('map.card.address')}>
        {String(r.address ?? '') || '—'}
        {item.districtId ? ` (${nameIn(lang, catalogues.districtsById.get(item.districtId))})` : ''}
      </Row>
      <Row label={t('map.card.is24h')}>{r.is24h ? t('map.card.yes') : t('map.card.no')}</Row>
      <Row label={t('map.card.rating')}>{String(r.creditRating ?? '—')}</Row>
      <Row label={t('map.card.status')}>
        <span className={`map-status map-status--${status}`}>{t(`map.companyStatus.${status}`)}</span>
      </Row>
      <Row label={t('map.card.radius')}>{t(`map.distance.${radius.unit}`, { n: radius.n })}</Row>
    </dl>
  );
}
