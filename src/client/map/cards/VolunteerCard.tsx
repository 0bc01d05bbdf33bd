// The volunteer card (REG-2 on the map): skills, service mode, on duty and the time of the last position.
// Must not change the volunteer.
import { useI18n } from '../../app/i18n/useI18n';
import type { MapItem } from '../map-items';
import type { MapCatalogues } from '../useMapData';
import { Categories, formatTime, nameIn, Phone, Row } from './card-bits';

const modes = ['paid', 'low_cost', 'free'] as const;

export function VolunteerCard({ item, catalogues }: { item: MapItem; catalogues: MapCatalogues }) {
  const { t, lang } = useI18n();
  const r = item.row;
  const mode = modes.find((m) => m === r.serviceMode) ?? 'free';
  const onDuty = item.status === 'on_duty';
  return (
    <dl className="map-card__list">
      <Row label={t('map.card.skills')}>
        <Categories lang={lang} ids={item.categoryIds} byId={catalogues.categoriesById} />
      </Row>
      <Row label={t('map.card.phone')}>
        <Phone phone={item.phone} />
      </Row>
      <Row label={t('map.card.mode')}>{t(`map.mode.${mode}`)}</Row>
      <Row label={t('map.card.district')}>
        {nameIn(lang, catalogues.districtsById.get(String(r.districtId))) || '—'}
      </Row>
      <Row label={t('map.card.duty')} testId="card-duty">
        <span className={onDuty ? 'map-status map-status--on-duty' : 'map-status'}>
          {onDuty ? t('map.duty.on') : t('map.duty.off')}
        </span>
      </Row>
      <Row label={t('map.card.lastPosition')}>{onDuty ? formatTime(lang, r.dutyAt) : '—'}</Row>
    </dl>
  );
}
