// The map's default tile source from the environment (MAP-3): OSM by default, a URL means self-hosted, offline
// saving only when allowed and only for self-hosted servers.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/server/config';

const base = { ANXIN_DATA_DIR: '.tmp/unused' };

describe('tile configuration', () => {
  it('[MAP-3] is OpenStreetMap, online only, when nothing is set', () => {
    const c = loadConfig(base);
    expect(c.tiles).toMatchObject({ kind: 'osm', offline: false, datum: 'wgs84' });
    expect(c.tiandituKey).toBeNull();
  });

  it('[MAP-3] ANXIN_TILE_URL is a self-hosted server; ANXIN_TILE_OFFLINE=allow lets devices save it', () => {
    const c = loadConfig({
      ...base,
      ANXIN_TILE_URL: 'http://tiles.local/{z}/{x}/{y}.png',
      ANXIN_TILE_OFFLINE: 'allow',
    });
    expect(c.tiles).toMatchObject({ kind: 'custom', layers: ['http://tiles.local/{z}/{x}/{y}.png'], offline: true });
    expect(loadConfig({ ...base, ANXIN_TILE_URL: 'http://tiles.local/{z}/{x}/{y}.png' }).tiles.offline).toBe(false);
  });

  it('[MAP-4] a GCJ-02 self-hosted server says so', () => {
    const c = loadConfig({ ...base, ANXIN_TILE_URL: 'http://t/{z}/{x}/{y}.png', ANXIN_TILE_DATUM: 'gcj02' });
    expect(c.tiles.datum).toBe('gcj02');
  });

  it('[MAP-3] public sources are never saved offline, whatever is set', () => {
    const c = loadConfig({
      ...base,
      ANXIN_TILE_SOURCE: 'tianditu',
      ANXIN_TIANDITU_KEY: 'k',
      ANXIN_TILE_OFFLINE: 'allow',
    });
    expect(c.tiles).toMatchObject({ kind: 'tianditu', offline: false });
    expect(c.tiandituKey).toBe('k');
  });

  it('[MAP-3] refuses a template without {z} and 天地图 without a key', () => {
    expect(() => loadConfig({ ...base, ANXIN_TILE_URL: 'http://tiles.local/tile.png' })).toThrow(/ANXIN_TILE_URL/);
    expect(() => loadConfig({ ...base, ANXIN_TILE_SOURCE: 'tianditu' })).toThrow(/ANXIN_TIANDITU_KEY/);
  });
});
