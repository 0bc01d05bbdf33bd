// The signed-in state of the shell: starts from the saved session, checks it with the server when online,
// signs in and out. Must not render anything, and must not keep any data beyond the session itself.
import { useCallback, useEffect, useState } from 'react';
import { ApiProblemError, fetchMe, logout, OfflineError } from './api';
import { describeError } from './describe-error';
import type { I18n } from './i18n/i18n-context';
import { useI18n } from './i18n/useI18n';
import {
  clearSession,
  isExpired,
  loadSession,
  type Session,
  saveSession,
  subscribeToOtherTabs,
  withUser,
} from './session';
import { useOnline } from './useOnline';

/** A message for the sign-in screen, worded at render time so it follows a language switch. */
export interface Notice {
  tone: 'info' | 'warning';
  render: (t: I18n['t']) => string;
}

interface State {
  session: Session | null;
  notice: Notice | null;
}

const expiredNotice: Notice = { tone: 'warning', render: (t) => t('login.sessionExpired') };
// setTimeout overflows past 2^31 ms (~24.8 days); a longer session is re-checked at that point instead.
const maxTimerMs = 2 ** 31 - 1;

function initialState(): State {
  const session = loadSession();
  if (session && isExpired(session)) {
    clearSession();
    return { session: null, notice: expiredNotice };
  }
  return { session, notice: null };
}

/** A 401 on a saved session means it is gone; say "expired" unless the server gave a more specific reason. */
function noticeFor401(error: ApiProblemError): Notice {
  if (error.code === 'auth.required' || error.code === 'auth.session_expired') return expiredNotice;
  return { tone: 'warning', render: () => error.message };
}

export function useSession() {
  const { lang } = useI18n();
  const online = useOnline();
  const [state, setState] = useState<State>(initialState);
  const token = state.session?.token;
  const expiresAt = state.session?.expiresAt;

  const endSession = useCallback((notice: Notice | null) => {
    clearSession();
    setState({ session: null, notice });
  }, []);

  // Check the saved session with the server on start and whenever the network returns; refresh the user.
  // biome-ignore lint/correctness/useExhaustiveDependencies: lang only words the answer; a switch needs no re-check
  useEffect(() => {
    if (!token || !online) return;
    const controller = new AbortController();
    fetchMe(token, lang, controller.signal).then(
      (user) =>
        setState((current) => {
          if (current.session?.token !== token) return current;
          const session = withUser(current.session, user);
          saveSession(session);
          return { ...current, session };
        }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiProblemError && error.status === 401) endSession(noticeFor401(error));
        // Offline, a timeout or a server fault: keep working with the saved session.
      },
    );
    return () => controller.abort();
  }, [token, online, endSession]);

  // End the session at its expiry time, also while offline.
  useEffect(() => {
    if (!expiresAt) return;
    const timer = setTimeout(
      () => {
        const current = loadSession();
        if (!current || isExpired(current)) endSession(expiredNotice);
      },
      Math.min(Math.max(Date.parse(expiresAt) - Date.now(), 0), maxTimerMs),
    );
    return () => clearTimeout(timer);
  }, [expiresAt, endSession]);

  useEffect(
    () =>
      subscribeToOtherTabs((session) =>
        setState((current) => (current.session?.token === session?.token ? current : { session, notice: null })),
      ),
    [],
  );

  const signIn = useCallback((session: Session) => {
    saveSession(session);
    setState({ session, notice: null });
  }, []);

  /** Tells the server when it can; the local session is cleared whatever the network does. */
  const signOut = useCallback(async () => {
    const current = state.session;
    if (!current) return;
    let notice: Notice = { tone: 'info', render: (t) => t('login.signedOut') };
    const offlineNotice: Notice = { tone: 'warning', render: (t) => t('login.signedOutOffline') };
    if (!navigator.onLine) {
      notice = offlineNotice;
    } else {
      try {
        await logout(current.token, lang);
      } catch (error) {
        if (error instanceof OfflineError) notice = offlineNotice;
        else if (!(error instanceof ApiProblemError && error.status === 401)) {
          notice = {
            tone: 'warning',
            render: (t) => t('login.signedOutServerError', { reason: describeError(error, t) }),
          };
        }
      }
    }
    endSession(notice);
  }, [state.session, lang, endSession]);

  /** The server refused the session (e.g. during a sync): end it here without calling the server. */
  const expire = useCallback(() => endSession(expiredNotice), [endSession]);

  return { session: state.session, notice: state.notice, signIn, signOut, expire };
}
