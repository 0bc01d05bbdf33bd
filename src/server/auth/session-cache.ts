// A short-lived memory of valid sessions, so a signed-in request does not read the database for its token every
// time. Must stay short: another instance's sign-out or account change reaches this one within ttlMs at worst;
// on this instance logout forgets the token and any account change clears the whole cache at once.
import type { SessionLookup } from './sessions';

type ValidSession = Extract<SessionLookup, { status: 'valid' }>;

export interface SessionCache {
  get(token: string, now?: number): ValidSession | undefined;
  set(token: string, session: ValidSession, now?: number): void;
  forget(token: string): void;
  clear(): void;
}

export const SESSION_CACHE_TTL_MS = 5_000;

export function createSessionCache({ ttlMs = SESSION_CACHE_TTL_MS, max = 10_000 } = {}): SessionCache {
  const entries = new Map<string, { session: ValidSession; until: number }>();
  return {
    get(token, now = Date.now()) {
      const e = entries.get(token);
      if (!e) return undefined;
      if (now >= e.until || now >= e.session.expiresAt.getTime()) {
        entries.delete(token);
        return undefined;
      }
      return e.session;
    },
    set(token, session, now = Date.now()) {
      if (ttlMs <= 0) return;
      // Oldest first out: a Map iterates in insertion order.
      if (entries.size >= max) entries.delete(entries.keys().next().value as string);
      entries.set(token, { session, until: now + ttlMs });
    },
    forget(token) {
      entries.delete(token);
    },
    clear() {
      entries.clear();
    },
  };
}
