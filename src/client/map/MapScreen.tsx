// The map screen at /map (MAP-1, MAP-2): every local company, volunteer, resident, open order and live alarm on a
// Leaflet map, with layers, filters, search, cards and "what is near". Reads the device's db only, so it works offline.
import 'leaflet/dist/leaflet.css';
import './map.css';
import type L from 'leaflet';
import { useCallback, useMemo, useRef, useState } from 'react';
import { can } from '../../domain/access/roles';
import { useI18n } from '../app/i18n/useI18n';
import { loadSession } from '../app/session';
import { filterItems, type MapFilters, noFilters } from './filters';
import { allLayersOn, countByKind, type LayerVisibility } from './layers';
import { MapCanvas, startZoom } from './MapCanvas';
import { MapPanels, type Sheet } from './MapPanels';
import type { MapItem } from './map-items';
import { flyIntoView } from './map-view';
import { createNearIndex, defaultNearKinds, defaultNearRadius, findNear, type NearRadius } from './near';
import { useDisplayDatum } from './tiles/datum-context';
import { TileSourceProvider } from './tiles/TileSourceProvider';
import { useFillHeight } from './useFillHeight';
import { useMapData } from './useMapData';

/** Where "what is near" was asked: a clicked point, or an item ("near here" on its card). */
export interface NearAsk {
  at: { lat: number; lng: number };
  from: MapItem | null;
}

// Street level, past the cluster index's maxZoom (17): the item stands alone when the map arrives.
const flyZoom = 18;

export default function MapScreen() {
  return (
    <TileSourceProvider>
      <MapView />
    </TileSourceProvider>
  );
}

function MapView() {
  const { t } = useI18n();
  const data = useMapData();
  const { toDisplay } = useDisplayDatum();
  const ref = useRef<HTMLElement>(null);
  const height = useFillHeight(ref);
  const [map, setMap] = useState<L.Map | null>(null);
  const [zoom, setZoom] = useState(startZoom);
  const showSensitive = useMemo(() => {
    const user = loadSession()?.user;
    return user ? can(user, 'resident.sensitive') : false;
  }, []);

  const [visible, setVisible] = useState<LayerVisibility>(allLayersOn);
  const [filters, setFilters] = useState<MapFilters>(noFilters);
  const [selected, setSelected] = useState<{ kind: string; id: string } | null>(null);
  const [near, setNear] = useState<NearAsk | null>(null);
  const [view, setView] = useState<'card' | 'near'>('card');
  const [radius, setRadius] = useState<NearRadius>(defaultNearRadius);
  const [nearKinds, setNearKinds] = useState(defaultNearKinds);

  const catalogues = data?.catalogues;
  const shown = useMemo(
    () => (data ? filterItems(data.items, filters, data.catalogues.categories) : null),
    [data, filters],
  );
  const counts = useMemo(() => (shown ? countByKind(shown) : null), [shown]);
  // The nearest index is built only while "what is near" is open, and once per data or filter change.
  const asking = near !== null;
  const nearIndex = useMemo(() => (shown && asking ? createNearIndex(shown) : null), [shown, asking]);
  const nearAnswer = useMemo(
    () =>
      near && nearIndex
        ? findNear(
            nearIndex,
            near.at,
            radius,
            nearKinds,
            near.from ? { kind: near.from.kind, id: near.from.id } : undefined,
          )
        : null,
    [near, nearIndex, radius, nearKinds],
  );
  // The chosen item is looked up in the live data, so its card follows changes synced in meanwhile.
  const selectedItem = useMemo(() => {
    if (!selected || !data) return null;
    return data.items[selected.kind as MapItem['kind']]?.find((i) => i.id === selected.id) ?? null;
  }, [selected, data]);

  const choose = useCallback((item: MapItem) => {
    setSelected({ kind: item.kind, id: item.id });
    setView('card');
  }, []);
  const chooseAndFly = useCallback(
    (item: MapItem) => {
      choose(item);
      if (map) flyIntoView(map, toDisplay(item.lat, item.lng), flyZoom);
    },
    [choose, map, toDisplay],
  );
  const askNearPoint = useCallback((at: { lat: number; lng: number }) => {
    setNear({ at, from: null });
    setSelected(null);
    setView('near');
  }, []);
  const askNearItem = useCallback((item: MapItem) => {
    setNear({ at: { lat: item.lat, lng: item.lng }, from: item });
    setView('near');
  }, []);

  const closeNear = () => {
    setNear(null);
    setView('card');
  };
  const nearSheet: Sheet | null =
    near && nearAnswer
      ? {
          type: 'near',
          centreName: near.from?.name ?? null,
          at: near.at,
          radius,
          kinds: nearKinds,
          answer: nearAnswer,
          onRadius: setRadius,
          onKinds: setNearKinds,
          onChoose: chooseAndFly,
          onClose: closeNear,
        }
      : null;
  const cardSheet: Sheet | null = selectedItem
    ? {
        type: 'card',
        item: selectedItem,
        showSensitive,
        onClose: () => {
          setSelected(null);
          setView('near');
        },
        onNear: () => askNearItem(selectedItem),
      }
    : null;
  // The sheet shows what the user last asked for, falling back to the other when that one is closed.
  const sheet = view === 'near' ? (nearSheet ?? cardSheet) : (cardSheet ?? nearSheet);

  return (
    <main
      ref={ref}
      className="map-screen"
      style={height ? { height } : undefined}
      data-testid="screen-MapScreen"
      data-zoom={zoom}
      aria-label={t('map.label')}
    >
      <MapCanvas
        shown={shown}
        visible={visible}
        selected={selectedItem}
        near={near && nearAnswer ? { at: near.at, radiusM: radius, hits: nearAnswer.items } : null}
        onMap={setMap}
        onSelect={choose}
        onPoint={askNearPoint}
        onZoom={setZoom}
      />
      {!data || !shown || !counts || !catalogues ? (
        <p className="map-screen__loading" aria-busy="true">
          {t('map.loading')}
        </p>
      ) : (
        <MapPanels
          items={data.items}
          counts={counts}
          catalogues={catalogues}
          visible={visible}
          filters={filters}
          onVisible={setVisible}
          onFilters={setFilters}
          onSearchChoose={chooseAndFly}
          sheet={sheet}
        />
      )}
    </main>
  );
}
