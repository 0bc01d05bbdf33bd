// The map's default tile source from the environment (MAP-3): ANXIN_TILE_SOURCE, ANXIN_TILE_URL, ANXIN_TILE_DATUM,
// ANXIN_TILE_OFFLINE, ANXIN_TIANDITU_KEY and friends. Must only parse; config.ts calls it once at start.
import { z } from 'zod';
import { publicTileSources, type TileSourceConfig, tileDatums, tileSourceKinds } from '../protocol/map-tiles';

export const tileEnv = {
  ANXIN_TILE_SOURCE: z.enum(tileSourceKinds).optional(),
  /** A Leaflet template, e.g. https://tiles.example.gov.cn/{z}/{x}/{y}.png; several layers separated by spaces. */
  ANXIN_TILE_URL: z.string().optional(),
  ANXIN_TILE_SUBDOMAINS: z.string().optional(),
  ANXIN_TILE_DATUM: z.enum(tileDatums).optional(),
  ANXIN_TILE_MAX_ZOOM: z.coerce.number().int().min(1).max(22).optional(),
  ANXIN_TILE_ATTRIBUTION: z.string().optional(),
  ANXIN_TILE_OFFLINE: z.enum(['allow', 'deny']).optional(),
  ANXIN_TIANDITU_KEY: z.string().optional(),
};

type TileEnv = z.infer<z.ZodObject<typeof tileEnv>>;

/** A URL without an explicit source means a self-hosted server; otherwise OSM, the public default (online only). */
export function tileSourceFromEnv(env: TileEnv): TileSourceConfig {
  const kind = env.ANXIN_TILE_SOURCE ?? (env.ANXIN_TILE_URL ? 'custom' : 'osm');
  if (kind === 'tianditu' && !env.ANXIN_TIANDITU_KEY) {
    throw new Error('Configuration: ANXIN_TILE_SOURCE=tianditu needs ANXIN_TIANDITU_KEY');
  }
  if (kind !== 'custom') return publicTileSources[kind];
  const layers = (env.ANXIN_TILE_URL ?? '').split(/\s+/).filter(Boolean);
  if (layers.length === 0) throw new Error('Configuration: ANXIN_TILE_SOURCE=custom needs ANXIN_TILE_URL');
  for (const layer of layers) {
    if (!/^https?:\/\//.test(layer) || !layer.includes('{z}')) {
      throw new Error(`Configuration: ANXIN_TILE_URL is not a tile template ({z}/{x}/{y}): ${layer}`);
    }
  }
  return {
    kind: 'custom',
    layers,
    subdomains: env.ANXIN_TILE_SUBDOMAINS ?? (layers.some((l) => l.includes('{s}')) ? 'abc' : ''),
    datum: env.ANXIN_TILE_DATUM ?? 'wgs84',
    maxZoom: env.ANXIN_TILE_MAX_ZOOM ?? 19,
    attribution: env.ANXIN_TILE_ATTRIBUTION ?? '',
    offline: env.ANXIN_TILE_OFFLINE === 'allow',
  };
}
