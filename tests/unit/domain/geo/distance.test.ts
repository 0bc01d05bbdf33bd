// Unit tests for haversine distances and metre offsets (MAP-2).
// Must not touch the network, a store or the file system.
import { describe, expect, it } from 'vitest';
import { haversineMeters, offsetByMeters } from '../../../../src/domain/geo/distance';

const cityCentre = { lat: 34.33, lng: 108.71 }; // 咸阳 city centre

describe('haversineMeters', () => {
  it('[MAP-2] measures 1 degree of latitude as about 111 km', () => {
    const d = haversineMeters({ lat: 34, lng: 108.7 }, { lat: 35, lng: 108.7 });
    expect(d).toBeGreaterThan(111_000);
    expect(d).toBeLessThan(111_400);
  });

  it('[MAP-2] measures 1 degree of longitude at Xianyang as about 92 km (cos 34.3°)', () => {
    const d = haversineMeters({ lat: 34.33, lng: 108 }, { lat: 34.33, lng: 109 });
    expect(d).toBeGreaterThan(91_500);
    expect(d).toBeLessThan(92_200);
  });

  it('[MAP-2] is zero for the same point and symmetric', () => {
    const a = { lat: 34.33, lng: 108.71 };
    const b = { lat: 34.36335, lng: 108.73249 };
    expect(haversineMeters(a, a)).toBe(0);
    expect(haversineMeters(a, b)).toBeCloseTo(haversineMeters(b, a), 6);
  });

  it('[MAP-2] puts 咸阳 about 22 km from 西安钟楼', () => {
    const d = haversineMeters(cityCentre, { lat: 34.2612, lng: 108.9421 });
    expect(d).toBeGreaterThan(20_000);
    expect(d).toBeLessThan(24_000);
  });

  it('[MAP-2] stays finite for antipodal points (half the circumference)', () => {
    const d = haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 180 });
    expect(d).toBeCloseTo(Math.PI * 6_371_008.8, 0);
  });
});

describe('offsetByMeters', () => {
  it('[MAP-2] moves a point by the requested distance within 0.5%', () => {
    for (const [north, east] of [
      [1000, 0],
      [0, 1000],
      [-3000, 4000],
    ] as const) {
      const moved = offsetByMeters(cityCentre, north, east);
      const expected = Math.hypot(north, east);
      expect(Math.abs(haversineMeters(cityCentre, moved) - expected) / expected).toBeLessThan(0.005);
    }
  });
});
