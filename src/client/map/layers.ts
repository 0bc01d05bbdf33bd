// The map's layers (MAP-1): which kinds are shown, their counts, and how each kind is drawn (shape, colour, order).
// Pure; must not touch Leaflet or the DOM.
import { type MapItem, type MapKind, mapKinds } from './map-items';

export type LayerVisibility = Record<MapKind, boolean>;

export const allLayersOn: LayerVisibility = {
  company: true,
  volunteer: true,
  resident: true,
  order: true,
  alarm: true,
};

/** Legend order: alarms first, the most urgent; then the resources, then the people they serve. */
export const legendOrder: readonly MapKind[] = ['alarm', 'order', 'company', 'volunteer', 'resident'];

/** How a kind looks; the CSS in map.css draws the shape and colour from the class. */
export interface KindStyle {
  shape: 'square' | 'circle' | 'diamond' | 'triangle' | 'pin';
  /** Drawn above lower numbers; alarms are always on top. */
  z: number;
  /** Live alarms are never merged into clusters: each must be seen. */
  clustered: boolean;
}

export const kindStyles: Record<MapKind, KindStyle> = {
  company: { shape: 'square', z: 300, clustered: true },
  volunteer: { shape: 'circle', z: 400, clustered: true },
  resident: { shape: 'diamond', z: 200, clustered: true },
  order: { shape: 'triangle', z: 500, clustered: true },
  alarm: { shape: 'pin', z: 10_000, clustered: false },
};

export function countByKind(items: Record<MapKind, readonly MapItem[]>): Record<MapKind, number> {
  const out = {} as Record<MapKind, number>;
  for (const kind of mapKinds) out[kind] = items[kind]?.length ?? 0;
  return out;
}

/** The class list of a point marker: its kind, and for volunteers whether on duty (drawn distinctly). */
export function markerClassOf(item: Pick<MapItem, 'kind' | 'status' | 'light'>): string {
  const base = `map-pt map-pt--${item.kind}`;
  // Orders take their deadline light's colour (ORD-4); the triangle still says "order".
  if (item.kind === 'order' && item.light) return `${base} map-pt--light-${item.light}`;
  if (item.kind === 'volunteer' && item.status === 'on_duty') return `${base} map-pt--on-duty`;
  if (item.kind === 'company' && item.status !== 'active') return `${base} map-pt--inactive`;
  return base;
}

// The colours of map.css (--map-*), for the cluster ring drawn inline; keep the two in step.
export const kindColours: Record<MapKind, string> = {
  company: '#1f4fa3',
  volunteer: '#1d7a35',
  resident: '#7a3fa0',
  order: '#c25e00',
  alarm: '#b3261e',
};

/** A cluster's ring: one arc per kind in legend order, as long as that kind's share of the cluster. */
export function clusterRing(countByKind: Readonly<Record<string, number>>): string {
  const total = legendOrder.reduce((sum, k) => sum + (countByKind[k] ?? 0), 0);
  if (total === 0) return '#5b6b6a';
  const stops: string[] = [];
  let at = 0;
  for (const kind of legendOrder) {
    const n = countByKind[kind] ?? 0;
    if (n === 0) continue;
    const end = at + (n / total) * 100;
    stops.push(`${kindColours[kind]} ${round(at)}% ${round(end)}%`);
    at = end;
  }
  return `conic-gradient(${stops.join(', ')})`;
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Cluster bubble size class by how many points it holds, so a big group reads as big at a glance. */
export function clusterSizeOf(count: number): 's' | 'm' | 'l' {
  if (count < 10) return 's';
  if (count < 100) return 'm';
  return 'l';
}
