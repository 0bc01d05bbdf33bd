// What sign-out removes from the device (SEC-2): the user's Dexie database and every Cache Storage entry except the
// Workbox precache (so the shell still loads offline). Must not touch the session or the device's client id.
import type { LocalDb } from '../../../local/local-db';

export async function wipeDevice(db: LocalDb): Promise<void> {
  await db.delete();
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !name.includes('precache')).map((name) => caches.delete(name)));
}
