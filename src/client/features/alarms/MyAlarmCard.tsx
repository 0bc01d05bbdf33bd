// The alarm this responder accepted (ALM-6): on my way (with position when the phone gives one quickly), arrived,
// resolve with outcome, navigate and call. Must never block a state change waiting for a position.
import { useState } from 'react';
import type { AlarmStatus } from '../../../domain/alarms/alarm-kinds';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { ResolveChoices } from './AlarmActions';
import { alarmStatusKey, geoUri, telHref } from './alarm-helpers';
import { quickPosition } from './quick-position';

export function MyAlarmCard({ alarm, resident }: { alarm: LocalRow; resident: LocalRow | null }) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const [busy, setBusy] = useState<'en_route' | 'on_scene' | null>(null);
  const [resolving, setResolving] = useState(false);
  const alarmId = String(alarm.id ?? alarm._id);
  const status = alarm.status as AlarmStatus;
  const lat = (resident?.lat ?? alarm.lat) as number | null;
  const lng = (resident?.lng ?? alarm.lng) as number | null;
  const name = resident ? String(resident.name) : t('alarm.resident.unknown');

  async function update(next: 'en_route' | 'on_scene') {
    setBusy(next);
    try {
      const position = await quickPosition();
      await mutate('alarm.update', position ? { alarmId, status: next, position } : { alarmId, status: next });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="offer-card offer-card--mine" data-testid="my-alarm" data-status={status}>
      <h2 className="offer-card__title">{t('alarm.mine.title')}</h2>
      <p className="offer-card__name">
        {name} · {t(alarmStatusKey(status))}
      </p>
      {resident ? <p className="offer-card__address">{String(resident.address)}</p> : null}
      {resident?.accessNotes ? (
        <p className="offer-card__access">
          <strong>{t('alarm.access')}:</strong> {String(resident.accessNotes)}
        </p>
      ) : null}
      <div className="offer-card__buttons">
        {status === 'accepted' ? (
          <Button busy={busy === 'en_route'} onClick={() => update('en_route')} data-testid="alarm-en-route">
            {t('alarm.mine.enRoute')}
          </Button>
        ) : null}
        {status === 'accepted' || status === 'en_route' ? (
          <Button busy={busy === 'on_scene'} onClick={() => update('on_scene')} data-testid="alarm-on-scene">
            {t('alarm.mine.onScene')}
          </Button>
        ) : null}
        {lat !== null && lng !== null ? (
          <a className="btn btn--secondary" href={geoUri(lat, lng, name)} data-testid="alarm-navigate">
            {t('alarm.mine.navigate')}
          </a>
        ) : null}
        {resident?.phone ? (
          <a className="btn btn--secondary" href={telHref(String(resident.phone))}>
            {t('alarm.mine.call')}
          </a>
        ) : null}
      </div>
      {resolving ? (
        <ResolveChoices alarmId={alarmId} onDone={() => setResolving(false)} />
      ) : (
        <Button variant="secondary" onClick={() => setResolving(true)} data-testid="alarm-resolve">
          {t('alarm.resolve')}
        </Button>
      )}
    </section>
  );
}
