// Unit tests for the WGS-84 ↔ GCJ-02 display shift (MAP-4): round trips stay within 1 m; outside China nothing moves.
// Must not touch the network, a store or the file system.
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, isInChina, wgs84ToGcj02 } from '../../../../src/domain/geo/datum';
import { haversineMeters } from '../../../../src/domain/geo/distance';

describe('datum', () => {
  it('[MAP-4] GCJ-02 round trip stays under 1 m across the Xianyang box', () => {
    let worst = 0;
    for (let lat = 34.0; lat <= 35.4 + 1e-9; lat += 0.05) {
      for (let lng = 107.6; lng <= 109.2 + 1e-9; lng += 0.05) {
        const p = { lat, lng };
        const shifted = wgs84ToGcj02(p);
        // GCJ-02 moves points by tens to hundreds of metres: a conversion that did nothing would fail here.
        expect(haversineMeters(p, shifted)).toBeGreaterThan(50);
        worst = Math.max(worst, haversineMeters(p, gcj02ToWgs84(shifted)));
      }
    }
    expect(worst).toBeLessThan(1);
  });

  it('[MAP-4] GCJ-02 round trip stays under 1 m on a 1° grid over China', () => {
    let worst = 0;
    for (let lat = 18; lat <= 53; lat += 1) {
      for (let lng = 74; lng <= 134; lng += 1) {
        const p = { lat, lng };
        expect(isInChina(p)).toBe(true);
        worst = Math.max(worst, haversineMeters(p, gcj02ToWgs84(wgs84ToGcj02(p))));
      }
    }
    expect(worst).toBeLessThan(1);
  });

  it('[MAP-4] a known Xianyang point shifts by the usual few hundred metres to the north-east', () => {
    const p = { lat: 34.33, lng: 108.71 };
    const g = wgs84ToGcj02(p);
    expect(g.lng).toBeGreaterThan(p.lng);
    expect(haversineMeters(p, g)).toBeGreaterThan(200);
    expect(haversineMeters(p, g)).toBeLessThan(800);
  });

  it('[MAP-4] outside China both directions return the point unchanged', () => {
    for (const p of [
      { lat: 51.5, lng: -0.12 },
      { lat: -33.9, lng: 151.2 },
      { lat: 60, lng: 100 },
    ]) {
      expect(isInChina(p)).toBe(false);
      expect(wgs84ToGcj02(p)).toEqual(p);
      expect(gcj02ToWgs84(p)).toEqual(p);
    }
  });
});
