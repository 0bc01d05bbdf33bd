// Which tile source the map uses and whether it may be saved offline (MAP-3, MAP-4), and when tiles count as failing.
import { describe, expect, it } from 'vitest';
import { isFailing } from '../../../src/client/map/tiles/tile-health';
import { availableChoices, resolveTileSource } from '../../../src/client/map/tiles/tile-sources';
import { type MapConfig, publicTileSources } from '../../../src/protocol/map-tiles';

const selfHosted: MapConfig = {
  source: { ...publicTileSources.osm, kind: 'custom', layers: ['https://tiles.city/{z}/{x}/{y}.png'], offline: true },
  tiandituKey: null,
};

describe('tile sources', () => {
  it('[MAP-3] defaults to OSM, online only, when nothing is configured', () => {
    const s = resolveTileSource(null, 'default');
    expect(s.kind).toBe('osm');
    expect(s.offlineBlock).toBe('public_policy');
  });

  it('[MAP-3] a self-hosted source may be saved only when the operator allows it', () => {
    expect(resolveTileSource(selfHosted, 'default').offlineBlock).toBeNull();
    const denied = { ...selfHosted, source: { ...selfHosted.source, offline: false } };
    expect(resolveTileSource(denied, 'default').offlineBlock).toBe('operator');
  });

  it('[MAP-3] the device may pick a public source or none; 天地图 only with a key, never saved', () => {
    expect(availableChoices(selfHosted)).toEqual(['default', 'osm', 'amap', 'none']);
    expect(resolveTileSource(selfHosted, 'tianditu').kind).toBe('custom');
    const withKey = { ...selfHosted, tiandituKey: 'abc' };
    expect(availableChoices(withKey)).toContain('tianditu');
    const t = resolveTileSource(withKey, 'tianditu');
    expect(t.layers).toHaveLength(2);
    expect(t.key).toBe('abc');
    expect(t.offlineBlock).toBe('terms');
    expect(resolveTileSource(selfHosted, 'none')).toMatchObject({ layers: [], offlineBlock: 'no_tiles' });
  });

  it('[MAP-4] Amap tiles are GCJ-02, so points are shifted for them', () => {
    expect(resolveTileSource(selfHosted, 'amap')).toMatchObject({ datum: 'gcj02', offlineBlock: 'terms' });
    expect(resolveTileSource(selfHosted, 'default').datum).toBe('wgs84');
  });

  it('[MAP-3] a run of tile errors is a failure; a few stray ones are not', () => {
    expect(isFailing([false, false])).toBe(false);
    expect(isFailing([false, false, false])).toBe(true);
    expect(isFailing([true, true, true, true, false, false])).toBe(false);
    expect(isFailing([true, false, false, false])).toBe(true);
  });
});
