// The seeded random source of the demo generator: mulberry32 plus the picks, ids and points the seed needs.
// Must not touch Math.random or the clock: the same seed gives the same numbers, so the same rows and ids.
import { type LatLng, offsetByMeters } from '../../domain/geo/distance';
import {
  type AreaGeometry,
  type BBox,
  bboxOfGeometry,
  isPointInBBox,
  isPointInGeometry,
} from '../../domain/geo/point-in-polygon';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight from [item, weight] pairs; weights need not sum to 1. */
  pickWeighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** n distinct items in random order (all of them when n ≥ length). */
  sample<T>(items: readonly T[], n: number): T[];
  /** A string of n decimal digits (leading zeros allowed). */
  digits(n: number): string;
  /** A uuid v4 made from this stream, so ids repeat with the seed. */
  uuid(): string;
  /** A uniform point inside the geometry, by rejection in its bounding box. */
  pointIn(geometry: AreaGeometry, bbox?: BBox): LatLng;
  /** A uniform point within radiusM of centre that passes accept (the radius grows if it keeps failing). */
  pointNear(centre: LatLng, radiusM: number, accept?: (point: LatLng) => boolean): LatLng;
  /** An independent stream named by label: adding draws to one section does not shift the others. */
  fork(label: string): Random;
}

/** mulberry32: 32-bit state, full period 2^32, passes gjrand/PractRand well enough for demo data. */
function createMulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a label. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Coordinates rounded to 6 decimals (about 0.1 m): tidy rows, and the inside test sees the stored value. */
const roundCoord = (value: number): number => Math.round(value * 1e6) / 1e6;

export function createRandom(seed: number): Random {
  const next = createMulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)]!;
  };
  const hex = (n: number) => {
    let out = '';
    for (let i = 0; i < n; i++) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const random: Random = {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick,
    pickWeighted: (choices) => pickWeighted(choices, next()),
    sample: (items, n) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.max(0, n));
    },
    digits: (n) => {
      let out = '';
      for (let i = 0; i < n; i++) out += String(Math.floor(next() * 10));
      return out;
    },
    uuid: () => {
      const variant = (8 + Math.floor(next() * 4)).toString(16); // RFC 4122 variant: 10xx
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
    pointIn: (geometry, bbox = bboxOfGeometry(geometry)) => pointIn(next, geometry, bbox),
    pointNear: (centre, radiusM, accept = () => true) => pointNear(next, centre, radiusM, accept),
    fork: (label) => createRandom((hashLabel(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0),
  };
  return random;
}

function pickWeighted<T>(choices: readonly (readonly [T, number])[], u: number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  if (!(total > 0)) throw new Error('pickWeighted needs a positive total weight');
  let target = u * total;
  for (const [item, weight] of choices) {
    target -= weight;
    if (target < 0) return item;
  }
  return choices[choices.length - 1]![0]; // rounding left a sliver past the last weight
}

function pointIn(next: () => number, geometry: AreaGeometry, bbox: BBox): LatLng {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const point = {
      lat: roundCoord(bbox[1] + next() * (bbox[3] - bbox[1])),
      lng: roundCoord(bbox[0] + next() * (bbox[2] - bbox[0])),
    };
    if (isPointInGeometry(point, geometry)) return point;
  }
  throw new Error('no point found inside the geometry (is it empty?)');
}

function pointNear(next: () => number, centre: LatLng, radiusM: number, accept: (p: LatLng) => boolean): LatLng {
  let radius = radiusM;
  for (let round = 0; round < 8; round++) {
    for (let attempt = 0; attempt < 200; attempt++) {
      // sqrt keeps the density uniform over the disc instead of bunching at the centre.
      const distance = radius * Math.sqrt(next());
      const angle = 2 * Math.PI * next();
      const moved = offsetByMeters(centre, distance * Math.cos(angle), distance * Math.sin(angle));
      const point = { lat: roundCoord(moved.lat), lng: roundCoord(moved.lng) };
      if (accept(point)) return point;
    }
    radius *= 2;
  }
  throw new Error(`no acceptable point near ${centre.lat},${centre.lng}`);
}

/** A point test for a district: the cheap bbox check first, then the polygon. */
export function createAreaTest(geometry: AreaGeometry): (point: LatLng) => boolean {
  const bbox = bboxOfGeometry(geometry);
  return (point) => isPointInBBox(point, bbox) && isPointInGeometry(point, geometry);
}
