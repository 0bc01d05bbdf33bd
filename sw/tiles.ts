// The service worker's tile route (MAP-3): a map image saved offline is answered from the tile cache, anything else
// goes to the network as before. Must never write to the cache (the page saves areas) nor touch /api/.
/// <reference lib="webworker" />
import { getCacheKeyForURL } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { tileCacheName } from '../src/protocol/tile-cache-name';

declare const self: ServiceWorkerGlobalScope;

// Tile templates are configuration, so the route cannot know their URLs: every image request is looked up in the
// tile cache, which holds only tiles the user saved. caches.match with cacheName never creates the cache.
// This module is imported before sw.ts precaches, so its route comes first: precached files (icons) are left to
// the precache route by name.
registerRoute(
  ({ request, url }) =>
    request.method === 'GET' &&
    request.destination === 'image' &&
    !url.pathname.startsWith('/api/') &&
    getCacheKeyForURL(url.href) === undefined,
  async ({ request }) => {
    const saved = await self.caches.match(request.url, { cacheName: tileCacheName, ignoreVary: true });
    return saved ?? fetch(request);
  },
);
