// The link that opens the phone's own map app toward an order (FLD-1 "start travel"): a geo: URI on Android-like
// agents (any installed map app answers it), else an https directions page (Amap in Chinese, OSM in English).
// Pure: no window, no navigation; the caller opens it in a new tab and never waits for it.

export interface Destination {
  lat: number | null;
  lng: number | null;
  /** Shown by the map app as the place's name; the address when there is no position. */
  label: string;
}

export function isAndroidLike(userAgent: string): boolean {
  return /android/i.test(userAgent);
}

// geo: labels and URL parameters must not break the URI: parentheses and commas end fields in some map apps.
const cleanLabel = (label: string) => label.replace(/[(),]/g, ' ').trim();

export function mapAppLink(to: Destination, userAgent: string, lang: string): string {
  const label = cleanLabel(to.label);
  const hasPoint = to.lat !== null && to.lng !== null;
  if (isAndroidLike(userAgent)) {
    if (!hasPoint) return `geo:0,0?q=${encodeURIComponent(label)}`;
    const point = `${to.lat},${to.lng}`;
    return `geo:${point}?q=${point}(${encodeURIComponent(label)})`;
  }
  if (lang === 'zh-CN') {
    // uri.amap.com takes WGS-84 when told so, and hands over to the Amap app where it is installed.
    if (!hasPoint) return `https://uri.amap.com/search?keyword=${encodeURIComponent(label)}&callnative=1`;
    return `https://uri.amap.com/navigation?to=${to.lng},${to.lat},${encodeURIComponent(label)}&mode=car&coordinate=wgs84&callnative=1`;
  }
  if (!hasPoint) return `https://www.openstreetmap.org/search?query=${encodeURIComponent(label)}`;
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_car&route=%3B${to.lat}%2C${to.lng}#map=16/${to.lat}/${to.lng}`;
}
