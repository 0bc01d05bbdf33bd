// The device's index of map areas saved offline (MAP-3): which box, zooms and source each holds, with its size.
// A small localStorage record (areas are few and tiny); the tile URLs are recomputed from it, never stored here.
export interface SavedAreaSource {
  /** The source's identity on this device (a preset name or the operator's template); tiles are per source. */
  id: string;
  layers: string[];
  subdomains: string;
  key: string;
}

export interface SavedArea {
  id: string;
  createdAt: string;
  bbox: { west: number; south: number; east: number; north: number };
  minZoom: number;
  maxZoom: number;
  source: SavedAreaSource;
  tiles: number;
  bytes: number;
  failed: number;
}

const storageKey = 'anxin.tiles.areas';

export interface SavedAreaStore {
  list(): SavedArea[];
  add(area: SavedArea): void;
  remove(id: string): void;
  clear(): void;
}

export function createSavedAreaStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): SavedAreaStore {
  const read = (): SavedArea[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '[]');
      return Array.isArray(parsed) ? (parsed as SavedArea[]) : [];
    } catch {
      return [];
    }
  };
  const write = (areas: SavedArea[]) => storage.setItem(storageKey, JSON.stringify(areas));
  return {
    list: read,
    add: (area) => write([...read().filter((a) => a.id !== area.id), area]),
    remove: (id) => write(read().filter((a) => a.id !== id)),
    clear: () => storage.removeItem(storageKey),
  };
}

/** The URLs to delete when an area goes: its own, minus any another saved area still needs. */
export function urlsToDelete(gone: Iterable<string>, kept: Iterable<string>): string[] {
  const keep = new Set(kept);
  return [...new Set(gone)].filter((url) => !keep.has(url));
}
