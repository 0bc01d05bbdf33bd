// Keeps the signed-in session ({token, expiresAt, user}) in localStorage so the shell and home show offline.
// Must not call the server or React; a later issue moves this into IndexedDB (src/local) with the wipe on logout.
import type { LoginResponse, SessionUser } from '../../protocol/auth';
import { isLoginResponse } from './session-shape';

export type Session = LoginResponse;

const storageKey = 'anxin.session';

/** The saved session, or null when there is none or it cannot be read. Expiry is the caller's decision. */
export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(storageKey);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (isLoginResponse(parsed)) return parsed;
  } catch {
    // Unreadable storage or JSON: treat as signed out.
  }
  clearSession();
  return null;
}

export function saveSession(session: Session): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(session));
  } catch {
    // Storage full or blocked: the session then lasts until the tab closes.
  }
}

export function clearSession(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

export function withUser(session: Session, user: SessionUser): Session {
  return { ...session, user };
}

export function isExpired(session: Session, now: number = Date.now()): boolean {
  return Date.parse(session.expiresAt) <= now;
}

/** Calls back when another tab of this app signs in or out, so every tab shows the same account. */
export function subscribeToOtherTabs(onChange: (session: Session | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === storageKey || event.key === null) onChange(loadSession());
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
