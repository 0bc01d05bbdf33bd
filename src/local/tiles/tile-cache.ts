// Saved map tiles in Cache Storage (MAP-3): fetch a list of tile URLs with CORS into the tile cache, with progress
// and cancel, and delete a list again. Must never store an opaque or failed response, and knows nothing of areas.
import { tileCacheName } from '../../protocol/tile-cache-name';

export interface SaveProgress {
  done: number;
  total: number;
  bytes: number;
  failed: number;
}

export interface SaveTilesOptions {
  signal?: AbortSignal;
  onProgress?: (progress: SaveProgress) => void;
  /** Parallel downloads; a self-hosted server on a city network copes with a few. */
  concurrency?: number;
  fetchTile?: typeof fetch;
  cacheStorage?: CacheStorage;
}

/** Downloads every URL not yet saved; resolves with the totals, or rejects with an AbortError when cancelled. */
export async function saveTiles(urls: readonly string[], options: SaveTilesOptions = {}): Promise<SaveProgress> {
  const cache = await (options.cacheStorage ?? caches).open(tileCacheName);
  const fetchTile = options.fetchTile ?? fetch.bind(globalThis);
  const progress: SaveProgress = { done: 0, total: urls.length, bytes: 0, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      options.signal?.throwIfAborted();
      const url = urls[next++]!;
      const size = await saveOne(cache, url, fetchTile, options.signal);
      if (size === null) progress.failed++;
      else progress.bytes += size;
      progress.done++;
      options.onProgress?.({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  options.signal?.throwIfAborted();
  return progress;
}

/** The saved size of one tile, or null when it could not be fetched as a real (non-opaque) image. */
async function saveOne(cache: Cache, url: string, fetchTile: typeof fetch, signal?: AbortSignal) {
  const existing = await cache.match(url, { ignoreVary: true });
  if (existing) return (await existing.blob()).size;
  try {
    const response = await fetchTile(url, { mode: 'cors', credentials: 'omit', signal });
    // An opaque response has an unknown status and body: storing it would save errors as "tiles".
    if (!response.ok || response.type === 'opaque') return null;
    const blob = await response.blob();
    const headers = new Headers({ 'Content-Type': response.headers.get('Content-Type') ?? 'image/png' });
    await cache.put(url, new Response(blob, { status: 200, headers }));
    return blob.size;
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
}

export async function deleteTiles(urls: Iterable<string>, cacheStorage = globalThis.caches): Promise<void> {
  if (!(await hasTileCache(cacheStorage))) return;
  const cache = await cacheStorage.open(tileCacheName);
  for (const url of urls) await cache.delete(url, { ignoreVary: true });
}

/** Whether the tile cache exists at all: sign-out (SEC-2) deletes it, and then no saved area is left. */
export async function hasTileCache(cacheStorage: CacheStorage | undefined = globalThis.caches): Promise<boolean> {
  return (await cacheStorage?.has(tileCacheName)) ?? false;
}

/** Cache Storage exists only in secure contexts (https, localhost): elsewhere nothing can be saved. */
export function canSaveTiles(): boolean {
  return typeof globalThis.caches !== 'undefined';
}
