// Nearest benchmark (MAP-2): 1,000,000 random points in the Xianyang box; index build time, k = 10 query latency
// over 10,000 random points, against a brute-force scan in the same run (the ratio). Prints figures, asserts nothing.
import { around } from 'geokdbush';
import { createNearestIndex, type GeoItem, nearest, nearestByScan, nearestHits } from '../src/domain/geo/nearest';
import { createRandom } from '../src/server/seed/random';

const POINTS = 1_000_000;
const QUERIES = 10_000;
const SCAN_QUERIES = 50;
const K = 10;
const BOX = { minLat: 34.0, maxLat: 35.4, minLng: 107.6, maxLng: 109.2 };
const kinds = ['company', 'volunteer', 'resident'] as const;

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function runNearestBench(): Promise<void> {
  const r = createRandom(42);
  const items: GeoItem[] = Array.from({ length: POINTS }, (_, i) => ({
    kind: kinds[i % 3]!,
    id: `p${i}`,
    lat: r.float(BOX.minLat, BOX.maxLat),
    lng: r.float(BOX.minLng, BOX.maxLng),
  }));
  const point = () => ({ lat: r.float(BOX.minLat, BOX.maxLat), lng: r.float(BOX.minLng, BOX.maxLng) });

  const buildStart = performance.now();
  const index = createNearestIndex(items);
  const buildMs = performance.now() - buildStart;

  const queries = Array.from({ length: QUERIES }, point);
  const timeQueries = (query: (q: { lat: number; lng: number }) => unknown): number[] => {
    for (let i = 0; i < 1000; i++) query(queries[i]!); // warm-up: JIT, not measured
    const times: number[] = [];
    for (const q of queries) {
      const t0 = process.hrtime.bigint();
      query(q);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
    return times.sort((a, b) => a - b);
  };
  // nearestHits answers {item, distance} pairs (what the server uses); nearest copies each item with its distance.
  const times = timeQueries((q) => nearestHits(index, { ...q, k: K }));
  const flatTimes = timeQueries((q) => nearest(index, { ...q, k: K }));
  // The library alone (indices only, its own km): what our exact-metre cut and tie rule add on top of it.
  const libraryTimes = timeQueries((q) => around(index.tree!, q.lng, q.lat, K));

  const scanTimes: number[] = [];
  let mismatches = 0;
  for (const q of queries.slice(0, SCAN_QUERIES)) {
    const t0 = process.hrtime.bigint();
    const scan = nearestByScan(items, { ...q, k: K });
    scanTimes.push(Number(process.hrtime.bigint() - t0) / 1000);
    const got = nearest(index, { ...q, k: K });
    if (got.map((g) => g.id).join() !== scan.map((s) => s.id).join()) mismatches++;
  }
  scanTimes.sort((a, b) => a - b);

  const p50 = percentile(times, 50);
  console.log(
    JSON.stringify({
      bench: 'nearest',
      points: POINTS,
      k: K,
      buildMs: Math.round(buildMs),
      queries: QUERIES,
      p50Us: round(p50),
      p99Us: round(percentile(times, 99)),
      maxUs: round(times[times.length - 1]!),
      flatP50Us: round(percentile(flatTimes, 50)),
      flatP99Us: round(percentile(flatTimes, 99)),
      libraryP50Us: round(percentile(libraryTimes, 50)),
      libraryP99Us: round(percentile(libraryTimes, 99)),
      targetP99Us: 50,
      scanQueries: SCAN_QUERIES,
      scanP50Us: Math.round(percentile(scanTimes, 50)),
      mismatches,
      ratio: Math.round(percentile(scanTimes, 50) / p50),
    }),
  );
}
