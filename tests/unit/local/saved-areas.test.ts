// The device's index of areas saved offline (MAP-3): add, list, remove, and only unshared tiles deleted.
import { describe, expect, it } from 'vitest';
import { createSavedAreaStore, type SavedArea, urlsToDelete } from '../../../src/local/tiles/saved-areas';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const area = (id: string): SavedArea => ({
  id,
  createdAt: '2026-11-23T10:00:00Z',
  bbox: { west: 108.6, south: 34.3, east: 108.7, north: 34.4 },
  minZoom: 12,
  maxZoom: 13,
  source: { id: 'custom:x', layers: ['https://t/{z}/{x}/{y}.png'], subdomains: '', key: '' },
  tiles: 10,
  bytes: 1000,
  failed: 0,
});

describe('saved areas', () => {
  it('[MAP-3] keeps areas across reads and removes exactly the one asked', () => {
    const storage = memoryStorage();
    const store = createSavedAreaStore(storage);
    store.add(area('a'));
    store.add(area('b'));
    expect(
      createSavedAreaStore(storage)
        .list()
        .map((a) => a.id),
    ).toEqual(['a', 'b']);
    store.remove('a');
    expect(store.list().map((a) => a.id)).toEqual(['b']);
    store.clear();
    expect(store.list()).toEqual([]);
  });

  it('[MAP-3] an unreadable record is an empty list, not a crash', () => {
    const storage = memoryStorage();
    storage.setItem('anxin.tiles.areas', '{oops');
    expect(createSavedAreaStore(storage).list()).toEqual([]);
  });

  it('[MAP-3] removing an area keeps the tiles another saved area still needs', () => {
    expect(urlsToDelete(['t1', 't2', 't3', 't2'], ['t2', 'x'])).toEqual(['t1', 't3']);
  });
});
