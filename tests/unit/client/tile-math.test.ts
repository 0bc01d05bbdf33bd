// Tile arithmetic for saving map areas offline (MAP-3): known tiles, counts, ranges and URLs as Leaflet makes them.
import { describe, expect, it } from 'vitest';
import {
  countTiles,
  lonLatToTile,
  tileRange,
  tilesInBbox,
  tileToLonLat,
  tileUrl,
} from '../../../src/client/map/tiles/tile-math';

// Xianyang's centre (秦都区) and a box around the city.
const xianyang = { lon: 108.70858, lat: 34.32932 };
const cityBox = { west: 108.6, south: 34.25, east: 108.8, north: 34.4 };

describe('tile math', () => {
  it('[MAP-3] puts a point in the tile every slippy map agrees on', () => {
    expect(lonLatToTile(0, 0, 0)).toEqual({ x: 0, y: 0, z: 0 });
    expect(lonLatToTile(0, 0, 1)).toEqual({ x: 1, y: 1, z: 1 });
    expect(lonLatToTile(-0.0001, 0.0001, 1)).toEqual({ x: 0, y: 0, z: 1 });
    // Worked by hand: x = ⌊(108.70858 + 180) / 360 · 1024⌋ = 821, y = ⌊(1 − asinh(tan φ) / π) / 2 · 1024⌋ = 407.
    expect(lonLatToTile(xianyang.lon, xianyang.lat, 10)).toEqual({ x: 821, y: 407, z: 10 });
  });

  it('[MAP-3] clamps points off the mercator grid to its edge tiles', () => {
    expect(lonLatToTile(180, 89.9, 3)).toEqual({ x: 7, y: 0, z: 3 });
    expect(lonLatToTile(-180, -89.9, 3)).toEqual({ x: 0, y: 7, z: 3 });
  });

  it('[MAP-3] turns a tile back into its north-west corner', () => {
    const { lon, lat } = tileToLonLat(821, 412, 10);
    expect(lonLatToTile(lon + 1e-9, lat - 1e-9, 10)).toEqual({ x: 821, y: 412, z: 10 });
  });

  it('[MAP-3] counts the tiles of a box per zoom, and lists exactly those', () => {
    const r = tileRange(cityBox, 12);
    expect(r.minX).toBeLessThanOrEqual(r.maxX);
    expect(r.minY).toBeLessThanOrEqual(r.maxY);
    const count = countTiles(cityBox, 10, 14);
    const listed = [...tilesInBbox(cityBox, 10, 14)];
    expect(listed).toHaveLength(count);
    expect(new Set(listed.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(count);
    expect(listed[0]!.z).toBe(10);
    // Each zoom level roughly quadruples the count.
    expect(countTiles(cityBox, 15, 15)).toBeGreaterThan(3 * countTiles(cityBox, 14, 14));
  });

  it('[MAP-3] a point box is one tile per zoom', () => {
    const dot = { west: xianyang.lon, east: xianyang.lon, south: xianyang.lat, north: xianyang.lat };
    expect(countTiles(dot, 0, 18)).toBe(19);
  });

  it('[MAP-3] fills a template with z/x/y, the key and Leaflet’s subdomain choice', () => {
    const t = { x: 821, y: 412, z: 10 };
    expect(tileUrl('https://tiles.example/{z}/{x}/{y}.png', t)).toBe('https://tiles.example/10/821/412.png');
    // Leaflet: subdomains[|x + y| % n] → (821 + 412) % 3 = 0 → 'a'; (822 + 412) % 3 = 1 → 'b'.
    expect(tileUrl('https://{s}.tile.example/{z}/{x}/{y}.png', t, 'abc')).toBe('https://a.tile.example/10/821/412.png');
    expect(tileUrl('https://{s}.tile.example/{z}/{x}/{y}.png', { ...t, x: 822 }, 'abc')).toBe(
      'https://b.tile.example/10/822/412.png',
    );
    expect(tileUrl('https://t{s}.example/w?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={k}', t, '01234567', 'a b')).toBe(
      'https://t1.example/w?TILEMATRIX=10&TILEROW=412&TILECOL=821&tk=a%20b',
    );
  });
});
