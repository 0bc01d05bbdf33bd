// The map's base (MAP-3): the plain outline map underneath, the chosen source's tiles over it, a notice when tiles
// fail, and the base-map control. Rendered inside MapScreen's MapContainer, within a TileSourceProvider.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useI18n } from '../../app/i18n/useI18n';
import { MapTilesControl } from './MapTilesControl';
import { OutlineBasemap } from './OutlineBasemap';
import { useTileSource } from './tile-source-context';
import { useTileLayers } from './useTileLayers';
import './tiles.css';

export function BaseLayers() {
  const { t } = useI18n();
  const { source, pending } = useTileSource();
  const health = useTileLayers(source, pending);
  const map = useMap();
  // Only the tile source's own credit: on a 360 px phone Leaflet's prefix pushed it onto two lines.
  useEffect(() => {
    map.attributionControl?.setPrefix(false);
  }, [map]);
  const notice = health === 'failing' ? t('tiles.notice.failing') : health === 'none' ? t('tiles.notice.none') : null;
  return (
    <>
      <OutlineBasemap />
      {/* Bottom right, beside the zoom buttons: the map screen's panels hold the top and the left. */}
      <div className="tiles-corner" data-testid="tiles-status" data-health={health} data-source={source.kind}>
        {notice ? (
          <p className="tiles-notice" role="status" data-testid="tiles-notice">
            {notice}
          </p>
        ) : null}
        <MapTilesControl />
      </div>
    </>
  );
}
