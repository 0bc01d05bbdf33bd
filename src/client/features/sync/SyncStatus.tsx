// The sync state under the header of every signed-in screen (FLD-2): pending changes, last sync, and each refused
// change in plain words with the server's reason and a dismiss button. Must not sync or change data itself.
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { describeChange, formatTime } from './describe-change';

export function SyncStatus() {
  const { t, lang } = useI18n();
  const { state, syncNow, dismissRejected } = useSync();
  const { pending, rejected, lastSyncAt, syncing, lastError } = state;

  return (
    <section className="sync-status" aria-label={t('sync.region')}>
      <div className="sync-status__line">
        <span
          className={pending ? 'sync-status__pending sync-status__pending--some' : 'sync-status__pending'}
          data-testid="sync-pending"
          data-count={pending}
          role="status"
        >
          {pending === 1
            ? t('sync.pendingOne')
            : pending
              ? t('sync.pending', { count: pending })
              : t('sync.pendingNone')}
        </span>
        <span className="sync-status__last" data-testid="sync-last">
          {syncing
            ? t('sync.syncing')
            : lastSyncAt
              ? t('sync.last', { time: formatTime(lastSyncAt, lang) })
              : t('sync.never')}
        </span>
        <Button variant="quiet" onClick={syncNow} busy={syncing} data-testid="sync-now">
          {t('sync.now')}
        </Button>
      </div>
      {lastError ? (
        <p className="sync-status__error" data-testid="sync-error">
          {lastError.kind === 'offline' ? t('sync.retrying') : t('sync.failed', { reason: lastError.message })}
        </p>
      ) : null}
      {rejected.length ? (
        <div className="sync-refused" role="alert">
          <p className="sync-refused__title">{t('sync.refusedTitle', { count: rejected.length })}</p>
          <ul className="sync-refused__list" data-testid="sync-refused">
            {rejected.map((change) => (
              <li key={change.entry.id} className="sync-refused__item" data-testid="sync-refused-item">
                <div>
                  <p className="sync-refused__what">{describeChange(change, t)}</p>
                  <p className="sync-refused__why">
                    {t('sync.reason', { reason: change.entry.problem?.message ?? change.entry.problem?.code ?? '?' })}
                  </p>
                </div>
                <Button variant="secondary" onClick={() => dismissRejected(change.entry.id)}>
                  {t('sync.dismiss')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
