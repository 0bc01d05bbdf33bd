// The small map on one console alarm (ALM-2, ALM-6), loaded lazily: the resident as a red marker and each responder's
// newest shared position as a labelled dot, on the offline outline basemap (no tiles). Must only show, never write.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { CircleMarker, MapContainer, Tooltip, useMap } from 'react-leaflet';
import { useI18n } from '../../app/i18n/useI18n';
import { OutlineBasemap } from '../../map/tiles/OutlineBasemap';
// The basemap's label styles (district and community names) live with it.
import '../../map/tiles/tiles.css';
import { formatTime } from '../sync/describe-change';
import type { ResponderPosition } from './alarm-positions';

interface Props {
  resident: [number, number];
  residentName: string;
  responders: readonly ResponderPosition[];
}

// Close enough to see the street the responder is on; never so close a single point fills the card.
const singlePointZoom = 16;
const maxFitZoom = 17;

/** Fits the view to the resident and responders whenever a point moves. */
function FitPoints({ points }: { points: readonly [number, number][] }) {
  const map = useMap();
  const key = points.map((p) => p.join(',')).join(';');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `points` (a new array each render).
  useEffect(() => {
    if (points.length === 1) map.setView(points[0]!, singlePointZoom, { animate: false });
    else
      map.fitBounds(L.latLngBounds(points.map((p) => L.latLng(p[0], p[1]))), {
        padding: [28, 28],
        maxZoom: maxFitZoom,
        animate: false,
      });
  }, [map, key]);
  return null;
}

export default function AlarmMap({ resident, residentName, responders }: Props) {
  const { t, lang } = useI18n();
  const points = useMemo(
    () => [resident, ...responders.map((r) => [r.lat, r.lng] as [number, number])],
    [resident, responders],
  );
  return (
    <div className="alarm-map" data-testid="alarm-map" data-responders={responders.length}>
      <MapContainer
        className="alarm-map__canvas"
        center={resident}
        zoom={singlePointZoom}
        minZoom={6}
        maxZoom={19}
        scrollWheelZoom={false}
        attributionControl={false}
      >
        <OutlineBasemap />
        <FitPoints points={points} />
        <CircleMarker
          center={resident}
          radius={10}
          // The class goes in the options (Leaflet reads it once, at creation); pathOptions only restyles.
          className="alarm-map__resident"
          pathOptions={{
            color: '#fff',
            weight: 3,
            fillColor: '#b3261e',
            fillOpacity: 1,
          }}
        >
          <Tooltip permanent direction="top" offset={[0, -10]} className="alarm-map__label alarm-map__label--resident">
            {residentName}
          </Tooltip>
        </CircleMarker>
        {responders.map((r, i) => (
          <CircleMarker
            key={r.userId}
            center={[r.lat, r.lng]}
            radius={8}
            className={`alarm-map__responder alarm-map__responder--${r.state}`}
            pathOptions={{
              color: '#fff',
              weight: 3,
              fillColor: r.state === 'on_scene' ? '#1d7a35' : '#0b5d5b',
              fillOpacity: 1,
            }}
          >
            <Tooltip permanent direction="right" offset={[10, 0]} className="alarm-map__label">
              {t('alarm.map.responder', {
                n: String(i + 1),
                state: t(`alarm.status.${r.state}`),
                time: formatTime(r.at, lang),
              })}
            </Tooltip>
          </CircleMarker>
        ))}
      </MapContainer>
    </div>
  );
}
