// Pure tile arithmetic for "save this area offline" (MAP-3): lon/lat → tile x/y, the tiles of a box per zoom, their
// count, and a tile's URL from a Leaflet template. Must stay pure (no DOM, no Leaflet, no fetch) so it is unit-tested.

/** A box in the tiles' own coordinates (the display datum): west, south, east, north in degrees. */
export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface TileXyz {
  x: number;
  y: number;
  z: number;
}

export interface TileRange {
  z: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

// Web mercator stops here; beyond it y runs off the tile grid.
const maxLat = 85.0511287798;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The tile holding a point at zoom z (slippy-map / XYZ numbering, y down from the north). */
export function lonLatToTile(lon: number, lat: number, z: number): TileXyz {
  const n = 2 ** z;
  const latRad = (clamp(lat, -maxLat, maxLat) * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n);
  return { x: clamp(x, 0, n - 1), y: clamp(y, 0, n - 1), z };
}

/** The north-west corner of a tile, in degrees. */
export function tileToLonLat(x: number, y: number, z: number): { lon: number; lat: number } {
  const n = 2 ** z;
  const lon = (x / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  return { lon, lat };
}

/** The inclusive x/y range of tiles covering a box at zoom z. */
export function tileRange(bbox: Bbox, z: number): TileRange {
  const nw = lonLatToTile(bbox.west, bbox.north, z);
  const se = lonLatToTile(bbox.east, bbox.south, z);
  return { z, minX: nw.x, maxX: se.x, minY: nw.y, maxY: se.y };
}

export function countTiles(bbox: Bbox, minZoom: number, maxZoom: number): number {
  let total = 0;
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bbox, z);
    total += (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
  }
  return total;
}

/** Every tile of a box for zooms minZoom..maxZoom, lowest zoom first, row by row. */
export function* tilesInBbox(bbox: Bbox, minZoom: number, maxZoom: number): Generator<TileXyz> {
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bbox, z);
    for (let y = r.minY; y <= r.maxY; y++) {
      for (let x = r.minX; x <= r.maxX; x++) yield { x, y, z };
    }
  }
}

/**
 * The URL of one tile from a Leaflet template. {s} is chosen exactly as Leaflet does (|x + y| mod the number of
 * subdomains), so a saved tile has the very URL the map will later ask the service worker for.
 */
export function tileUrl(template: string, tile: TileXyz, subdomains = '', key = ''): string {
  const s = subdomains.length > 0 ? subdomains[Math.abs(tile.x + tile.y) % subdomains.length]! : '';
  return template.replace(/\{([szxyk])\}/g, (_whole, name: string) => {
    switch (name) {
      case 's':
        return s;
      case 'z':
        return String(tile.z);
      case 'x':
        return String(tile.x);
      case 'y':
        return String(tile.y);
      default:
        return encodeURIComponent(key);
    }
  });
}
