// The order screens' small maps, loaded lazily (ORD-1, ORD-2): "pick on map" for intake, and the order's place with
// numbered dispatch candidates. The operator's tiles over the offline outline; points stored WGS-84 and shifted for
// display only. Must only show and report clicks, never write.
import 'leaflet/dist/leaflet.css';
import '../../map/tiles/tiles.css';
import L from 'leaflet';
import { useEffect } from 'react';
import { CircleMarker, MapContainer, Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { useDisplayDatum } from '../../map/tiles/datum-context';
import { OutlineBasemap } from '../../map/tiles/OutlineBasemap';
import { TileSourceProvider } from '../../map/tiles/TileSourceProvider';
import { useTileSource } from '../../map/tiles/tile-source-context';
import { useTileLayers } from '../../map/tiles/useTileLayers';

type LatLng = { lat: number; lng: number };

// Xianyang's centre: where a pick starts when neither the caller nor the resident has a place yet.
const cityCentre: [number, number] = [34.3296, 108.7093];
const cityZoom = 11;
const placeZoom = 16;

function Tiles() {
  const { source, pending } = useTileSource();
  useTileLayers(source, pending);
  return <OutlineBasemap />;
}

function Fit({ points }: { points: readonly [number, number][] }) {
  const map = useMap();
  const key = points.map((p) => p.join(',')).join(';');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `points` (a new array each render).
  useEffect(() => {
    if (points.length === 0) return;
    if (points.length === 1) map.setView(points[0]!, placeZoom, { animate: false });
    else map.fitBounds(L.latLngBounds(points.map((p) => L.latLng(p[0], p[1]))), { padding: [28, 28], maxZoom: 16 });
  }, [map, key]);
  return null;
}

function ClickToPick({ onPick }: { onPick: (p: LatLng) => void }) {
  const { fromDisplay } = useDisplayDatum();
  useMapEvents({
    click(e) {
      const [lat, lng] = fromDisplay(e.latlng.lat, e.latlng.lng);
      onPick({ lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 });
    },
  });
  return null;
}

const placeIcon = L.divIcon({ className: 'map-icon', html: '<span class="ord-map-place"></span>', iconSize: [28, 28] });

function PickLayer({ value, onPick }: { value: LatLng | null; onPick: (p: LatLng) => void }) {
  const { toDisplay } = useDisplayDatum();
  const shown = value ? toDisplay(value.lat, value.lng) : null;
  return (
    <>
      <ClickToPick onPick={onPick} />
      {shown ? <Marker position={shown} icon={placeIcon} /> : null}
      <Fit points={shown ? [shown] : []} />
    </>
  );
}

export function PickMap({
  value,
  onPick,
  label,
}: {
  value: LatLng | null;
  onPick: (p: LatLng) => void;
  label: string;
}) {
  return (
    <section className="ord-map" data-testid="intake-map" aria-label={label}>
      <TileSourceProvider>
        <MapContainer
          className="ord-map__canvas"
          center={cityCentre}
          zoom={value ? placeZoom : cityZoom}
          minZoom={6}
          maxZoom={19}
        >
          <Tiles />
          <PickLayer value={value} onPick={onPick} />
        </MapContainer>
      </TileSourceProvider>
    </section>
  );
}

export interface MapCandidate {
  id: string;
  n: number;
  name: string;
  lat: number;
  lng: number;
  available: boolean;
}

function CandidateLayer({ place, candidates }: { place: LatLng | null; candidates: readonly MapCandidate[] }) {
  const { toDisplay } = useDisplayDatum();
  const at = place ? toDisplay(place.lat, place.lng) : null;
  const points = candidates.map((c) => toDisplay(c.lat, c.lng));
  return (
    <>
      {at ? <Marker position={at} icon={placeIcon} /> : null}
      {candidates.map((c, i) => (
        <CircleMarker
          key={c.id}
          center={points[i]!}
          radius={11}
          className="ord-map__candidate"
          pathOptions={{ color: '#fff', weight: 2, fillColor: c.available ? '#0b5d5b' : '#6b7675', fillOpacity: 1 }}
        >
          <Tooltip permanent direction="center" className="ord-map__num">
            {c.n}
          </Tooltip>
        </CircleMarker>
      ))}
      {/* Framed on the place and the first three: far-away candidates stay drawn but do not zoom the map out. */}
      <Fit points={at ? [at, ...points.slice(0, 3)] : points.slice(0, 3)} />
    </>
  );
}

export function CandidateMap({ place, candidates }: { place: LatLng | null; candidates: readonly MapCandidate[] }) {
  return (
    <div className="ord-map" data-testid="dispatch-map" data-candidates={candidates.length}>
      <TileSourceProvider>
        <MapContainer
          className="ord-map__canvas"
          center={cityCentre}
          zoom={cityZoom}
          minZoom={6}
          maxZoom={19}
          scrollWheelZoom={false}
        >
          <Tiles />
          <CandidateLayer place={place} candidates={candidates} />
        </MapContainer>
      </TileSourceProvider>
    </div>
  );
}
