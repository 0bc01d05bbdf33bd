// Web push opt-in for responders (ALM-3): asks for notification permission, subscribes the service worker's push
// manager with the server's VAPID key and gives the subscription to the server. Must not touch React or storage.
import type { Lang } from '../../../domain/common/problems';
import { requestApi } from '../../app/api';

/** True where this browser can take web push at all (an installed PWA on Android, desktop, iOS 16.4+ home screen). */
export function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' && 'PushManager' in window && 'Notification' in window && 'serviceWorker' in navigator
  );
}

function bytesOf(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const raw = atob(base64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** Asks, subscribes and registers; resolves to the permission the user gave (only 'granted' subscribed). */
export async function enablePush(token: string, lang: Lang): Promise<NotificationPermission> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return permission;
  const registration = await navigator.serviceWorker.ready;
  const { publicKey } = (await requestApi('/api/push/key', { token, lang })) as { publicKey: string };
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytesOf(publicKey) }));
  await requestApi('/api/push/subscription', { method: 'POST', body: subscription.toJSON(), token, lang });
  return permission;
}
