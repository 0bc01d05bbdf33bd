// The plain offline basemap's Leaflet pieces (MAP-3): panes under the tiles, a light grid, district outlines from
// the precached GeoJSON. Must not fetch anything but /geo/xianyang-districts.geojson (same origin, precached).
import L from 'leaflet';

/** Below the tile pane (200): loaded tiles cover the outline, missing ones leave it visible. */
export const basemapPane = 'anxin-basemap';
export const basemapLabelPane = 'anxin-basemap-labels';

export function ensureBasemapPanes(map: L.Map): void {
  for (const [name, z] of [
    [basemapPane, '150'],
    [basemapLabelPane, '160'],
  ] as const) {
    if (!map.getPane(name)) {
      const pane = map.createPane(name);
      pane.style.zIndex = z;
      pane.style.pointerEvents = 'none';
    }
  }
}

// Grid every 64 px: close enough to judge distance, light enough to read labels over.
const GridLayer = L.GridLayer.extend({
  createTile(): HTMLCanvasElement {
    const tile = document.createElement('canvas');
    const size = 256;
    tile.width = size;
    tile.height = size;
    const ctx = tile.getContext('2d');
    if (!ctx) return tile;
    ctx.fillStyle = '#f5f3ee';
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = '#e3dfd5';
    ctx.lineWidth = 1;
    for (let p = 0.5; p < size; p += 64) {
      ctx.beginPath();
      ctx.moveTo(p, 0);
      ctx.lineTo(p, size);
      ctx.moveTo(0, p);
      ctx.lineTo(size, p);
      ctx.stroke();
    }
    return tile;
  },
});

export function createGridLayer(): L.GridLayer {
  const Grid = GridLayer as unknown as new (options: L.GridLayerOptions) => L.GridLayer;
  return new Grid({ pane: basemapPane, zIndex: 0 });
}

export interface DistrictFeature {
  type: 'Feature';
  properties: { code: string; name: string; nameEn: string; center: [number, number] };
  geometry: GeoJSON.Geometry;
}

let districtsPromise: Promise<DistrictFeature[]> | null = null;

/** The 14 districts, WGS-84, loaded once per page (the service worker has them precached). */
export function loadDistricts(): Promise<DistrictFeature[]> {
  districtsPromise ??= fetch('/geo/xianyang-districts.geojson')
    .then((r) => (r.ok ? r.json() : { features: [] }))
    .then((d: { features?: DistrictFeature[] }) => d.features ?? [])
    .catch(() => {
      districtsPromise = null;
      return [];
    });
  return districtsPromise;
}

export function createDistrictLayer(
  features: DistrictFeature[],
  toDisplay: (lat: number, lng: number) => [number, number],
): L.GeoJSON {
  // GeoJSON hands its options to each polygon, so pane and renderer put the outlines under the tiles.
  const options: L.GeoJSONOptions & L.PathOptions = {
    pane: basemapPane,
    renderer: L.svg({ pane: basemapPane }),
    interactive: false,
    coordsToLatLng: (c) => L.latLng(...toDisplay(c[1]!, c[0]!)),
    style: { color: '#6f8090', weight: 1.5, opacity: 0.9, fillColor: '#ffffff', fillOpacity: 0.45 },
  };
  return L.geoJSON({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, options);
}

export function labelIcon(text: string, kind: 'district' | 'community'): L.DivIcon {
  const span = document.createElement('span');
  span.textContent = text;
  return L.divIcon({
    className: `tiles-label tiles-label--${kind}`,
    html: span.outerHTML,
    // A zero-size anchor: the label centres itself on the point in CSS (tiles.css).
    iconSize: [0, 0],
  });
}
