// Words an API failure for the user: the server's own message when it sent one, else our catalogue's.
// Must not decide what to do about the error (screens do); only what to say.
import { ApiProblemError, OfflineError } from './api';
import type { I18n } from './i18n/i18n-context';

export function describeError(error: unknown, t: I18n['t']): string {
  if (error instanceof OfflineError) return error.reason === 'timeout' ? t('error.timeout') : t('error.offline');
  if (error instanceof ApiProblemError) {
    if (error.code === 'client.bad_response') return t('error.badResponse');
    if (error.code === 'client.http_status') return t('error.server', { status: error.status });
    return error.message;
  }
  return t('error.unexpected');
}
