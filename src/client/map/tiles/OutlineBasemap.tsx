// The plain offline basemap (MAP-3): light grid, the 14 Xianyang district outlines and names, and community names
// from the device's db at closer zooms. Always under the tiles, so it shows wherever tiles are missing.
import { useLiveQuery } from 'dexie-react-hooks';
import type L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { useDisplayDatum } from './datum-context';
import {
  basemapLabelPane,
  createDistrictLayer,
  createGridLayer,
  type DistrictFeature,
  ensureBasemapPanes,
  labelIcon,
  loadDistricts,
} from './outline-basemap';

// Community names only from this zoom in: at city scale hundreds of names would be unreadable.
const communityMinZoom = 13;
// And never more than this many at once, whatever the data.
const maxCommunityLabels = 250;

export function OutlineBasemap() {
  const map = useMap();
  const { toDisplay } = useDisplayDatum();
  const [districts, setDistricts] = useState<DistrictFeature[]>([]);
  ensureBasemapPanes(map);

  useEffect(() => {
    const grid = createGridLayer().addTo(map);
    return () => void grid.remove();
  }, [map]);

  useEffect(() => {
    let live = true;
    void loadDistricts().then((features) => {
      if (live) setDistricts(features);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (districts.length === 0) return;
    const layer = createDistrictLayer(districts, toDisplay).addTo(map);
    return () => void layer.remove();
  }, [map, districts, toDisplay]);

  return (
    <>
      <DistrictLabels districts={districts} />
      <CommunityLabels />
    </>
  );
}

function DistrictLabels({ districts }: { districts: DistrictFeature[] }) {
  const { lang } = useI18n();
  const { toDisplay } = useDisplayDatum();
  const labels = useMemo(
    () =>
      districts.map((d) => ({
        code: d.properties.code,
        at: toDisplay(d.properties.center[1], d.properties.center[0]),
        icon: labelIcon(lang === 'en' ? d.properties.nameEn : d.properties.name, 'district'),
      })),
    [districts, lang, toDisplay],
  );
  return labels.map((d) => (
    <Marker key={d.code} position={d.at} icon={d.icon} pane={basemapLabelPane} interactive={false} keyboard={false} />
  ));
}

function CommunityLabels() {
  const map = useMap();
  const { lang } = useI18n();
  const { db } = useSync();
  const { toDisplay } = useDisplayDatum();
  const [view, setView] = useState<{ zoom: number; bounds: L.LatLngBounds }>(() => ({
    zoom: map.getZoom(),
    bounds: map.getBounds(),
  }));
  useMapEvents({ moveend: () => setView({ zoom: map.getZoom(), bounds: map.getBounds() }) });
  const communities = useLiveQuery(() => db.communities.toArray(), [db]);
  const shown = useMemo(() => {
    if (view.zoom < communityMinZoom || !communities) return [];
    const out: { id: string; icon: L.DivIcon; at: [number, number] }[] = [];
    for (const c of communities) {
      if (typeof c.lat !== 'number' || typeof c.lng !== 'number') continue;
      const at = toDisplay(c.lat, c.lng);
      if (!view.bounds.contains(at)) continue;
      out.push({ id: c._id, icon: labelIcon(String((lang === 'en' ? c.nameEn : c.name) ?? ''), 'community'), at });
      if (out.length >= maxCommunityLabels) break;
    }
    return out;
  }, [communities, view, lang, toDisplay]);
  return shown.map((c) => (
    <Marker key={c.id} position={c.at} icon={c.icon} pane={basemapLabelPane} interactive={false} keyboard={false} />
  ));
}
