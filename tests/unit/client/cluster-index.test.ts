// Unit tests for the map's cluster index (MAP-1): counts add up, clusters expand, leaves are the input points.
// Must not touch the DOM, Leaflet, the network or a store.
import { describe, expect, it } from 'vitest';
import { type ClusterPoint, createClusterIndex } from '../../../src/client/map/cluster-index';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kinds = ['company', 'volunteer', 'resident'];
function randomPoints(n: number, seed = 1): ClusterPoint<{ n: number }>[] {
  const next = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    kind: kinds[i % 3]!,
    lat: 34.0 + next() * 1.4,
    lng: 107.6 + next() * 1.6,
    props: { n: i },
  }));
}

const XIANYANG: [number, number, number, number] = [107.6, 34.0, 109.2, 35.4];

describe('createClusterIndex', () => {
  const points = randomPoints(3000);
  const index = createClusterIndex(points);

  it('[MAP-1] clusters when dense: at city zoom a few clusters hold every point, counted by kind', () => {
    const results = index.clusters(XIANYANG, 9);
    expect(results.length).toBeLessThan(200);
    const total = results.reduce((sum, r) => sum + (r.type === 'cluster' ? r.count : 1), 0);
    expect(total).toBe(3000);
    const byKind: Record<string, number> = {};
    for (const r of results) {
      if (r.type === 'cluster') {
        expect(Object.values(r.countByKind).reduce((a, b) => a + b, 0)).toBe(r.count);
        for (const [kind, n] of Object.entries(r.countByKind)) byKind[kind] = (byKind[kind] ?? 0) + n;
      } else byKind[r.point.kind] = (byKind[r.point.kind] ?? 0) + 1;
    }
    expect(byKind).toEqual({ company: 1000, volunteer: 1000, resident: 1000 });
  });

  it('[MAP-1] past maxZoom every point stands alone, with its own id, kind and props', () => {
    const results = index.clusters(XIANYANG, 18);
    expect(results).toHaveLength(3000);
    expect(results.every((r) => r.type === 'point')).toBe(true);
    const byId = new Map(points.map((p) => [p.id, p]));
    for (const r of results) if (r.type === 'point') expect(r.point).toBe(byId.get(r.point.id));
  });

  it('[MAP-1] a cluster expands at a deeper zoom and its leaves are its points', () => {
    const cluster = index.clusters(XIANYANG, 10).find((r) => r.type === 'cluster');
    if (cluster?.type !== 'cluster') throw new Error('expected a cluster at zoom 10');
    expect(index.expansionZoom(cluster.clusterId)).toBeGreaterThan(10);
    const leaves = index.leaves(cluster.clusterId, Number.POSITIVE_INFINITY);
    expect(leaves).toHaveLength(cluster.count);
    expect(index.leaves(cluster.clusterId, 2)).toHaveLength(Math.min(2, cluster.count));
    const w = 0.5;
    for (const leaf of leaves) {
      expect(Math.abs(leaf.lat - cluster.lat)).toBeLessThan(w);
      expect(Math.abs(leaf.lng - cluster.lng)).toBeLessThan(w);
    }
  });

  it('[MAP-1] a viewport sees only what lies in it; no points means no clusters; bad coordinates are left out', () => {
    const small: [number, number, number, number] = [108.6, 34.3, 108.8, 34.4];
    const inside = points.filter((p) => p.lng >= 108.6 && p.lng <= 108.8 && p.lat >= 34.3 && p.lat <= 34.4);
    const seen = index.clusters(small, 18);
    expect(seen.map((r) => (r.type === 'point' ? r.point.id : '')).sort()).toEqual(inside.map((p) => p.id).sort());
    expect(createClusterIndex([]).clusters(XIANYANG, 10)).toEqual([]);
    const bad = createClusterIndex([{ id: 'x', kind: 'company', lat: Number.NaN, lng: 108 }, points[0]!]);
    expect(bad.size).toBe(1);
  });
});
