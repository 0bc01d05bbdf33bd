// Moving the map so a place lands in the part the panels leave clear: the left panel and right side panel on wide
// screens, the search bar and the bottom sheet on a phone. Leaflet helpers only; must not hold state.
import L from 'leaflet';

// Matches map.css: 48rem breakpoint, left panel 22rem + margins, side panel 24rem + margins, sheet 58% high.
const wideFromPx = 768;
const leftPanelPx = 370;
const sidePanelPx = 410;
const topBarPx = 64;
const sheetShare = 0.58;

/** Pixels the panels cover on each side of the map when a side panel or sheet is open. */
export function panelInsets(size: L.Point): { topLeft: L.Point; bottomRight: L.Point } {
  if (size.x >= wideFromPx) return { topLeft: L.point(leftPanelPx, 16), bottomRight: L.point(sidePanelPx, 16) };
  return { topLeft: L.point(12, topBarPx + 12), bottomRight: L.point(12, Math.round(size.y * sheetShare) + 12) };
}

/** Flies so the point sits in the middle of the clear area, at least at `minZoom`. */
export function flyIntoView(map: L.Map, at: [number, number], minZoom: number): void {
  const zoom = Math.max(map.getZoom(), minZoom);
  const { topLeft, bottomRight } = panelInsets(map.getSize());
  // The clear area's centre is off the map's centre by half the difference of the insets.
  const shift = bottomRight.subtract(topLeft).divideBy(2);
  const centre = map.unproject(map.project(at, zoom).add(shift), zoom);
  map.flyTo(centre, zoom, { duration: 0.8 });
}
