// The map's tile configuration on the wire (MAP-3, MAP-4): GET /api/map/config answers a MapConfig, plus the
// well-known public sources both sides name. Must hold shapes and constants only, no fetching or caching.
import { z } from 'zod';

export const tileSourceKinds = ['osm', 'custom', 'tianditu', 'amap', 'none'] as const;
export type TileSourceKind = (typeof tileSourceKinds)[number];

export const tileDatums = ['wgs84', 'gcj02'] as const;
export type TileDatum = (typeof tileDatums)[number];

/** A tile source. `layers` are Leaflet templates bottom to top ({s} {z} {x} {y}; {k} = the key). */
export const tileSourceConfig = z.object({
  kind: z.enum(tileSourceKinds),
  layers: z.array(z.string()),
  subdomains: z.string(),
  datum: z.enum(tileDatums),
  maxZoom: z.number().int().min(1).max(22),
  attribution: z.string(),
  /** The operator allows saving areas offline: only ever true for a self-hosted `custom` source. */
  offline: z.boolean(),
});
export type TileSourceConfig = z.infer<typeof tileSourceConfig>;

export const mapConfig = z.object({
  source: tileSourceConfig,
  /** 天地图 browser key, when the operator has one; the client offers the 天地图 source only then. */
  tiandituKey: z.string().nullable(),
});
export type MapConfig = z.infer<typeof mapConfig>;

const tianditu = (layer: 'vec' | 'cva') =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
  '&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={k}';

// Public servers: their usage policies forbid bulk downloads (OSM tile usage policy; 天地图 and 高德 terms), so
// `offline` is false for all of them whatever the operator sets.
export const publicTileSources = {
  osm: {
    kind: 'osm',
    layers: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    subdomains: '',
    datum: 'wgs84',
    maxZoom: 19,
    attribution: '© OpenStreetMap contributors',
    offline: false,
  },
  // 天地图 is CGCS2000, within decimetres of WGS-84: no shift needed at city scale.
  tianditu: {
    kind: 'tianditu',
    layers: [tianditu('vec'), tianditu('cva')],
    subdomains: '01234567',
    datum: 'wgs84',
    maxZoom: 18,
    attribution: '© 天地图 国家地理信息公共服务平台',
    offline: false,
  },
  amap: {
    kind: 'amap',
    layers: ['https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}'],
    subdomains: '1234',
    datum: 'gcj02',
    maxZoom: 18,
    attribution: '© 高德地图 AutoNavi',
    offline: false,
  },
  none: { kind: 'none', layers: [], subdomains: '', datum: 'wgs84', maxZoom: 18, attribution: '', offline: false },
} as const satisfies Record<Exclude<TileSourceKind, 'custom'>, TileSourceConfig>;
