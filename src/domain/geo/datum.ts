// Datum conversion for display (MAP-4): WGS-84 (how every point is stored) to GCJ-02 (Amap/高德, Tencent tiles) and back.
// Must not be applied to stored or sent coordinates: only a GCJ-02 tile source shifts points, for drawing only.
import gcoord from 'gcoord';
import type { LatLng } from './distance';

/**
 * The rough China box inside which GCJ-02 differs from WGS-84 (the same box gcoord tests); outside it the two
 * datums are equal and conversions return the point unchanged.
 */
export function isInChina(p: LatLng): boolean {
  return p.lng >= 72.004 && p.lng <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271;
}

export function wgs84ToGcj02(p: LatLng): LatLng {
  if (!isInChina(p)) return { lat: p.lat, lng: p.lng };
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02);
  return { lat, lng };
}

/** The inverse by gcoord's iteration (to 1e-6°, about 0.1 m): good for a clicked point, not for surveying. */
export function gcj02ToWgs84(p: LatLng): LatLng {
  if (!isInChina(p)) return { lat: p.lat, lng: p.lng };
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.GCJ02, gcoord.WGS84);
  return { lat, lng };
}
