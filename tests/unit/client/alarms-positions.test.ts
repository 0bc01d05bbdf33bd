// The console map's pure part (ALM-6): each responder's newest shared position with their newest state, and the
// resident's point. Must not start a browser or a map.
import { describe, expect, it } from 'vitest';
import { latestResponderPositions, residentPoint } from '../../../src/client/features/alarms/alarm-positions';

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 8, 0, s)).toISOString();
const pos = (lat: number, lng: number, accuracy = 10) => ({ position: { lat, lng, accuracy } });

describe('latestResponderPositions', () => {
  it('[ALM-6] keeps the newest position per user, whatever the row order', () => {
    const rows = [
      { kind: 'en_route', userId: 'u1', at: at(30), detail: pos(34.3, 108.7) },
      { kind: 'accepted', userId: 'u1', at: at(10), detail: pos(34.1, 108.5) },
      { kind: 'en_route', userId: 'u1', at: at(20), detail: pos(34.2, 108.6) },
    ];
    expect(latestResponderPositions(rows)).toEqual([
      { userId: 'u1', lat: 34.3, lng: 108.7, accuracy: 10, state: 'en_route', at: at(30) },
    ]);
  });

  it('[ALM-6] a newer state without a position keeps the last position but shows the new state', () => {
    const rows = [
      { kind: 'en_route', userId: 'u1', at: at(20), detail: pos(34.2, 108.6) },
      { kind: 'on_scene', userId: 'u1', at: at(40), detail: { position: null } },
    ];
    expect(latestResponderPositions(rows)).toEqual([
      { userId: 'u1', lat: 34.2, lng: 108.6, accuracy: 10, state: 'on_scene', at: at(20) },
    ]);
  });

  it('[ALM-6] one entry per user, in order of first appearance; users without any position are left out', () => {
    const rows = [
      { kind: 'accepted', userId: 'a', at: at(1), detail: pos(1, 2) },
      { kind: 'accepted', userId: 'b', at: at(2), detail: { position: null } },
      { kind: 'en_route', userId: 'c', at: at(3), detail: pos(3, 4) },
      { kind: 'en_route', userId: 'a', at: at(4), detail: pos(5, 6) },
    ];
    expect(latestResponderPositions(rows).map((r) => [r.userId, r.lat])).toEqual([
      ['a', 5],
      ['c', 3],
    ]);
  });

  it('[ALM-6] ignores non-responder kinds, rows without a user and malformed positions', () => {
    const rows = [
      { kind: 'raised', userId: 'u1', at: at(1), detail: pos(1, 1) },
      { kind: 'notified', userId: null, at: at(2), detail: pos(1, 1) },
      { kind: 'en_route', userId: 'u1', at: at(3), detail: { position: { lat: '34', lng: 108 } } },
      { kind: 'en_route', userId: 'u1', at: at(4), detail: { position: { lat: 95, lng: 108 } } },
      { kind: 'en_route', userId: 'u1', at: at(5), detail: 'oops' },
    ];
    expect(latestResponderPositions(rows)).toEqual([]);
  });

  it('[ALM-6] equal times: the later row wins; a missing accuracy is null', () => {
    const rows = [
      { kind: 'en_route', userId: 'u1', at: at(5), detail: pos(1, 1) },
      { kind: 'en_route', userId: 'u1', at: at(5), detail: { position: { lat: 2, lng: 2 } } },
    ];
    expect(latestResponderPositions(rows)).toEqual([
      { userId: 'u1', lat: 2, lng: 2, accuracy: null, state: 'en_route', at: at(5) },
    ]);
  });
});

describe('residentPoint', () => {
  it("[ALM-6] the alarm's position first, else the resident card's, else none", () => {
    expect(residentPoint({ lat: 1, lng: 2 }, { lat: 3, lng: 4 })).toEqual([1, 2]);
    expect(residentPoint({ lat: null, lng: null }, { lat: 3, lng: 4 })).toEqual([3, 4]);
    expect(residentPoint({ lat: null, lng: null }, null)).toBeNull();
  });
});
