// Registers sw.js with workbox-window (production builds only) and tells the app when a new version is waiting.
// Must not cache or fetch anything itself; the worker (sw/sw.ts) owns caching.
import { Workbox } from 'workbox-window';

type Listener = () => void;

let workbox: Workbox | null = null;
let updateWaiting = false;
const listeners = new Set<Listener>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  // A new worker installed while an older one controls the page: offer the reload instead of swapping silently.
  workbox.addEventListener('waiting', () => {
    updateWaiting = true;
    notify();
  });
  workbox.register().catch((error: unknown) => {
    console.warn('Service worker registration failed; the app works but not offline.', error);
  });
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateWaiting(): boolean {
  return updateWaiting;
}

/** Activates the waiting worker and reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
