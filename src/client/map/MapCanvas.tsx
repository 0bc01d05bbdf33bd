// The Leaflet map of the map screen: base layers, one layer per visible kind, live alarms on top, the chosen item's
// ring and the "what is near" circle. Must not hold screen state; the screen passes everything in.
import type L from 'leaflet';
import { useMemo } from 'react';
import { MapContainer, useMapEvents, ZoomControl } from 'react-leaflet';
import type { WithDistance } from '../../domain/geo/nearest';
import { AlarmLayer, ClusteredLayer } from './ItemLayers';
import type { LayerVisibility } from './layers';
import { MapClicks, NearOverlay, SelectedRing } from './MapOverlays';
import type { MapItem, MapKind } from './map-items';
import { BaseLayers } from './tiles/BaseLayers';

// Xianyang's centre (秦都区 / 渭城区 along the Wei river); zoom 10 shows the whole prefecture's core.
const xianyang: [number, number] = [34.33, 108.71];
export const startZoom = 10;
const clusteredKinds: readonly MapKind[] = ['resident', 'company', 'volunteer', 'order'];

interface MapCanvasProps {
  shown: Record<MapKind, MapItem[]> | null;
  visible: LayerVisibility;
  selected: MapItem | null;
  near: { at: { lat: number; lng: number }; radiusM: number; hits: readonly WithDistance<MapItem>[] } | null;
  onMap: (map: L.Map | null) => void;
  onSelect: (item: MapItem) => void;
  onPoint: (at: { lat: number; lng: number }) => void;
  onZoom: (zoom: number) => void;
}

/** Reports the zoom after every change (the screen shows it as data-zoom, for tests and support). */
function ZoomWatch({ onZoom }: { onZoom: (zoom: number) => void }) {
  const map = useMapEvents({ zoomend: () => onZoom(map.getZoom()) });
  return null;
}

export function MapCanvas({ shown, visible, selected, near, onMap, onSelect, onPoint, onZoom }: MapCanvasProps) {
  // One index over the visible kinds, rebuilt when the data, the filters or the layer switches change.
  const clustered = useMemo(
    () => (shown ? clusteredKinds.flatMap((kind) => (visible[kind] ? shown[kind] : [])) : []),
    [shown, visible],
  );
  return (
    <MapContainer
      ref={onMap}
      className="map-screen__map"
      center={xianyang}
      zoom={startZoom}
      minZoom={6}
      maxZoom={19}
      zoomControl={false}
      worldCopyJump={false}
      data-testid="map-canvas"
    >
      <BaseLayers />
      <ZoomControl position="bottomright" />
      <MapClicks onPoint={onPoint} />
      <ZoomWatch onZoom={onZoom} />
      <ClusteredLayer items={clustered} onSelect={onSelect} />
      {shown && visible.alarm ? <AlarmLayer items={shown.alarm} onSelect={onSelect} /> : null}
      {near ? <NearOverlay at={near.at} radiusM={near.radiusM} hits={near.hits} /> : null}
      {selected ? <SelectedRing item={selected} /> : null}
    </MapContainer>
  );
}
