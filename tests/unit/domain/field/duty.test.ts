// Unit tests for the on-duty rules (FLD-3): what a duty change keeps, when an open page pushes a refreshed position,
// and which approximate place is offered without a fix. Must not touch a store, the network or the real clock.
import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE_ACCURACY_M,
  applyDutyChange,
  approximatePlace,
  type DutyState,
  dutyRefresh,
  isApproximate,
  positionAgeMinutes,
} from '../../../../src/domain/field/duty';
import { offsetByMeters } from '../../../../src/domain/geo/distance';

const now = new Date('2026-11-23T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const here = { lat: 34.33, lng: 108.71, accuracy: 15 };
const moved = (metres: number) => ({ ...offsetByMeters(here, metres, 0), accuracy: 15 });
const onDuty = (position: DutyState['position'], minutes: number): DutyState => ({
  onDuty: true,
  position,
  at: minutesAgo(minutes),
});
const approx = { lat: 34.34, lng: 108.7, accuracy: APPROXIMATE_ACCURACY_M };

describe('[FLD-3] duty change', () => {
  it('[FLD-3] keeps an approximate place (±1 km) as a usable duty position', () => {
    expect(applyDutyChange({ onDuty: true, position: approx }, now.toISOString()).position).toEqual(approx);
    expect(isApproximate(approx)).toBe(true);
    expect(isApproximate(here)).toBe(false);
  });
});

describe('[FLD-3] refreshing the duty position', () => {
  it('[FLD-3] pushes nothing when off duty', () => {
    expect(dutyRefresh({ onDuty: false, position: null, at: minutesAgo(60) }, here, now)).toBeNull();
  });

  it('[FLD-3] pushes the first fix when on duty without a position', () => {
    expect(dutyRefresh(onDuty(null, 1), here, now)).toEqual(here);
  });

  it('[FLD-3] pushes when moved more than 50 m, not when moved less', () => {
    expect(dutyRefresh(onDuty(here, 5), moved(40), now)).toBeNull();
    expect(dutyRefresh(onDuty(here, 5), moved(60), now)).toEqual(moved(60));
  });

  it('[FLD-3] pushes a still fix once the shared one is 10 min old', () => {
    expect(dutyRefresh(onDuty(here, 9), here, now)).toBeNull();
    expect(dutyRefresh(onDuty(here, 10), here, now)).toEqual(here);
  });

  it('[FLD-3] a GPS fix replaces an approximate place at once', () => {
    expect(dutyRefresh(onDuty(approx, 1), here, now)).toEqual(here);
  });

  it('[FLD-3] a fix too coarse to place a responder is not pushed', () => {
    expect(dutyRefresh(onDuty(null, 1), { ...here, accuracy: 5000 }, now)).toBeNull();
  });

  it('[FLD-3] without a fix, a chosen approximate place is shared again at 10 min; an old GPS fix is not', () => {
    expect(dutyRefresh(onDuty(approx, 5), null, now)).toBeNull();
    expect(dutyRefresh(onDuty(approx, 10), null, now)).toEqual(approx);
    expect(dutyRefresh(onDuty(here, 25), null, now)).toBeNull();
    expect(dutyRefresh(onDuty(null, 25), null, now)).toBeNull();
  });

  it('[FLD-3] a missing or unreadable time counts as old', () => {
    expect(dutyRefresh({ onDuty: true, position: here, at: null }, here, now)).toEqual(here);
    expect(dutyRefresh({ onDuty: true, position: here, at: 'garbage' }, here, now)).toEqual(here);
  });

  it('[FLD-3] position age is whole minutes and never negative', () => {
    expect(positionAgeMinutes(minutesAgo(3.5), now)).toBe(3);
    expect(positionAgeMinutes(minutesAgo(-2), now)).toBe(0);
  });
});

describe('[FLD-3] approximate place without a fix', () => {
  const communities = [
    { id: 'c1', lat: 34.1, lng: 108.1 },
    { id: 'c2', lat: 34.2, lng: 108.2 },
  ];

  it("[FLD-3] a liaison gets their first community's centre held on the device, at ±1 km", () => {
    expect(approximatePlace({ role: 'liaison', communityIds: ['c2', 'c1'] }, communities, null)).toEqual({
      kind: 'community',
      communityId: 'c2',
      position: { lat: 34.2, lng: 108.2, accuracy: APPROXIMATE_ACCURACY_M },
    });
    expect(approximatePlace({ role: 'liaison', communityIds: ['gone', 'c1'] }, communities, null)).toMatchObject({
      communityId: 'c1',
    });
  });

  it("[FLD-3] a field worker gets their volunteer record's community, else its home position", () => {
    const who = { role: 'field_worker', communityIds: [] };
    expect(approximatePlace(who, communities, { communityId: 'c1', lat: 35, lng: 109 })).toMatchObject({
      kind: 'community',
      communityId: 'c1',
    });
    expect(approximatePlace(who, communities, { communityId: null, lat: 35, lng: 109 })).toEqual({
      kind: 'home',
      position: { lat: 35, lng: 109, accuracy: APPROXIMATE_ACCURACY_M },
    });
  });

  it('[FLD-3] nothing known gives no place; a non-liaison ignores account communities', () => {
    expect(approximatePlace({ role: 'field_worker', communityIds: ['c1'] }, communities, null)).toBeNull();
    expect(approximatePlace({ role: 'liaison', communityIds: [] }, communities, null)).toBeNull();
    expect(
      approximatePlace({ role: 'field_worker', communityIds: [] }, communities, {
        communityId: null,
        lat: null,
        lng: null,
      }),
    ).toBeNull();
  });
});
