// Slows password guessing: after 10 failed sign-ins for one username within 15 minutes, that username is refused
// for the rest of the window. Kept in memory per instance: a restart forgives, which is acceptable for a throttle.
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 10;

export interface LoginThrottle {
  /** Minutes left in the lock, or 0 when a try is allowed. */
  lockedMinutes(username: string, now?: number): number;
  recordFailure(username: string, now?: number): void;
  recordSuccess(username: string): void;
}

export function createLoginThrottle(): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (username: string, now: number) =>
    (failures.get(username.toLowerCase()) ?? []).filter((t) => now - t < WINDOW_MS);
  return {
    lockedMinutes(username, now = Date.now()) {
      const times = recent(username, now);
      if (times.length < MAX_FAILURES) return 0;
      return Math.max(1, Math.ceil((times[0]! + WINDOW_MS - now) / 60_000));
    },
    recordFailure(username, now = Date.now()) {
      const times = recent(username, now);
      times.push(now);
      failures.set(username.toLowerCase(), times.slice(-MAX_FAILURES));
    },
    recordSuccess(username) {
      failures.delete(username.toLowerCase());
    },
  };
}
