// The field worker's on-duty switch (FLD-3): shows the device's duty state (meta 'duty') and sends duty.set, with
// the position when the phone gives one quickly. Must not wait long for a position or block going on duty without.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Card } from '../../ui/Card';
import { formatTime } from '../sync/describe-change';

interface DutyState {
  onDuty: boolean;
  at?: string;
}

// A worker going on duty should not wait: after 5 s the change goes without a position.
const positionTimeoutMs = 5_000;

function currentPosition(): Promise<{ lat: number; lng: number; accuracy: number } | undefined> {
  if (!('geolocation' in navigator)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), positionTimeoutMs + 500);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        clearTimeout(timer);
        resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy });
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
      { timeout: positionTimeoutMs, maximumAge: 60_000, enableHighAccuracy: true },
    );
  });
}

export function DutyCard() {
  const { t, lang } = useI18n();
  const { db, mutate } = useSync();
  const duty = useLiveQuery(async () => ((await db.meta.get('duty'))?.value as DutyState | undefined) ?? null, [db]);
  const [busy, setBusy] = useState(false);
  const onDuty = Boolean(duty?.onDuty);

  async function toggle() {
    setBusy(true);
    try {
      if (onDuty) await mutate('duty.set', { onDuty: false });
      else {
        const position = await currentPosition();
        await mutate('duty.set', position ? { onDuty: true, position } : { onDuty: true });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('duty.title')} testId="duty-card">
      <label className="duty-switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={onDuty}
          checked={onDuty}
          disabled={busy || duty === undefined}
          onChange={toggle}
          data-testid="duty-toggle"
          data-on={onDuty}
        />
        <span className="duty-switch__label">{t('duty.switchLabel')}</span>
      </label>
      <p className="duty-switch__state" data-testid="duty-state">
        {busy && !onDuty ? t('duty.locating') : onDuty ? t('duty.on') : t('duty.off')}
        {duty?.at && !busy ? ` · ${t('duty.since', { time: formatTime(duty.at, lang) })}` : ''}
      </p>
    </Card>
  );
}
