// The Cache Storage cache of saved map tiles (MAP-3): the device fills it (src/local/tiles), the service worker
// serves it (sw/tiles.ts). A file of its own so the service worker does not bundle zod; rename = new version.
export const tileCacheName = 'anxin-tiles-v1';
