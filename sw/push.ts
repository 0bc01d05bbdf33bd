// Web push in the service worker (ALM-3): an alarm offer shows a notification that stays, sounds and vibrates, with
// Accept and Open; a click focuses the app (or opens it) at the offer. Must not write data: the page accepts through
// its own outbox when it sees `accept=1` in its URL.
/// <reference lib="webworker" />

declare const self: ServiceWorkerGlobalScope;

// A module (its own `self`), like tiles.ts.
export {};

interface OfferPush {
  title: string;
  body: string;
  alarmId: string;
  url: string;
}

function parsePush(event: PushEvent): OfferPush | null {
  try {
    const data = event.data?.json() as Partial<OfferPush> | undefined;
    if (!data || typeof data.alarmId !== 'string') return null;
    return {
      title: typeof data.title === 'string' ? data.title : '安心',
      body: typeof data.body === 'string' ? data.body : '',
      alarmId: data.alarmId,
      url: typeof data.url === 'string' && data.url.startsWith('/') ? data.url : `/?alarm=${data.alarmId}`,
    };
  } catch {
    return null;
  }
}

self.addEventListener('push', (event: PushEvent) => {
  const offer = parsePush(event);
  if (!offer) return;
  // vibrate, renotify and actions are not in every lib.dom version of NotificationOptions.
  const options: NotificationOptions & Record<string, unknown> = {
    body: offer.body,
    tag: offer.alarmId,
    requireInteraction: true,
    vibrate: [300, 100, 300, 100, 300],
    renotify: true,
    silent: false,
    icon: '/icons/icon-192.png',
    data: { url: offer.url, alarmId: offer.alarmId },
    actions: [
      { action: 'accept', title: '接单 Accept' },
      { action: 'open', title: '查看 Open' },
    ],
  };
  event.waitUntil(self.registration.showNotification(offer.title, options));
});

self.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.notification.close();
  const data = (event.notification.data ?? {}) as { url?: string };
  const base = typeof data.url === 'string' && data.url.startsWith('/') ? data.url : '/';
  const url = event.action === 'accept' ? `${base}${base.includes('?') ? '&' : '?'}accept=1` : base;
  event.waitUntil(openApp(url));
});

/** Focuses an open window of the app and takes it to `url`, or opens a new one there. */
async function openApp(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const target = new URL(url, self.location.origin).href;
  for (const w of windows) {
    if (new URL(w.url).origin !== self.location.origin) continue;
    const focused = await w.focus();
    // navigate() works on pages this worker controls; an uncontrolled one gets a fresh window instead.
    if (await focused.navigate(target).catch(() => null)) return;
    break;
  }
  await self.clients.openWindow(target);
}
