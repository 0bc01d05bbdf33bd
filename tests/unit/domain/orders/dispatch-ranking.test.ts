// Unit tests for the dispatcher's suggested vendors and workers (ORD-2): order, tiers, tie-breaks and reasons.
// Must not touch the network, a store or the file system; positions are built by metre offsets from one point.
import { describe, expect, it } from 'vitest';
import { offsetByMeters } from '../../../../src/domain/geo/distance';
import {
  type DispatchCandidate,
  type RankedCandidate,
  rankDispatchCandidates,
} from '../../../../src/domain/orders/dispatch-ranking';

const resident = { lat: 34.33, lng: 108.71 }; // 咸阳 city centre
const CLEANING = 'cat-cleaning';

function candidate(id: string, metresNorth: number | null, extra: Partial<DispatchCandidate> = {}): DispatchCandidate {
  const p = metresNorth === null ? null : offsetByMeters(resident, metresNorth, 0);
  return {
    kind: 'company',
    id,
    name: id,
    lat: p?.lat ?? null,
    lng: p?.lng ?? null,
    categoryIds: [CLEANING],
    rating: 'B',
    openLoad: 0,
    available: true,
    serviceRadiusM: null,
    ...extra,
  };
}

const ids = (ranked: RankedCandidate[]) => ranked.map((r) => r.candidate.id);
const codes = (r: RankedCandidate) => r.reasons.map((x) => x.code);

