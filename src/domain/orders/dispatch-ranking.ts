// Suggested vendors and field workers for one order (ORD-2): a score, a straight-line distance and the reasons, best
// first. Pure and deterministic (no clock, no lookups): the dispatcher's screen ranks what it already has locally.
//
// Weights: distance 0..100 (100 at the spot, −1 per 200 m, 0 from 20 km or with no position); rating A +12, B +8,
// C +4, D 0, none (workers) +6; load −3 per open order (at most −15); outside the service radius −40. So 1 km ≈ 5,
// A vs D ≈ 2.4 km, one open order ≈ 600 m. Tiers: a category mismatch −500, unavailable −1000 — larger than any
// spread inside a tier, so every available matching candidate comes first and unavailable ones come last.
import { haversineMeters, type LatLng } from '../geo/distance';

export type CompanyRating = 'A' | 'B' | 'C' | 'D';

export interface DispatchCandidate {
  kind: 'company' | 'worker';
  id: string; // company id, or the field worker's user id
  name: string;
  lat: number | null;
  lng: number | null;
  categoryIds: readonly string[]; // company categories, or the worker's skills
  rating: CompanyRating | null; // company credit rating; null for workers
  openLoad: number; // open orders it holds now
  available: boolean; // company status 'active' / worker on duty
  serviceRadiusM: number | null; // company's service radius; null = no limit
}

export type RankReason =
  | { code: 'distance'; distanceM: number }
  | { code: 'no_position' }
  | { code: 'category_match' }
  | { code: 'category_mismatch' }
  | { code: 'rating'; rating: CompanyRating }
  | { code: 'load'; openLoad: number }
  | { code: 'unavailable' }
  | { code: 'outside_radius'; radiusM: number };

export interface RankedCandidate {
  candidate: DispatchCandidate;
  score: number;
  distanceM: number | null;
  reasons: RankReason[];
}

export const DEFAULT_RANK_LIMIT = 10;

const DISTANCE_MAX_POINTS = 100;
const METRES_PER_POINT = 200;
const ratingPoints: Record<CompanyRating, number> = { A: 12, B: 8, C: 4, D: 0 };
// A worker has no credit rating: neutral, between B and C, so neither kind is favoured by the missing value.
const UNRATED_POINTS = 6;
const LOAD_POINTS_PER_ORDER = 3;
const LOAD_MAX_PENALTY = 15;
const OUTSIDE_RADIUS_PENALTY = 40;
const MISMATCH_PENALTY = 500;
const UNAVAILABLE_PENALTY = 1000;

// Names tie-break in the order a Chinese reader expects (pinyin), then ids so the order is total.
const collator = new Intl.Collator('zh-CN');

function positionOf(c: Pick<DispatchCandidate, 'lat' | 'lng'>): LatLng | null {
  if (c.lat === null || c.lng === null || !Number.isFinite(c.lat) || !Number.isFinite(c.lng)) return null;
  return { lat: c.lat, lng: c.lng };
}

/** Score and reasons of one candidate; the distance is null when either side has no position. */
export function scoreCandidate(at: LatLng | null, categoryId: string | null, c: DispatchCandidate): RankedCandidate {
  const reasons: RankReason[] = [];
  const here = positionOf(c);
  const distanceM = at && here ? haversineMeters(at, here) : null;
  let score = 0;
  if (distanceM === null) reasons.push({ code: 'no_position' });
  else {
    reasons.push({ code: 'distance', distanceM: Math.round(distanceM) });
    score += Math.max(0, DISTANCE_MAX_POINTS - distanceM / METRES_PER_POINT);
  }
  if (categoryId !== null) {
    const matches = c.categoryIds.includes(categoryId);
    reasons.push({ code: matches ? 'category_match' : 'category_mismatch' });
    if (!matches) score -= MISMATCH_PENALTY;
  }
  if (c.rating !== null) reasons.push({ code: 'rating', rating: c.rating });
  score += c.rating === null ? UNRATED_POINTS : ratingPoints[c.rating];
  const load = Math.max(0, c.openLoad);
  reasons.push({ code: 'load', openLoad: load });
  score -= Math.min(LOAD_MAX_PENALTY, load * LOAD_POINTS_PER_ORDER);
  if (!c.available) {
    reasons.push({ code: 'unavailable' });
    score -= UNAVAILABLE_PENALTY;
  }
  if (distanceM !== null && c.serviceRadiusM !== null && distanceM > c.serviceRadiusM) {
    reasons.push({ code: 'outside_radius', radiusM: c.serviceRadiusM });
    score -= OUTSIDE_RADIUS_PENALTY;
  }
  // One decimal is what the screen shows; equal shown scores fall to the distance tie-break.
  return { candidate: c, score: Math.round(score * 10) / 10, distanceM, reasons };
}

/** Best first: score descending, then nearer (unknown distance last), then name, then id. */
export function compareRanked(a: RankedCandidate, b: RankedCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.distanceM !== b.distanceM) {
    if (a.distanceM === null) return 1;
    if (b.distanceM === null) return -1;
    return a.distanceM - b.distanceM;
  }
  const byName = collator.compare(a.candidate.name, b.candidate.name);
  if (byName !== 0) return byName;
  return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
}

/**
 * Ranks the candidates for an order at `at` needing `categoryId` (null: any). Unavailable and mismatching candidates
 * stay in the list, after every available matching one, with reasons saying why. At most `limit` (default 10).
 */
export function rankDispatchCandidates(
  at: { lat: number; lng: number } | null,
  categoryId: string | null,
  candidates: readonly DispatchCandidate[],
  options?: { limit?: number },
): RankedCandidate[] {
  const limit = Math.max(0, Math.floor(options?.limit ?? DEFAULT_RANK_LIMIT));
  const origin = at ? positionOf(at) : null;
  return candidates
    .map((c) => scoreCandidate(origin, categoryId, c))
    .sort(compareRanked)
    .slice(0, limit);
}
