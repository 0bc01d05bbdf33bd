// Point-in-polygon for GeoJSON Polygon and MultiPolygon coordinates (outer ring plus holes), by ray casting.
// Must not assume a datum or project: coordinates are compared as plain [lng, lat] numbers, as GeoJSON stores them.
import type { LatLng } from './distance';

/** A GeoJSON position: [lng, lat] (a third number, altitude, is ignored). */
export type Position = readonly number[];
export type LinearRing = readonly Position[];
export type PolygonCoordinates = readonly LinearRing[];
export type MultiPolygonCoordinates = readonly PolygonCoordinates[];

export type AreaGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: PolygonCoordinates }
  | { readonly type: 'MultiPolygon'; readonly coordinates: MultiPolygonCoordinates };

/** [minLng, minLat, maxLng, maxLat], the GeoJSON bbox order. */
export type BBox = readonly [number, number, number, number];

/**
 * Ray casting along +lng: a point is inside when a ray from it crosses the ring an odd number of times.
 * The half-open test (yi > lat) !== (yj > lat) counts a vertex shared by two edges once, so rays through vertices
 * are not double-counted; the ring may or may not repeat its first position at the end.
 */
export function isPointInRing(point: LatLng, ring: LinearRing): boolean {
  const { lat, lng } = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring (the first) and inside none of the holes (the rest). */
export function isPointInPolygon(point: LatLng, polygon: PolygonCoordinates): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !isPointInRing(point, outer)) return false;
  return !holes.some((hole) => isPointInRing(point, hole));
}

export function isPointInMultiPolygon(point: LatLng, polygons: MultiPolygonCoordinates): boolean {
  return polygons.some((polygon) => isPointInPolygon(point, polygon));
}

export function isPointInGeometry(point: LatLng, geometry: AreaGeometry): boolean {
  switch (geometry.type) {
    case 'Polygon':
      return isPointInPolygon(point, geometry.coordinates);
    case 'MultiPolygon':
      return isPointInMultiPolygon(point, geometry.coordinates);
    default: {
      const never: never = geometry;
      return never;
    }
  }
}

/** The outer rings' bounding box (holes lie inside their outer ring, so they cannot widen it). */
export function bboxOfGeometry(geometry: AreaGeometry): BBox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let minLng = Number.POSITIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLng = Number.NEGATIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const polygon of polygons) {
    for (const position of polygon[0] ?? []) {
      const lng = position[0]!;
      const lat = position[1]!;
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return [minLng, minLat, maxLng, maxLat];
}

export function isPointInBBox(point: LatLng, bbox: BBox): boolean {
  return point.lng >= bbox[0] && point.lat >= bbox[1] && point.lng <= bbox[2] && point.lat <= bbox[3];
}
