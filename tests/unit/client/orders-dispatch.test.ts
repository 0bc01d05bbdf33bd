// Dispatch candidates built from the device's rows (ORD-2): companies with their open load, workers from the staff list.
import { describe, expect, it } from 'vitest';
import {
  companyCandidates,
  maxRecommended,
  toggleRecommended,
  workerCandidates,
} from '../../../src/client/features/orders/dispatch-candidates';
import { rankDispatchCandidates } from '../../../src/domain/orders/dispatch-ranking';
import type { LocalRow } from '../../../src/local/local-db';

const company = (id: string, over: Partial<Record<string, unknown>> = {}): LocalRow => ({
  _id: id,
  id,
  name: id,
  lat: 34.33,
  lng: 108.71,
  categoryIds: ['cleaning'],
  creditRating: 'A',
  status: 'active',
  serviceRadiusM: 5000,
  ...over,
});

describe('dispatch candidates', () => {
  it('ORD-2 counts only open local orders as a company’s load, and marks suspended ones unavailable', () => {
    const orders: LocalRow[] = [
      { _id: 'o1', companyId: 'c1', status: 'accepted' },
      { _id: 'o2', companyId: 'c1', status: 'dispatched' },
      { _id: 'o3', companyId: 'c1', status: 'closed' },
    ];
    const out = companyCandidates([company('c1'), company('c2', { status: 'suspended', serviceRadiusM: 0 })], orders);
    expect(out.map((c) => [c.id, c.openLoad, c.available, c.serviceRadiusM])).toEqual([
      ['c1', 2, true, 5000],
      ['c2', 0, false, null],
    ]);
  });

  it('ORD-2 leaves exited companies out and ranks an available matching company above a suspended nearer one', () => {
    const rows = [
      company('near-suspended', { status: 'suspended' }),
      company('far-active', { lat: 34.36 }),
      company('gone', { status: 'exited' }),
    ];
    const ranked = rankDispatchCandidates({ lat: 34.33, lng: 108.71 }, 'cleaning', companyCandidates(rows, []));
    expect(ranked.map((r) => r.candidate.id)).toEqual(['far-active', 'near-suspended']);
    expect(ranked[1]!.reasons.map((r) => r.code)).toContain('unavailable');
  });

  it('ORD-2 field workers: on duty is available, their position, skills and open orders', () => {
    const [w] = workerCandidates([
      {
        userId: 'u1',
        displayName: '王师傅',
        phone: '13800000001',
        companyId: null,
        volunteerId: 'v1',
        skillIds: ['repair'],
        onDuty: true,
        lat: 34.3,
        lng: 108.7,
        dutyAt: null,
        openOrders: 3,
      },
    ]);
    expect(w).toEqual({
      kind: 'worker',
      id: 'u1',
      name: '王师傅',
      lat: 34.3,
      lng: 108.7,
      categoryIds: ['repair'],
      rating: null,
      openLoad: 3,
      available: true,
      serviceRadiusM: null,
    });
  });

  it('ORD-2 recommends at most five vendors, in the order ticked, and unticks', () => {
    let chosen: string[] = [];
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) chosen = toggleRecommended(chosen, id);
    expect(chosen).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(chosen).toHaveLength(maxRecommended);
    expect(toggleRecommended(chosen, 'b')).toEqual(['a', 'c', 'd', 'e']);
  });
});
