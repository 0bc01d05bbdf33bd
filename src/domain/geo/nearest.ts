// "What is near" (MAP-2): a static point index (kdbush + geokdbush) and k-nearest / radius queries in metres,
// plus the brute-force scan it must equal. Must not hold mutable state or know where items come from: rebuild it.

import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { EARTH_RADIUS_M, haversineMeters } from './distance';

export interface GeoItem {
  kind: string;
  id: string;
  lat: number;
  lng: number;
}

export type WithDistance<T> = T & { distance: number };

export interface NearestIndex<T extends GeoItem> {
  readonly items: readonly T[];
  readonly tree: KDBush | null;
  /** [lat, lng] per item, by item index: candidates are measured here, not on item objects scattered over the heap
   * (on a large index, memory latency rather than arithmetic is what a query pays for). */
  readonly latLngs: Float64Array;
}

export interface NearestQuery<T> {
  lat: number;
  lng: number;
  /** Only items at most this many metres away (haversine, our Earth radius); default: no limit. */
  radiusM?: number;
  /** At most this many items, the nearest; default: no limit. */
  k?: number;
  filter?: (item: T) => boolean;
}

/** geokdbush measures on a 6371 km sphere; a radius in our metres becomes the same angle in its kilometres. */
const GEOKDBUSH_KM_PER_OUR_M = 6371 / EARTH_RADIUS_M;
// Both libraries compute the same haversine term but round differently (last few bits): the tree is asked for a
// hair more (1e-9 relative, plus 1 µm) and our haversine makes the exact cut, so the two never disagree at the edge.
const RADIUS_SLACK = 1 + 1e-9;
const RADIUS_SLACK_KM = 1e-9;
// Distances closer than this (metres) are treated as a possible tie at the k-th place: the same rounding can order
// two such items differently in the tree and in our haversine, so the boundary is re-read and ties go by id.
const TIE_EPS_M = 1e-6;

// 16 points per leaf: k = 10 queries on 1M points measured faster than with kdbush's default 64; builds a bit slower.
const NODE_SIZE = 16;

/** Builds the index; items without finite coordinates are left out. kdbush is static: rebuild after changes. */
export function createNearestIndex<T extends GeoItem>(input: readonly T[]): NearestIndex<T> {
  const items = input.filter((it) => Number.isFinite(it.lat) && Number.isFinite(it.lng));
  const latLngs = new Float64Array(items.length * 2);
  if (items.length === 0) return { items, tree: null, latLngs };
  const tree = new KDBush(items.length, NODE_SIZE);
  items.forEach((it, i) => {
    tree.add(it.lng, it.lat);
    latLngs[2 * i] = it.lat;
    latLngs[2 * i + 1] = it.lng;
  });
  tree.finish();
  return { items, tree, latLngs };
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Nearest first; equal distances by id (code-unit order), so answers are the same on every run and device. */
export function compareByDistance(a: { distance: number; id: string }, b: { distance: number; id: string }): number {
  return a.distance - b.distance || compareIds(a.id, b.id);
}

function isEmptyQuery(q: Omit<NearestQuery<never>, 'filter'>): boolean {
  const k = q.k ?? Number.POSITIVE_INFINITY;
  const radius = q.radiusM ?? Number.POSITIVE_INFINITY;
  return !(k >= 1) || !(radius >= 0) || !Number.isFinite(q.lat) || !Number.isFinite(q.lng);
}

/** The k nearest items within radiusM of the point, with haversine distance in metres, sorted by compareByDistance. */
export function nearest<T extends GeoItem>(index: NearestIndex<T>, q: NearestQuery<T>): WithDistance<T>[] {
  return nearestHits(index, q).map((h) => ({ ...h.item, distance: h.distance }));
}

/**
 * The same answer as nearest() without copying the items: `{item, distance}` pairs. For hot paths that map the
 * items anyway (the server's /api/nearby): a copy of a scattered heap object is most of a k = 10 query's cost.
 */
export function nearestHits<T extends GeoItem>(index: NearestIndex<T>, q: NearestQuery<T>): NearestHit<T>[] {
  if (!index.tree || isEmptyQuery(q)) return [];
  const k = Math.floor(q.k ?? Number.POSITIVE_INFINITY);
  const radiusM = q.radiusM ?? Number.POSITIVE_INFINITY;
  // One more than asked shows whether the k-th place is a tie that continues past the cut.
  const hits = readHits(index, q, k + 1, radiusM);
  if (hits.length <= k) return hits;
  if (hits[k]!.distance - hits[k - 1]!.distance > TIE_EPS_M) return hits.slice(0, k);
  const bound = Math.min(radiusM, hits[k - 1]!.distance + TIE_EPS_M);
  return readHits(index, q, Number.POSITIVE_INFINITY, bound).slice(0, k);
}

export interface NearestHit<T> {
  item: T;
  distance: number;
}

// Module-level functions, not closures made per query: a hot query path should allocate as little as it can.
const compareHits = (a: NearestHit<GeoItem>, b: NearestHit<GeoItem>): number =>
  a.distance - b.distance || compareIds(a.item.id, b.item.id);

/** Tree candidates in order, measured with our haversine on the packed coordinates and cut at maxM. */
function readHits<T extends GeoItem>(
  index: NearestIndex<T>,
  q: NearestQuery<T>,
  maxResults: number,
  maxM: number,
): NearestHit<T>[] {
  const { items, latLngs } = index;
  const filter = q.filter;
  const maxKm = Number.isFinite(maxM) ? maxM * GEOKDBUSH_KM_PER_OUR_M * RADIUS_SLACK + RADIUS_SLACK_KM : undefined;
  const predicate = filter ? (i: number) => filter(items[i]!) : undefined;
  const hits: NearestHit<T>[] = [];
  for (const i of around(index.tree!, q.lng, q.lat, maxResults, maxKm, predicate)) {
    const distance = haversineMeters(q, { lat: latLngs[2 * i]!, lng: latLngs[2 * i + 1]! });
    if (distance <= maxM) hits.push({ item: items[i]!, distance });
  }
  return hits.sort(compareHits);
}

/** The same answer by looking at every item: the reference for tests and the benchmark baseline. */
export function nearestByScan<T extends GeoItem>(items: readonly T[], q: NearestQuery<T>): WithDistance<T>[] {
  if (isEmptyQuery(q)) return [];
  const k = Math.floor(q.k ?? Number.POSITIVE_INFINITY);
  const radiusM = q.radiusM ?? Number.POSITIVE_INFINITY;
  const best: WithDistance<T>[] = [];
  const bounded = Number.isFinite(k);
  for (const item of items) {
    if (!Number.isFinite(item.lat) || !Number.isFinite(item.lng)) continue;
    if (q.filter && !q.filter(item)) continue;
    const distance = haversineMeters(q, item);
    if (distance > radiusM) continue;
    if (!bounded) {
      best.push({ ...item, distance });
      continue;
    }
    // A full list only takes an item that sorts before its last one (ties by id, as in nearest()).
    const last = best[k - 1];
    if (last && compareByDistance({ distance, id: item.id }, last) >= 0) continue;
    insertSorted(best, { ...item, distance });
    if (best.length > k) best.pop();
  }
  return bounded ? best : best.sort(compareByDistance);
}

/** Binary insertion keeps the scan's best list sorted without sorting everything it saw. */
function insertSorted<T extends { distance: number; id: string }>(list: T[], item: T): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareByDistance(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}
