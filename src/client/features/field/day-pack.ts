// The "day pack" (FLD-1): what today's work keeps on the device — orders, residents' cards, their size — and the
// map box around the orders with a zoom range that fits the offline-area limit. Pure: the panel reads rows and
// the tile source and passes them in; saving reuses the map's "save this area offline".
import { wgs84ToGcj02 } from '../../../domain/geo/datum';
import type { LocalRow } from '../../../local/local-db';
import type { Bbox } from '../../map/tiles/tile-math';

export interface DayPackSize {
  orders: number;
  residents: number;
  /** Bytes of the rows as JSON: close to what IndexedDB keeps, good enough to show "about N KB". */
  bytes: number;
}

export function sizeOfPack(groups: readonly (readonly LocalRow[])[]): number {
  let bytes = 0;
  for (const rows of groups) for (const row of rows) bytes += JSON.stringify(row).length;
  return bytes;
}

// About 400 m around the outermost orders, so the last street to the door is on the saved map.
const marginDeg = 0.004;

/** The WGS-84 box around the orders that have a position, in the tiles' datum; null when none has one. */
export function boxOfOrders(orders: readonly LocalRow[], datum: 'wgs84' | 'gcj02'): Bbox | null {
  const points = orders
    .filter((o) => typeof o.lat === 'number' && typeof o.lng === 'number')
    .map((o) => {
      const p = { lat: o.lat as number, lng: o.lng as number };
      return datum === 'gcj02' ? wgs84ToGcj02(p) : p;
    });
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  return {
    south: Math.min(...lats) - marginDeg,
    north: Math.max(...lats) + marginDeg,
    west: Math.min(...lngs) - marginDeg,
    east: Math.max(...lngs) + marginDeg,
  };
}

// Street level for finding a door; the city overview below it is small. Fewer top zooms when the box is large.
const packMinZoom = 12;
const packMaxZoom = 17;

/** The widest zoom range from street level down that stays within `maxTiles`; null when even one level is too many. */
export function zoomsForPack(
  count: (minZoom: number, maxZoom: number) => number,
  sourceMaxZoom: number,
  maxTiles: number,
): { minZoom: number; maxZoom: number; tiles: number } | null {
  for (let top = Math.min(packMaxZoom, sourceMaxZoom); top >= packMinZoom; top--) {
    const tiles = count(packMinZoom, top);
    if (tiles <= maxTiles) return { minZoom: packMinZoom, maxZoom: top, tiles };
  }
  return null;
}
