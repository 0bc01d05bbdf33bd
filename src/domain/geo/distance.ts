// Straight-line distances and small offsets on the WGS-84 sphere (MAP-2): haversine in metres.
// Must not do projection or datum shifts (GCJ-02 display offsets live with the map), nor routing.

export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius in metres (IUGG), the usual choice for haversine; error under 0.5% against the ellipsoid. */
export const EARTH_RADIUS_M = 6_371_008.8;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

/** Great-circle distance between two points, in metres. */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against h creeping past 1 through rounding for antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point reached by going `northM` metres north and `eastM` metres east (flat-earth step, fine below ~50 km). */
export function offsetByMeters(origin: LatLng, northM: number, eastM: number): LatLng {
  const lat = origin.lat + toDegrees(northM / EARTH_RADIUS_M);
  const lng = origin.lng + toDegrees(eastM / (EARTH_RADIUS_M * Math.cos(toRadians(origin.lat))));
  return { lat, lng };
}
