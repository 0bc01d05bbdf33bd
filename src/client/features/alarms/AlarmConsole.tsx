// The alarm console (ALM-2, ALM-4): live alarms in the user's scope, newest first, a loud looping tone until each is
// acknowledged on this console, and the "call 120" prompt. Must not write except through useSync().mutate.
import { useState } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { TechnicalAlarmStrip } from '../devices/TechnicalAlarmStrip';
import { AlarmItem } from './AlarmItem';
import { useAlarmEvents } from './useAlarmEvents';
import { useAcknowledged, useLiveAlarms } from './useAlarmRows';
import { useAlarmSound } from './useAlarmSound';
import { useNow } from './useNow';
import './alarms.css';

const announceMs = 10_000;

export function AlarmConsole({ level = 2 }: { level?: 2 | 3 }) {
  const { t } = useI18n();
  const alarms = useLiveAlarms();
  const acknowledged = useAcknowledged();
  const now = useNow();
  // Alarms told by SSE before their rows are pulled (the sound starts within a second), and those whose supervisor
  // step the server already took.
  const [announced, setAnnounced] = useState<ReadonlyMap<string, number>>(new Map());
  const [supervised, setSupervised] = useState<ReadonlySet<string>>(new Set());

  useAlarmEvents((event) => {
    if (event.type !== 'alarm') return;
    const { alarmId, status, change } = event.data;
    if (status === 'raised') setAnnounced((s) => new Map(s).set(alarmId, Date.now()));
    if (change === 'supervisor') setSupervised((s) => new Set(s).add(alarmId));
  });

  const liveIds = new Set((alarms ?? []).map((a) => String(a.alarm.id ?? a.alarm._id)));
  // An announced alarm sounds until its rows arrive; after 10 s the pulled rows (or their absence) decide.
  const waitingForRows = [...announced].filter(
    ([id, at]) => now - at < announceMs && !liveIds.has(id) && !acknowledged.ids.has(id),
  );
  const unacknowledged = [...liveIds].filter((id) => !acknowledged.ids.has(id));
  const sounding = unacknowledged.length + waitingForRows.length > 0;
  const sound = useAlarmSound(sounding);

  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`alarm-console${sounding ? ' alarm-console--sounding' : ''}`}
      data-testid="alarm-console"
      data-sounding={sounding}
      aria-labelledby="alarm-console-title"
    >
      {/* biome-ignore lint/a11y/useMediaCaption: a siren has no words; the red alarm on screen is its text. */}
      <audio ref={sound.audioRef} src={sound.src} loop preload="auto" data-testid="alarm-audio" />
      <Heading className="alarm-console__title" id="alarm-console-title">
        {t('alarm.console.title')}
        {alarms?.length ? <span className="alarm-console__count">{alarms.length}</span> : null}
      </Heading>
      {sound.needsGesture ? (
        <button type="button" className="alarm-console__enable" data-testid="alarm-sound-enable">
          {t('alarm.sound.enable')}
        </button>
      ) : null}
      {alarms === undefined ? (
        <p>{t('alarm.console.loading')}</p>
      ) : alarms.length === 0 ? (
        <p className="alarm-console__none">{t('alarm.console.none')}</p>
      ) : (
        <ul className="alarm-list">
          {alarms.map((view) => {
            const id = String(view.alarm.id ?? view.alarm._id);
            return (
              <AlarmItem
                key={view.alarm._id}
                view={view}
                now={now}
                acknowledged={acknowledged.ids.has(id)}
                supervised={supervised.has(id)}
                onAcknowledged={() => acknowledged.add(id)}
              />
            );
          })}
        </ul>
      )}
      <TechnicalAlarmStrip />
    </section>
  );
}

/** The /alarms screen: the console alone, full width. */
export function AlarmsScreen() {
  return (
    <main className="alarms-screen" data-testid="screen-AlarmsScreen">
      <AlarmConsole level={2} />
    </main>
  );
}
