// Drawing a box on the map for "save this area" (MAP-3): while active, a press-and-drag draws a rectangle and
// hands back its bounds; map panning is paused meanwhile. Must not decide what the box is used for.
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function useBoxDraw(active: boolean, onBox: (bounds: L.LatLngBounds) => void): void {
  const map = useMap();
  useEffect(() => {
    if (!active) return;
    const container = map.getContainer();
    const wasDraggable = map.dragging.enabled();
    map.dragging.disable();
    container.classList.add('tiles-drawing');
    let start: L.LatLng | null = null;
    let rect: L.Rectangle | null = null;
    const down = (e: PointerEvent) => {
      if ((e.target as HTMLElement).closest('.tiles-control')) return;
      start = map.mouseEventToLatLng(e);
      rect = L.rectangle(L.latLngBounds(start, start), { color: '#0b5d5b', weight: 2, dashArray: '6 4' }).addTo(map);
      container.setPointerCapture?.(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (start && rect) rect.setBounds(L.latLngBounds(start, map.mouseEventToLatLng(e)));
    };
    const up = (e: PointerEvent) => {
      if (!start || !rect) return;
      const bounds = L.latLngBounds(start, map.mouseEventToLatLng(e));
      rect.remove();
      start = null;
      rect = null;
      onBox(bounds);
    };
    container.addEventListener('pointerdown', down);
    container.addEventListener('pointermove', move);
    container.addEventListener('pointerup', up);
    return () => {
      container.removeEventListener('pointerdown', down);
      container.removeEventListener('pointermove', move);
      container.removeEventListener('pointerup', up);
      container.classList.remove('tiles-drawing');
      rect?.remove();
      if (wasDraggable) map.dragging.enable();
    };
  }, [map, active, onBox]);
}
