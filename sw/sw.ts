// The service worker: precaches the built shell so any app URL reloads offline, and takes over when told to.
// Must never cache /api/ responses (they are per-user and live); data for offline use belongs to src/local.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import './push';
import './tiles';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// The build injects the list of shell files (js, css, html, icons, geo outline) with their revisions.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every navigation (a reload of /, /home, …) gets the precached index.html; the client routes from there.
// API paths are never navigations we answer: they go to the network untouched.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api(\/|$)/] }));

// A new version waits until the page asks (the user pressed "reload"), so nobody's screen changes mid-task.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

// Once active, control open pages at once, so the first visit is already offline-capable.
clientsClaim();
