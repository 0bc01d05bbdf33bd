// Saving and removing map areas offline (MAP-3): turns an area (box, zooms, source) into tile URLs, downloads them
// into the tile cache and records the area; removal deletes only tiles no other saved area needs. No React.

import { createSavedAreaStore, type SavedArea, urlsToDelete } from '../../../local/tiles/saved-areas';
import { deleteTiles, hasTileCache, type SaveProgress, saveTiles } from '../../../local/tiles/tile-cache';
import { type Bbox, countTiles, tilesInBbox, tileUrl } from './tile-math';
import type { EffectiveSource } from './tile-sources';

/** Above this an area is refused: ~300 MB on a phone, hours on a weak link, and a burden on the tile server. */
export const maxTilesPerArea = 20_000;
/** A typical street-map PNG tile; only for the estimate shown before saving. */
export const estimatedTileBytes = 15_000;

const store = () => createSavedAreaStore(localStorage);

export function areaTileCount(source: EffectiveSource, bbox: Bbox, minZoom: number, maxZoom: number): number {
  return countTiles(bbox, minZoom, maxZoom) * source.layers.length;
}

export function areaUrls(area: Pick<SavedArea, 'bbox' | 'minZoom' | 'maxZoom' | 'source'>): string[] {
  const urls: string[] = [];
  for (const tile of tilesInBbox(area.bbox, area.minZoom, area.maxZoom)) {
    for (const template of area.source.layers) {
      urls.push(tileUrl(template, tile, area.source.subdomains, area.source.key));
    }
  }
  return urls;
}

/** The saved areas; if sign-out wiped the tile cache (SEC-2), the index is cleared to match. */
export async function listSavedAreas(): Promise<SavedArea[]> {
  const areas = store().list();
  if (areas.length > 0 && !(await hasTileCache())) {
    store().clear();
    return [];
  }
  return areas;
}

export interface SaveAreaRequest {
  source: EffectiveSource;
  bbox: Bbox;
  minZoom: number;
  maxZoom: number;
  signal: AbortSignal;
  onProgress: (progress: SaveProgress) => void;
}

export async function saveArea(request: SaveAreaRequest): Promise<SavedArea> {
  const { source, bbox, minZoom, maxZoom } = request;
  const draft = {
    bbox,
    minZoom,
    maxZoom,
    source: { id: source.id, layers: source.layers, subdomains: source.subdomains, key: source.key },
  };
  const urls = areaUrls(draft);
  if (urls.length > maxTilesPerArea) throw new Error(`Too many tiles: ${urls.length}`);
  try {
    const result = await saveTiles(urls, { signal: request.signal, onProgress: request.onProgress });
    const area: SavedArea = {
      ...draft,
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      tiles: result.done - result.failed,
      bytes: result.bytes,
      failed: result.failed,
    };
    store().add(area);
    return area;
  } catch (error) {
    // Cancelled or broken: take back what this attempt stored, except tiles other areas hold.
    const kept = store().list().flatMap(areaUrls);
    await deleteTiles(urlsToDelete(urls, kept));
    throw error;
  }
}

export async function removeArea(id: string): Promise<void> {
  const areas = store().list();
  const gone = areas.find((a) => a.id === id);
  if (!gone) return;
  const kept = areas.filter((a) => a.id !== id).flatMap(areaUrls);
  await deleteTiles(urlsToDelete(areaUrls(gone), kept));
  store().remove(id);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}
