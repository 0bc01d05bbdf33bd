// What the map draws over the items: the chosen item's ring, the "what is near" circle with its hits, and the map
// click that asks "what is near" (MAP-2). Points go through toDisplay, clicks through fromDisplay (MAP-4).
import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import { Circle, Marker, useMapEvents } from 'react-leaflet';
import type { WithDistance } from '../../domain/geo/nearest';
import { ensurePane, nearCentreIcon, nearHitIcon, selectedIcon } from './map-icons';
import type { MapItem } from './map-items';
import { panelInsets } from './map-view';
import { useDisplayDatum } from './tiles/datum-context';

// More rings than this turn the map into noise; the list still names every hit.
const maxHitRings = 60;

export function SelectedRing({ item }: { item: MapItem }) {
  const { toDisplay } = useDisplayDatum();
  const map = useMapEvents({});
  const pane = ensurePane(map, 'selected');
  return <Marker position={toDisplay(item.lat, item.lng)} icon={selectedIcon} pane={pane} interactive={false} />;
}

interface NearOverlayProps {
  at: { lat: number; lng: number };
  radiusM: number;
  hits: readonly WithDistance<MapItem>[];
}

export function NearOverlay({ at, radiusM, hits }: NearOverlayProps) {
  const { toDisplay } = useDisplayDatum();
  const map = useMapEvents({});
  const pane = ensurePane(map, 'near');
  const centre = toDisplay(at.lat, at.lng);
  const circleRef = useRef<L.Circle>(null);

  // Show the whole circle when the point or radius changes, clear of the panels at the sides or bottom.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the circle's bounds follow the centre and radius
  useEffect(() => {
    const circle = circleRef.current;
    if (!circle) return;
    const { topLeft, bottomRight } = panelInsets(map.getSize());
    map.fitBounds(circle.getBounds(), {
      paddingTopLeft: topLeft,
      paddingBottomRight: bottomRight,
      maxZoom: 18,
    });
  }, [map, centre[0], centre[1], radiusM]);

  return (
    <>
      <Circle
        ref={circleRef}
        center={centre}
        radius={radiusM}
        pane={pane}
        interactive={false}
        pathOptions={{ color: '#0b5d5b', weight: 3, fillColor: '#0b5d5b', fillOpacity: 0.08, dashArray: '8 6' }}
      />
      <Marker position={centre} icon={nearCentreIcon} pane={pane} interactive={false} />
      {hits.slice(0, maxHitRings).map((h) => (
        <Marker
          key={`${h.kind}:${h.id}`}
          position={toDisplay(h.lat, h.lng)}
          icon={nearHitIcon(h)}
          pane={pane}
          interactive={false}
        />
      ))}
    </>
  );
}

/** A click on the map (not on a marker) asks what is near that point, in stored WGS-84 coordinates. */
export function MapClicks({ onPoint }: { onPoint: (at: { lat: number; lng: number }) => void }) {
  const { fromDisplay } = useDisplayDatum();
  useMapEvents({
    click(e) {
      const [lat, lng] = fromDisplay(e.latlng.lat, e.latlng.lng);
      onPoint({ lat, lng });
    },
  });
  return null;
}
