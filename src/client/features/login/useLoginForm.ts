// The sign-in form's state: values, a local check for empty fields, the request, and the error to show where.
// Must not store the session (the caller's onSignedIn does) and must not word server errors itself.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiProblemError, login, OfflineError } from '../../app/api';
import { describeError } from '../../app/describe-error';
import type { I18n } from '../../app/i18n/i18n-context';
import { useI18n } from '../../app/i18n/useI18n';
import type { Session } from '../../app/session';

export type LoginField = 'username' | 'password';

/** What went wrong, worded at render time; `field` says which input to highlight, if any. */
export interface LoginError {
  field: LoginField | null;
  render: (t: I18n['t']) => string;
  /** The request could not reach the server (the screen's offline banner may already say so). */
  offline?: boolean;
}

function isLoginField(value: string | undefined): value is LoginField {
  return value === 'username' || value === 'password';
}

export function useLoginForm(onSignedIn: (session: Session) => void) {
  const { lang } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // Put the cursor where the problem is.
  useEffect(() => {
    if (error?.field === 'username') usernameRef.current?.focus();
    if (error?.field === 'password') passwordRef.current?.focus();
  }, [error]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (username.trim() === '') return setError({ field: 'username', render: (t) => t('login.missingUsername') });
    if (password === '') return setError({ field: 'password', render: (t) => t('login.missingPassword') });
    if (!navigator.onLine) return setError({ field: null, offline: true, render: (t) => t('login.offline') });
    setSubmitting(true);
    setError(null);
    try {
      const session = await login({ username: username.trim(), password }, lang);
      onSignedIn(session);
    } catch (caught) {
      setError(errorOf(caught));
      setSubmitting(false);
    }
  }

  return {
    username,
    password,
    setUsername,
    setPassword,
    submitting,
    error,
    submit,
    usernameRef,
    passwordRef,
  };
}

function errorOf(caught: unknown): LoginError {
  if (caught instanceof OfflineError && caught.reason === 'offline') {
    return { field: null, offline: true, render: (t) => t('login.offline') };
  }
  const field = caught instanceof ApiProblemError && isLoginField(caught.field) ? caught.field : null;
  return { field, render: (t) => describeError(caught, t) };
}