describe('rankDispatchCandidates', () => {
  it('ORD-2 ranks equal candidates by distance, nearest first, and reports the distance in metres', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('far', 5_000),
      candidate('near', 300),
      candidate('mid', 2_000),
    ]);
    expect(ids(ranked)).toEqual(['near', 'mid', 'far']);
    expect(ranked[0]!.distanceM).toBeCloseTo(300, 0);
    expect(ranked[0]!.reasons[0]).toEqual({ code: 'distance', distanceM: 300 });
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('ORD-2 lists category mismatches after every matching candidate, however near, with the reason', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('wrong-trade-next-door', 10, { categoryIds: ['cat-plumbing'], rating: 'A' }),
      candidate('right-trade-far', 19_000, { rating: 'D', openLoad: 9 }),
    ]);
    expect(ids(ranked)).toEqual(['right-trade-far', 'wrong-trade-next-door']);
    expect(codes(ranked[1]!)).toContain('category_mismatch');
    expect(codes(ranked[0]!)).toContain('category_match');
  });

  it('ORD-2 ignores categories when none is asked for (no match or mismatch reasons)', () => {
    const ranked = rankDispatchCandidates(resident, null, [
      candidate('far', 3_000),
      candidate('near-other-trade', 100, { categoryIds: [] }),
    ]);
    expect(ids(ranked)).toEqual(['near-other-trade', 'far']);
    expect(codes(ranked[0]!)).not.toContain('category_mismatch');
    expect(codes(ranked[0]!)).not.toContain('category_match');
  });

  it('ORD-2 lists unavailable candidates last, even after mismatches, still with their reasons', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('suspended-next-door', 10, { available: false, rating: 'A' }),
      candidate('mismatch', 4_000, { categoryIds: ['cat-plumbing'] }),
      candidate('ok-far', 15_000),
    ]);
    expect(ids(ranked)).toEqual(['ok-far', 'mismatch', 'suspended-next-door']);
    expect(codes(ranked[2]!)).toContain('unavailable');
    expect(ranked).toHaveLength(3);
  });

  it('ORD-2 breaks equal distances by rating, A best, and names the rating', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('d', 1_000, { rating: 'D' }),
      candidate('a', 1_000, { rating: 'A' }),
      candidate('c', 1_000, { rating: 'C' }),
      candidate('b', 1_000, { rating: 'B' }),
    ]);
    expect(ids(ranked)).toEqual(['a', 'b', 'c', 'd']);
    expect(ranked[0]!.reasons).toContainEqual({ code: 'rating', rating: 'A' });
  });

  it('ORD-2 lets distance outweigh rating: a D next door beats an A 10 km away', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('a-far', 10_000, { rating: 'A' }),
      candidate('d-near', 200, { rating: 'D' }),
    ]);
    expect(ids(ranked)).toEqual(['d-near', 'a-far']);
  });

  it('ORD-2 breaks equal distance and rating by open load, lighter first', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('busy', 1_000, { openLoad: 4 }),
      candidate('idle', 1_000, { openLoad: 0 }),
      candidate('some', 1_000, { openLoad: 1 }),
    ]);
    expect(ids(ranked)).toEqual(['idle', 'some', 'busy']);
    expect(ranked[2]!.reasons).toContainEqual({ code: 'load', openLoad: 4 });
  });

  it('ORD-2 ranks rating above load: an A with 2 open orders beats an idle D at the same distance', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('d-idle', 1_000, { rating: 'D' }),
      candidate('a-busy', 1_000, { rating: 'A', openLoad: 2 }),
    ]);
    expect(ids(ranked)).toEqual(['a-busy', 'd-idle']);
  });

  it('ORD-2 penalises a company outside its own service radius, with the radius as the reason', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('small-radius', 1_000, { serviceRadiusM: 500 }),
      candidate('covers-it', 3_000, { serviceRadiusM: 5_000 }),
    ]);
    expect(ids(ranked)).toEqual(['covers-it', 'small-radius']);
    expect(ranked[1]!.reasons).toContainEqual({ code: 'outside_radius', radiusM: 500 });
    expect(codes(ranked[0]!)).not.toContain('outside_radius');
  });

  it('ORD-2 ranks a candidate with no position after positioned ones, with no_position and a null distance', () => {
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('unknown', null, { rating: 'A' }),
      candidate('known', 8_000),
    ]);
    expect(ids(ranked)).toEqual(['known', 'unknown']);
    expect(ranked[1]!.distanceM).toBeNull();
    expect(codes(ranked[1]!)).toContain('no_position');
    expect(codes(ranked[1]!)).not.toContain('distance');
  });

  it('ORD-2 ranks without a resident position by rating and load alone, every distance null', () => {
    const ranked = rankDispatchCandidates(null, CLEANING, [
      candidate('c', 100, { rating: 'C' }),
      candidate('a', 9_000, { rating: 'A' }),
      candidate('busy-a', 50, { rating: 'A', openLoad: 1 }),
    ]);
    expect(ids(ranked)).toEqual(['a', 'busy-a', 'c']);
    for (const r of ranked) {
      expect(r.distanceM).toBeNull();
      expect(codes(r)).toContain('no_position');
      expect(codes(r)).not.toContain('outside_radius');
    }
  });

  it('ORD-2 returns at most 10 by default and honours a given limit, keeping the best', () => {
    const many = Array.from({ length: 25 }, (_, i) => candidate(`c${String(i).padStart(2, '0')}`, 100 + i * 100));
    const byDefault = rankDispatchCandidates(resident, CLEANING, [...many].reverse());
    expect(byDefault).toHaveLength(10);
    expect(ids(byDefault)).toEqual(many.slice(0, 10).map((c) => c.id));
    expect(ids(rankDispatchCandidates(resident, CLEANING, many, { limit: 3 }))).toEqual(['c00', 'c01', 'c02']);
    expect(rankDispatchCandidates(resident, CLEANING, many, { limit: 0 })).toEqual([]);
  });

  it('ORD-2 breaks full ties by name, and is independent of input order', () => {
    const input = [candidate('id-2', 500, { name: '乙家政' }), candidate('id-1', 500, { name: '甲家政' })];
    const a = rankDispatchCandidates(resident, CLEANING, input);
    const b = rankDispatchCandidates(resident, CLEANING, [...input].reverse());
    expect(ids(a)).toEqual(ids(b));
    expect(a[0]!.score).toBe(a[1]!.score);
  });

  it('ORD-2 rates workers (no credit rating) between B and C companies, with no rating reason', () => {
    const worker = candidate('worker', 1_000, { kind: 'worker', rating: null, serviceRadiusM: null });
    const ranked = rankDispatchCandidates(resident, CLEANING, [
      candidate('c', 1_000, { rating: 'C' }),
      worker,
      candidate('b', 1_000, { rating: 'B' }),
    ]);
    expect(ids(ranked)).toEqual(['b', 'worker', 'c']);
    expect(codes(ranked[1]!)).not.toContain('rating');
  });

  it('ORD-2 does not change its input', () => {
    const input = Object.freeze([candidate('x', 900), candidate('y', 100)]);
    rankDispatchCandidates(resident, CLEANING, input);
    expect(input.map((c) => c.id)).toEqual(['x', 'y']);
  });
});
