// Adds the source's tile layers to the map and watches them (MAP-3): when most recent tiles fail (offline, server
// down, blocked), says 'failing' so the outline map shows with a notice. Must not draw the outline itself.
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { healthWindow, isFailing } from './tile-health';
import type { EffectiveSource } from './tile-sources';

export type TileHealth = 'waiting' | 'ok' | 'failing' | 'none';

export function useTileLayers(source: EffectiveSource, pending: boolean): TileHealth {
  const map = useMap();
  const [health, setHealth] = useState<TileHealth>('waiting');
  useEffect(() => {
    if (pending) return;
    if (source.layers.length === 0) {
      setHealth('none');
      return;
    }
    setHealth('waiting');
    const outcomes: boolean[] = [];
    const record = (ok: boolean) => {
      outcomes.push(ok);
      if (outcomes.length > healthWindow) outcomes.shift();
      setHealth(isFailing(outcomes) ? 'failing' : outcomes.some(Boolean) ? 'ok' : 'waiting');
    };
    const layers = source.layers.map((template, i) => {
      const options: L.TileLayerOptions & { k: string } = {
        subdomains: source.subdomains || 'abc',
        maxZoom: source.maxZoom,
        maxNativeZoom: source.maxZoom,
        attribution: i === 0 ? source.attribution : '',
        // Sources that may be saved are fetched with CORS, so saved and live tiles are the same real responses.
        crossOrigin: source.offlineBlock === null ? 'anonymous' : undefined,
        zIndex: i + 1,
        k: source.key,
      };
      const layer = L.tileLayer(template, options);
      layer.on('tileload', () => record(true));
      layer.on('tileerror', () => record(false));
      return layer.addTo(map);
    });
    return () => {
      for (const layer of layers) layer.remove();
    };
  }, [map, source, pending]);
  return health;
}
