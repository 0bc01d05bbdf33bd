// Unit tests for the nearest-point index (MAP-2): it must give exactly the brute-force answer (ids, order, distances).
// Must not touch the network, a store or the file system; random data comes from a seeded PRNG.
import { describe, expect, it } from 'vitest';
import { haversineMeters, type LatLng, offsetByMeters } from '../../../../src/domain/geo/distance';
import {
  createNearestIndex,
  type GeoItem,
  nearest,
  nearestByScan,
  type WithDistance,
} from '../../../../src/domain/geo/nearest';
import { createRandom } from '../../../../src/server/seed/random';

const XIANYANG = { minLat: 34.0, maxLat: 35.4, minLng: 107.6, maxLng: 109.2 };
const kinds = ['company', 'volunteer', 'resident'] as const;

function randomItems(seed: number, n: number): GeoItem[] {
  const r = createRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    kind: kinds[i % 3]!,
    id: `p${String(i).padStart(6, '0')}`,
    lat: r.float(XIANYANG.minLat, XIANYANG.maxLat),
    lng: r.float(XIANYANG.minLng, XIANYANG.maxLng),
  }));
}

/** Same ids in the same order, distances within 1 m of the scan's and of the haversine from the query point. */
function expectSame(actual: WithDistance<GeoItem>[], expected: WithDistance<GeoItem>[], from: LatLng): void {
  expect(actual.map((a) => a.id)).toEqual(expected.map((e) => e.id));
  // One assertion per answer, not per item: hundreds of answers are compared per test.
  let worst = 0;
  let sorted = true;
  actual.forEach((a, i) => {
    worst = Math.max(
      worst,
      Math.abs(a.distance - expected[i]!.distance),
      Math.abs(a.distance - haversineMeters(from, a)),
    );
    if (i > 0 && a.distance < actual[i - 1]!.distance) sorted = false;
  });
  expect(worst).toBeLessThan(1);
  expect(sorted).toBe(true);
}

describe('nearest', () => {
  const items = randomItems(20261123, 10_000);
  const index = createNearestIndex(items);
  const r = createRandom(7);
  const queries = Array.from({ length: 80 }, () => ({
    lat: r.float(XIANYANG.minLat - 0.05, XIANYANG.maxLat + 0.05),
    lng: r.float(XIANYANG.minLng - 0.05, XIANYANG.maxLng + 0.05),
  }));

  it('[MAP-2] nearest equals a brute-force scan on random data (k nearest)', () => {
    for (const q of queries) {
      for (const k of [1, 10, 57]) expectSame(nearest(index, { ...q, k }), nearestByScan(items, { ...q, k }), q);
    }
  }, 30_000); // headroom for a busy machine: normally well under a second

  it('[MAP-2] nearest equals a brute-force scan on random data (radius, with and without k)', () => {
    for (const [i, q] of queries.entries()) {
      const radiusM = [250, 1000, 3000, 12_345][i % 4]!;
      const scan = nearestByScan(items, { ...q, radiusM });
      expectSame(nearest(index, { ...q, radiusM }), scan, q);
      expect(scan.every((s) => s.distance <= radiusM)).toBe(true);
      expectSame(nearest(index, { ...q, radiusM, k: 5 }), nearestByScan(items, { ...q, radiusM, k: 5 }), q);
    }
  }, 30_000); // headroom for a busy machine: normally well under a second

  it('[MAP-2] a filter applies before the k cut, as in the scan', () => {
    const filter = (it: GeoItem) => it.kind === 'volunteer';
    for (const q of queries.slice(0, 50)) {
      const got = nearest(index, { ...q, k: 10, filter });
      expectSame(got, nearestByScan(items, { ...q, k: 10, filter }), q);
      expect(got).toHaveLength(10);
      expect(got.every(filter)).toBe(true);
    }
  });

  it('[MAP-2] the radius cut is the reported haversine distance, also for points just inside and just outside', () => {
    const centre = { lat: 34.33, lng: 108.71 };
    const ring = Array.from({ length: 360 }, (_, deg) => {
      const a = (deg * Math.PI) / 180;
      const m = 1000 + (deg % 2 === 0 ? -0.01 : 0.01); // alternately 1 cm inside and outside 1 km
      const p = offsetByMeters(centre, m * Math.cos(a), m * Math.sin(a));
      return { kind: 'company', id: `r${deg}`, ...p };
    });
    const ringIndex = createNearestIndex(ring);
    for (const radiusM of [999.9, 1000, 1000.05]) {
      const got = nearest(ringIndex, { ...centre, radiusM });
      expectSame(got, nearestByScan(ring, { ...centre, radiusM }), centre);
      expect(got.every((g) => g.distance <= radiusM)).toBe(true);
    }
  });

  it('[MAP-2] edge cases: k = 0, radius 0, an empty index, a negative radius, no coordinates', () => {
    const q = { lat: 34.5, lng: 108.5 };
    expect(nearest(index, { ...q, k: 0 })).toEqual([]);
    expect(nearest(index, { ...q, radiusM: -1 })).toEqual([]);
    expect(nearest(index, { lat: Number.NaN, lng: 108, k: 3 })).toEqual([]);
    expect(nearest(createNearestIndex([]), { ...q, k: 3 })).toEqual([]);
    expect(nearestByScan([], { ...q, k: 3 })).toEqual([]);
    const here = { kind: 'resident', id: 'here', ...q };
    const withHere = createNearestIndex([...items.slice(0, 1000), here]);
    expect(nearest(withHere, { ...q, radiusM: 0 }).map((x) => [x.id, x.distance])).toEqual([['here', 0]]);
    expect(nearest(createNearestIndex(items.slice(0, 10)), { ...q, radiusM: 0 })).toEqual([]);
    const broken = { kind: 'company', id: 'nowhere', lat: Number.NaN, lng: 108 };
    expect(createNearestIndex([broken, here]).items).toEqual([here]);
  });

  it('[MAP-2] duplicate points: ties are broken by id, also across the k cut, as in the scan', () => {
    const spot = { lat: 34.4, lng: 108.9 };
    const dups: GeoItem[] = [...'qwertyuiopasdfghjklzxcvbnm'].map((c) => ({
      kind: 'volunteer',
      id: `d-${c}`,
      ...spot,
    }));
    const all = [...dups, ...randomItems(99, 5000)];
    const dupIndex = createNearestIndex(all);
    for (const k of [1, 3, 10, 26, 27, 40]) {
      const got = nearest(dupIndex, { ...spot, k });
      expectSame(got, nearestByScan(all, { ...spot, k }), spot);
      expect(got.slice(0, Math.min(k, 26)).map((g) => g.id)).toEqual(
        dups
          .map((d) => d.id)
          .sort()
          .slice(0, Math.min(k, 26)),
      );
    }
    const off = offsetByMeters(spot, 300, -200);
    expectSame(nearest(dupIndex, { ...off, k: 7 }), nearestByScan(all, { ...off, k: 7 }), off);
  });

  it('[MAP-2] without k or radius every item comes back, sorted', () => {
    const few = randomItems(3, 500);
    const q = { lat: 34.7, lng: 108.4 };
    const got = nearest(createNearestIndex(few), q);
    expect(got).toHaveLength(500);
    expectSame(got, nearestByScan(few, q), q);
  });
});
