// The console's buttons on one alarm: acknowledge (silences this console, ALM-2) and resolve with an outcome (ALM-6).
// Must not change rows itself: the server's answer arrives by pull.
import { useState } from 'react';
import { type AlarmOutcome, alarmOutcomes } from '../../../domain/alarms/alarm-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';

interface Props {
  alarmId: string;
  acknowledged: boolean;
  onAcknowledged: () => Promise<void>;
}

export function AlarmActions({ alarmId, acknowledged, onAcknowledged }: Props) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const [resolving, setResolving] = useState(false);

  async function acknowledge() {
    // Silence first: the console goes quiet at once even while the change waits to sync.
    await onAcknowledged();
    await mutate('alarm.acknowledge', { alarmId });
  }

  return (
    <div className="alarm-actions">
      <Button
        variant={acknowledged ? 'secondary' : 'primary'}
        className="alarm-actions__ack"
        disabled={acknowledged}
        onClick={acknowledge}
        data-testid="alarm-acknowledge"
      >
        {acknowledged ? t('alarm.acknowledged') : t('alarm.acknowledge')}
      </Button>
      {resolving ? (
        <ResolveChoices alarmId={alarmId} onDone={() => setResolving(false)} />
      ) : (
        <Button variant="secondary" onClick={() => setResolving(true)} data-testid="alarm-resolve">
          {t('alarm.resolve')}
        </Button>
      )}
    </div>
  );
}

/** The four outcomes as buttons: one tap resolves (ALM-6). */
export function ResolveChoices({ alarmId, onDone }: { alarmId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { mutate } = useSync();
  async function resolve(outcome: AlarmOutcome) {
    await mutate('alarm.resolve', { alarmId, outcome });
    onDone();
  }
  return (
    <fieldset className="alarm-outcomes">
      <legend>{t('alarm.resolve.choose')}</legend>
      {alarmOutcomes.map((o) => (
        <Button key={o} variant="secondary" onClick={() => resolve(o)} data-testid={`alarm-outcome-${o}`}>
          {t(`alarm.outcome.${o}`)}
        </Button>
      ))}
      <Button variant="quiet" onClick={onDone}>
        ✕
      </Button>
    </fieldset>
  );
}
