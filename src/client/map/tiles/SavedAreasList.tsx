// The list of map areas saved on this device (MAP-3): zooms, tile count, size, and a remove button each.
// Must not delete anything itself: onRemove does (only tiles no other area needs).
import type { SavedArea } from '../../../local/tiles/saved-areas';
import { useI18n } from '../../app/i18n/useI18n';
import { formatBytes } from './offline-areas';

interface Props {
  areas: SavedArea[];
  sourceId: string;
  onRemove: (id: string) => Promise<void>;
}

export function SavedAreasList({ areas, sourceId, onRemove }: Props) {
  const { t, lang } = useI18n();
  return (
    <div className="tiles-areas" data-testid="tiles-areas">
      <h4>{t('tiles.areas.title')}</h4>
      {areas.length === 0 ? (
        <p className="tiles-save__hint">{t('tiles.areas.none')}</p>
      ) : (
        <ul>
          {areas.map((a) => (
            <li key={a.id} data-testid="tiles-area">
              <span>
                {new Date(a.createdAt).toLocaleDateString(lang)}{' '}
                {t('tiles.areas.item', {
                  from: a.minZoom,
                  to: a.maxZoom,
                  count: a.tiles,
                  size: formatBytes(a.bytes),
                })}
                {a.source.id === sourceId ? '' : ` ${t('tiles.areas.otherSource')}`}
              </span>
              <button
                type="button"
                className="tiles-button"
                data-testid="tiles-area-remove"
                onClick={() => void onRemove(a.id)}
              >
                {t('tiles.areas.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
