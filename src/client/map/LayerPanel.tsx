// The layer panel (MAP-1): a switch and a count per kind, with the legend of shapes and colours.
// Must not filter or draw; it only reports which layers the user wants.
import { useI18n } from '../app/i18n/useI18n';
import type { LayerVisibility } from './layers';
import { legendOrder } from './layers';
import type { MapKind } from './map-items';

interface LayerPanelProps {
  visible: LayerVisibility;
  counts: Record<MapKind, number>;
  onToggle: (kind: MapKind, on: boolean) => void;
}

export function LayerPanel({ visible, counts, onToggle }: LayerPanelProps) {
  const { t } = useI18n();
  return (
    <fieldset className="map-layers" data-testid="map-layers">
      <legend className="map-section__title">{t('map.layers')}</legend>
      {legendOrder.map((kind) => (
        <label key={kind} className="map-layers__row">
          <input
            type="checkbox"
            checked={visible[kind]}
            onChange={(e) => onToggle(kind, e.currentTarget.checked)}
            data-testid={`layer-${kind}`}
          />
          <span className={`map-swatch map-swatch--${kind}`} aria-hidden="true" />
          <span className="map-layers__name">{t(`map.layer.${kind}`)}</span>
          <span className="map-layers__count" data-testid={`layer-count-${kind}`} data-count={counts[kind]}>
            {t('map.layer.count', { count: counts[kind] })}
          </span>
        </label>
      ))}
      <ul className="map-legend" aria-label={t('map.legend')}>
        <li>
          <span className="map-swatch map-swatch--volunteer map-swatch--on-duty" aria-hidden="true" />
          {t('map.legend.onDuty')}
        </li>
        <li>
          <span className="map-swatch map-swatch--cluster" aria-hidden="true" />
          {t('map.legend.cluster')}
        </li>
      </ul>
    </fieldset>
  );
}
