// The card of the chosen map item: its kind's details, "what is near" and a link to its registry record.
// Must not read rows beyond what its kind's card needs, nor move the map.
import { Link } from 'wouter';
import { useI18n } from '../../app/i18n/useI18n';
import { type MapItem, registryPathOf } from '../map-items';
import type { MapCatalogues } from '../useMapData';
import { AlarmCard, OrderCard } from './CaseCards';
import { CompanyCard } from './CompanyCard';
import { ResidentCard } from './ResidentCard';
import { VolunteerCard } from './VolunteerCard';

interface ItemCardProps {
  item: MapItem;
  catalogues: MapCatalogues;
  showSensitive: boolean;
  onClose: () => void;
  onNear: () => void;
}

function CardBody({ item, catalogues, showSensitive }: Omit<ItemCardProps, 'onClose' | 'onNear'>) {
  switch (item.kind) {
    case 'company':
      return <CompanyCard item={item} catalogues={catalogues} />;
    case 'volunteer':
      return <VolunteerCard item={item} catalogues={catalogues} />;
    case 'resident':
      return <ResidentCard item={item} catalogues={catalogues} showSensitive={showSensitive} />;
    case 'order':
      return <OrderCard item={item} catalogues={catalogues} />;
    case 'alarm':
      return <AlarmCard item={item} />;
    default: {
      const never: never = item.kind;
      return never;
    }
  }
}

export function ItemCard({ item, catalogues, showSensitive, onClose, onNear }: ItemCardProps) {
  const { t } = useI18n();
  // An alarm's record is its resident's.
  const path =
    item.kind === 'alarm'
      ? registryPathOf({ kind: 'resident', id: String(item.row.residentId) })
      : registryPathOf(item);
  return (
    <section
      className={`map-card map-card--${item.kind}`}
      data-testid="map-card"
      data-kind={item.kind}
      data-id={item.id}
      aria-labelledby="map-card-title"
    >
      <header className="map-card__head">
        <span className={`map-swatch map-swatch--${item.kind}`} aria-hidden="true" />
        <div className="map-card__titles">
          <span className="map-card__kind">{t(`map.layer.${item.kind}`)}</span>
          <h2 id="map-card-title" className="map-card__title" data-testid="map-card-title">
            {item.name || '—'}
          </h2>
        </div>
        <button
          type="button"
          className="map-icon-btn"
          onClick={onClose}
          aria-label={t('map.card.close')}
          data-testid="map-card-close"
        >
          ✕
        </button>
      </header>
      <CardBody item={item} catalogues={catalogues} showSensitive={showSensitive} />
      <footer className="map-card__foot">
        <button type="button" className="btn btn--primary" onClick={onNear} data-testid="map-card-near">
          {t('map.card.nearHere')}
        </button>
        {path ? (
          <Link href={path} className="btn btn--secondary" data-testid="map-card-registry">
            {t('map.card.openRegistry')}
          </Link>
        ) : null}
      </footer>
    </section>
  );
}
