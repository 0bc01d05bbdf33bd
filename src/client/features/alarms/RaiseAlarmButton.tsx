// A dispatcher raising an alarm for a resident who called (ALM-1): a big red button, a confirm step, then
// alarm.raise queued through useSync().mutate (so it also works offline) and the alarm's state from the local db.
// Must not write except through mutate, nor decide who may raise: callers render it only with alarms.raise.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import type { AlarmStatus } from '../../../domain/alarms/alarm-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { alarmStatusKey, byNewestFirst, isLiveAlarmStatus } from './alarm-helpers';
import './alarms.css';

export function RaiseAlarmButton({ residentId }: { residentId: string }) {
  const { t } = useI18n();
  const { db, mutate, state } = useSync();
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [raisedId, setRaisedId] = useState<string | null>(null);
  // The newest live alarm of this resident on the device, or the one just raised once its row arrives.
  const alarm = useLiveQuery(async () => {
    const rows = await db.alarms
      .filter(
        (a) =>
          String(a.residentId) === residentId &&
          (String(a.id ?? a._id) === raisedId || isLiveAlarmStatus(a.status as AlarmStatus)),
      )
      .toArray();
    return rows.sort(byNewestFirst)[0] ?? null;
  }, [db, residentId, raisedId]);
  const refused = raisedId
    ? state.rejected.find((r) => (r.entry.args as { id?: unknown } | null)?.id === raisedId)
    : null;

  async function raise() {
    const id = crypto.randomUUID();
    setSending(true);
    try {
      await mutate('alarm.raise', { id, residentId });
      setRaisedId(id);
      setConfirming(false);
    } finally {
      setSending(false);
    }
  }

  const live = alarm && isLiveAlarmStatus(alarm.status as AlarmStatus);
  return (
    <div className="raise-alarm" data-testid="raise-alarm">
      {refused ? (
        <p className="raise-alarm__line raise-alarm__line--refused" role="alert" data-testid="raise-alarm-refused">
          {t('alarms.raise.refused', { reason: refused.entry.problem?.message ?? refused.entry.problem?.code ?? '?' })}
        </p>
      ) : alarm ? (
        <p
          className="raise-alarm__line"
          role="status"
          data-testid="raise-alarm-status"
          data-status={String(alarm.status)}
        >
          <strong>{t('alarms.raise.state', { status: t(alarmStatusKey(alarm.status as AlarmStatus)) })}</strong>{' '}
          {live ? <Link href="/alarms">{t('alarms.raise.toConsole')}</Link> : null}
        </p>
      ) : raisedId ? (
        <p className="raise-alarm__line" role="status" data-testid="raise-alarm-status" data-status="queued">
          {t('alarms.raise.queued')}
        </p>
      ) : null}
      {live || (raisedId && !alarm && !refused) ? null : confirming ? (
        <div className="raise-alarm__confirm" role="alertdialog" aria-labelledby="raise-alarm-ask">
          <p id="raise-alarm-ask" className="raise-alarm__ask">
            {t('alarms.raise.confirm')}
          </p>
          <div className="raise-alarm__buttons">
            <Button className="raise-alarm__yes" busy={sending} onClick={raise} data-testid="raise-alarm-confirm">
              {t('alarms.raise.yes')}
            </Button>
            <Button variant="secondary" disabled={sending} onClick={() => setConfirming(false)}>
              {t('alarms.raise.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="raise-alarm__button"
          onClick={() => setConfirming(true)}
          data-testid="raise-alarm-button"
        >
          {t('alarms.raise.button')}
        </button>
      )}
    </div>
  );
}
