// Leaflet icons and panes of the map's markers: CSS-drawn div icons (no image files, which break under Vite) and one
// pane per kind so alarms always sit on top. Must not decide what is drawn where.
import L from 'leaflet';
import { clusterRing, clusterSizeOf, kindStyles, markerClassOf } from './layers';
import type { MapItem, MapKind } from './map-items';

export type PaneName = MapKind | 'cluster' | 'near' | 'selected';

const paneZ: Record<PaneName, number> = {
  resident: 610,
  company: 620,
  volunteer: 630,
  order: 640,
  cluster: 642,
  near: 645,
  alarm: 660,
  selected: 670,
};

/** The pane of a kind, created on first use; above Leaflet's marker pane (600), below popups (700). */
export function ensurePane(map: L.Map, name: PaneName): string {
  const id = `anxin-${name}`;
  if (!map.getPane(id)) {
    const pane = map.createPane(id);
    pane.style.zIndex = String(paneZ[name]);
  }
  return id;
}

// Every point gets a 32 px hit area whatever its drawn size, so a finger can hit a 14 px diamond.
const hitPx = 32;
const alarmHitPx = 40;
const iconCache = new Map<string, L.DivIcon>();

export function pointIcon(item: Pick<MapItem, 'kind' | 'status' | 'light'>): L.DivIcon {
  const cls = markerClassOf(item);
  let icon = iconCache.get(cls);
  if (!icon) {
    const size = kindStyles[item.kind].clustered ? hitPx : alarmHitPx;
    icon = L.divIcon({ className: 'map-icon', html: `<span class="${cls}"></span>`, iconSize: [size, size] });
    iconCache.set(cls, icon);
  }
  return icon;
}

const clusterPx = { s: 36, m: 44, l: 58 } as const;

/** A cluster: total count in a white disc, ringed by one arc per kind in proportion (MAP-1, one look for all kinds). */
export function clusterIcon(countByKind: Readonly<Record<string, number>>, count: number, label: string): L.DivIcon {
  const size = clusterSizeOf(count);
  const text = count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count);
  const kinds = Object.keys(countByKind)
    .filter((k) => (countByKind[k] ?? 0) > 0)
    .sort()
    .join(' ');
  return L.divIcon({
    className: 'map-icon',
    html:
      `<span class="map-cluster map-cluster--${size}" data-count="${count}" data-kinds="${kinds}" ` +
      `role="img" aria-label="${label}" style="background:${clusterRing(countByKind)}">` +
      `<span class="map-cluster__n">${text}</span></span>`,
    iconSize: [clusterPx[size], clusterPx[size]],
  });
}

export const selectedIcon = L.divIcon({
  className: 'map-icon',
  html: '<span class="map-selected"></span>',
  iconSize: [44, 44],
});
const nearHitCache = new Map<string, L.DivIcon>();

/** A hit of "what is near": the item's shape in a ring, so hits show even where their layer is clustered. */
export function nearHitIcon(item: Pick<MapItem, 'kind' | 'status' | 'light'>): L.DivIcon {
  const cls = markerClassOf(item);
  let icon = nearHitCache.get(cls);
  if (!icon) {
    icon = L.divIcon({
      className: 'map-icon',
      html: `<span class="map-near-hit"><span class="${cls}"></span></span>`,
      iconSize: [30, 30],
    });
    nearHitCache.set(cls, icon);
  }
  return icon;
}
export const nearCentreIcon = L.divIcon({
  className: 'map-icon',
  html: '<span class="map-near-centre"></span>',
  iconSize: [22, 22],
});
