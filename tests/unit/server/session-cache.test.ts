// The session cache (SEC-1): remembers a valid session briefly, never past its TTL or the session's own expiry.
import { describe, expect, it } from 'vitest';
import { createSessionCache, type SessionCache } from '../../../src/server/auth/session-cache';

const session = (expiresAt: number): Parameters<SessionCache['set']>[1] => ({
  status: 'valid',
  user: {
    id: 'u1',
    username: 'a',
    displayName: 'A',
    role: 'admin',
    companyId: null,
    volunteerId: null,
    communityIds: [],
  },
  actor: { userId: 'u1', role: 'admin', companyId: null, communityIds: [] },
  expiresAt: new Date(expiresAt),
});

describe('session cache', () => {
  it('[SEC-1] a remembered session is forgotten after the TTL, at its own expiry, on forget and on clear', () => {
    const cache = createSessionCache({ ttlMs: 1000 });
    cache.set('t1', session(10_000), 0);
    expect(cache.get('t1', 999)?.user.id).toBe('u1');
    expect(cache.get('t1', 1000)).toBeUndefined();

    cache.set('t2', session(500), 0);
    expect(cache.get('t2', 499)).toBeDefined();
    expect(cache.get('t2', 500)).toBeUndefined();

    cache.set('t3', session(10_000), 0);
    cache.forget('t3');
    expect(cache.get('t3', 1)).toBeUndefined();

    cache.set('t4', session(10_000), 0);
    cache.clear();
    expect(cache.get('t4', 1)).toBeUndefined();
  });

  it('[SEC-1] it holds at most max sessions, dropping the oldest; a TTL of 0 remembers nothing', () => {
    const cache = createSessionCache({ ttlMs: 1000, max: 2 });
    cache.set('a', session(10_000), 0);
    cache.set('b', session(10_000), 0);
    cache.set('c', session(10_000), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
    const none = createSessionCache({ ttlMs: 0 });
    none.set('a', session(10_000), 0);
    expect(none.get('a', 0)).toBeUndefined();
  });
});
