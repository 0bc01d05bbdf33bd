// Unit tests for GeoJSON point-in-polygon (districts on the offline basemap, MAP-1/MAP-3).
// Must not read the real district file: shapes here are small and hand-checked.
import { describe, expect, it } from 'vitest';
import {
  type AreaGeometry,
  bboxOfGeometry,
  isPointInBBox,
  isPointInGeometry,
  isPointInPolygon,
  isPointInRing,
} from '../../../../src/domain/geo/point-in-polygon';

const at = (lng: number, lat: number) => ({ lat, lng });
// A 10 × 10 square with a 2 × 2 hole in the middle, closed as GeoJSON requires.
const square = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
const hole = [
  [4, 4],
  [6, 4],
  [6, 6],
  [4, 6],
  [4, 4],
];
// A concave "U": the notch between x 3..7 above y 3 is outside.
const u = [
  [0, 0],
  [10, 0],
  [10, 10],
  [7, 10],
  [7, 3],
  [3, 3],
  [3, 10],
  [0, 10],
];

describe('isPointInRing', () => {
  it('[MAP-1] finds points inside and outside a square', () => {
    expect(isPointInRing(at(5, 5), square)).toBe(true);
    expect(isPointInRing(at(11, 5), square)).toBe(false);
    expect(isPointInRing(at(-1, -1), square)).toBe(false);
  });

  it('[MAP-1] handles a concave ring and an unclosed ring alike', () => {
    expect(isPointInRing(at(5, 5), u)).toBe(false);
    expect(isPointInRing(at(1, 8), u)).toBe(true);
    expect(isPointInRing(at(8, 8), u)).toBe(true);
    expect(isPointInRing(at(5, 1), u)).toBe(true);
  });

  it('[MAP-1] counts a ray through a vertex once', () => {
    const diamond = [
      [5, 0],
      [10, 5],
      [5, 10],
      [0, 5],
      [5, 0],
    ];
    expect(isPointInRing(at(2, 5), diamond)).toBe(true); // the ray passes the vertex (10, 5)
    expect(isPointInRing(at(-2, 5), diamond)).toBe(false); // and here (0, 5) and (10, 5)
  });
});

describe('isPointInPolygon', () => {
  it('[MAP-1] excludes points inside a hole', () => {
    expect(isPointInPolygon(at(5, 5), [square, hole])).toBe(false);
    expect(isPointInPolygon(at(2, 2), [square, hole])).toBe(true);
    expect(isPointInPolygon(at(5, 5), [square])).toBe(true);
  });

  it('[MAP-1] treats an empty polygon as containing nothing', () => {
    expect(isPointInPolygon(at(0, 0), [])).toBe(false);
  });
});

describe('isPointInGeometry', () => {
  const multi: AreaGeometry = {
    type: 'MultiPolygon',
    coordinates: [
      [square, hole],
      [
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 30],
          [20, 20],
        ],
      ],
    ],
  };

  it('[MAP-1] accepts a point in any part of a MultiPolygon', () => {
    expect(isPointInGeometry(at(25, 25), multi)).toBe(true);
    expect(isPointInGeometry(at(1, 1), multi)).toBe(true);
    expect(isPointInGeometry(at(5, 5), multi)).toBe(false);
    expect(isPointInGeometry(at(15, 15), multi)).toBe(false);
  });

  it('[MAP-1] reads a Polygon geometry', () => {
    expect(isPointInGeometry(at(108.71, 34.33), { type: 'Polygon', coordinates: [square] })).toBe(false);
    expect(isPointInGeometry(at(9.5, 0.5), { type: 'Polygon', coordinates: [square] })).toBe(true);
  });

  it('[MAP-1] gives the bounding box of all parts', () => {
    const bbox = bboxOfGeometry(multi);
    expect(bbox).toEqual([0, 0, 30, 30]);
    expect(isPointInBBox(at(15, 15), bbox)).toBe(true);
    expect(isPointInBBox(at(31, 15), bbox)).toBe(false);
  });
});
