// The map's item layers (MAP-1): one clustered layer per kind, redrawn from its index on every moveend (only what is
// in view), and live alarms drawn one by one on top. Imperative Leaflet inside react-leaflet; no data fetching here.
import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useI18n } from '../app/i18n/useI18n';
import { type ClusterIndex, createClusterIndex } from './cluster-index';
import { kindStyles } from './layers';
import { clusterIcon, ensurePane, pointIcon } from './map-icons';
import type { MapItem } from './map-items';
import { useDisplayDatum } from './tiles/datum-context';

type Select = (item: MapItem) => void;

// A fifth of the view around it is drawn too, so a small pan does not show empty edges before moveend.
const viewPad = 0.2;

/** A cluster index over the items in display coordinates (MAP-4), rebuilt only when the items or the datum change. */
function useDisplayIndex(items: readonly MapItem[]): ClusterIndex<{ item: MapItem }> {
  const { toDisplay } = useDisplayDatum();
  return useMemo(
    () =>
      createClusterIndex(
        items.map((item) => {
          const [lat, lng] = toDisplay(item.lat, item.lng);
          return { id: item.id, kind: item.kind, lat, lng, props: { item } };
        }),
      ),
    [items, toDisplay],
  );
}

/** Calls back with the latest handler without redrawing when only the handler's identity changed. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

/** Companies, volunteers, residents and orders in one index: a group anywhere shows how many of each it holds. */
export function ClusteredLayer({ items, onSelect }: { items: readonly MapItem[]; onSelect: Select }) {
  const map = useMap();
  const { t } = useI18n();
  const index = useDisplayIndex(items);
  const select = useLatest(onSelect);
  const words = useLatest(t);

  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    const draw = () => {
      group.clearLayers();
      const b = map.getBounds().pad(viewPad);
      const results = index.clusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom());
      for (const r of results) {
        if (r.type === 'cluster') {
          const label = words.current('map.cluster', { count: r.count });
          const icon = clusterIcon(r.countByKind, r.count, label);
          const marker = L.marker([r.lat, r.lng], { icon, pane: ensurePane(map, 'cluster'), title: label });
          marker.on('click', () =>
            map.flyTo([r.lat, r.lng], Math.min(index.expansionZoom(r.clusterId), map.getMaxZoom())),
          );
          group.addLayer(marker);
        } else {
          const item = r.point.props!.item;
          const pane = ensurePane(map, item.kind);
          const marker = L.marker([r.point.lat, r.point.lng], { icon: pointIcon(item), pane, title: item.name });
          marker.on('click', () => select.current(item));
          group.addLayer(marker);
        }
      }
    };
    draw();
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
      group.remove();
    };
  }, [map, index, select, words]);
  return null;
}

/** Live alarms: never clustered away, always above every other layer (ALM on the map). */
export function AlarmLayer({ items, onSelect }: { items: readonly MapItem[]; onSelect: Select }) {
  const map = useMap();
  const { toDisplay } = useDisplayDatum();
  const select = useLatest(onSelect);
  useEffect(() => {
    const pane = ensurePane(map, 'alarm');
    const group = L.layerGroup().addTo(map);
    for (const item of items) {
      const marker = L.marker(toDisplay(item.lat, item.lng), {
        icon: pointIcon(item),
        pane,
        title: item.name,
        zIndexOffset: kindStyles.alarm.z,
      });
      marker.on('click', () => select.current(item));
      group.addLayer(marker);
    }
    return () => {
      group.remove();
    };
  }, [map, items, toDisplay, select]);
  return null;
}
