// "What is near" (MAP-2): radius and kind choices and the list of resources within it, nearest first, with distances.
// Must not compute distances itself (near.ts does) nor move the map; choosing a row hands the item up.
import { useI18n } from '../app/i18n/useI18n';
import { legendOrder } from './layers';
import type { MapItem, MapKind } from './map-items';
import { distanceParts, type NearAnswer, type NearRadius, nearRadiiM } from './near';

interface NearPanelProps {
  /** What the point is: an item's name, or null for a point clicked on the map. */
  centreName: string | null;
  /** The point, WGS-84, shown as coordinates under the title. */
  at: { lat: number; lng: number };
  radius: NearRadius;
  kinds: Readonly<Record<MapKind, boolean>>;
  answer: NearAnswer;
  onRadius: (radius: NearRadius) => void;
  onKinds: (kinds: Record<MapKind, boolean>) => void;
  onChoose: (item: MapItem) => void;
  onClose: () => void;
}

export function NearPanel({
  centreName,
  at,
  radius,
  kinds,
  answer,
  onRadius,
  onKinds,
  onChoose,
  onClose,
}: NearPanelProps) {
  const { t } = useI18n();
  const words = (m: number) => {
    const d = distanceParts(m);
    return t(`map.distance.${d.unit}`, { n: d.n });
  };
  return (
    <section className="map-near" data-testid="map-near" aria-labelledby="map-near-title">
      <header className="map-card__head">
        <span className="map-swatch map-swatch--near" aria-hidden="true" />
        <div className="map-card__titles">
          <span className="map-card__kind">
            {t('map.near.title')} · {at.lat.toFixed(5)}, {at.lng.toFixed(5)}
          </span>
          <h2 id="map-near-title" className="map-card__title">
            {centreName ?? t('map.near.center')}
          </h2>
        </div>
        <button
          type="button"
          className="map-icon-btn"
          onClick={onClose}
          aria-label={t('map.near.close')}
          data-testid="map-near-close"
        >
          ✕
        </button>
      </header>
      <fieldset className="map-near__radii">
        <legend className="map-section__title">{t('map.near.radius')}</legend>
        {nearRadiiM.map((r) => (
          <label key={r} className="map-chip">
            <input
              type="radio"
              name="near-radius"
              checked={radius === r}
              onChange={() => onRadius(r)}
              data-testid={`near-radius-${r}`}
            />
            <span>{words(r)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="map-near__kinds">
        <legend className="map-section__title">{t('map.near.kinds')}</legend>
        {legendOrder.map((k) => (
          <label key={k} className="map-chip">
            <input
              type="checkbox"
              checked={kinds[k]}
              onChange={(e) => onKinds({ ...kinds, [k]: e.currentTarget.checked })}
              data-testid={`near-kind-${k}`}
            />
            <span className={`map-swatch map-swatch--${k}`} aria-hidden="true" />
            <span>{t(`map.layer.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="map-near__count" data-testid="map-near-count" data-count={answer.total}>
        {answer.total === 0 ? t('map.near.none') : t('map.near.count', { count: answer.total, radius: words(radius) })}
      </p>
      <ol className="map-near__list" data-testid="map-near-list">
        {answer.items.map((it) => (
          <li key={`${it.kind}:${it.id}`}>
            <button
              type="button"
              className="map-result"
              onClick={() => onChoose(it)}
              data-testid="map-near-item"
              data-kind={it.kind}
              data-id={it.id}
              data-distance={Math.round(it.distance)}
            >
              <span className={`map-swatch map-swatch--${it.kind}`} aria-hidden="true" />
              <span className="map-result__name">{it.name || '—'}</span>
              <span className="map-result__meta">{t(`map.layer.${it.kind}`)}</span>
              <span className="map-result__dist">{words(it.distance)}</span>
            </button>
          </li>
        ))}
      </ol>
      {answer.total > answer.items.length ? (
        <p className="map-search__more">{t('map.near.more', { count: answer.items.length })}</p>
      ) : null}
    </section>
  );
}
