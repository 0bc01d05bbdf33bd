// The technical alarms of the devices screen (ALM-9): kind in words, device, resident and community, when raised,
// status, and the Acknowledge / Clear buttons. Must not write except through useSync().mutate.
import { useState } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { nameIn } from '../registry/catalogue-names';
import { agoOf, isHighPriorityKind, rawEventOf } from './device-helpers';
import { agoText, clockText, kindText } from './device-words';
import type { TechAlarmView } from './useDeviceRows';

export function TechnicalAlarmList({ views, now }: { views: TechAlarmView[] | undefined; now: number }) {
  const { t } = useI18n();
  const active = views?.filter((v) => v.alarm.status !== 'cleared') ?? [];
  const cleared = views?.filter((v) => v.alarm.status === 'cleared') ?? [];
  return (
    <section className="dev-section" data-testid="technical-alarms" aria-labelledby="dev-tech-title">
      <h2 className="dev-section__title" id="dev-tech-title">
        {t('devices.tech.title')}
        {active.length ? <span className="dev-count dev-count--alarm">{active.length}</span> : null}
      </h2>
      {views === undefined ? (
        <p className="dev-muted">{t('devices.loading')}</p>
      ) : active.length === 0 ? (
        <p className="dev-muted">{t('devices.tech.none')}</p>
      ) : (
        <ul className="dev-tech-list">
          {active.map((v) => (
            <TechnicalAlarmItem key={v.alarm._id} view={v} now={now} />
          ))}
        </ul>
      )}
      {cleared.length ? (
        <details className="dev-cleared">
          <summary>
            {t('devices.tech.cleared')} ({cleared.length})
          </summary>
          <ul className="dev-tech-list">
            {cleared.map((v) => (
              <TechnicalAlarmItem key={v.alarm._id} view={v} now={now} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function TechnicalAlarmItem({ view, now }: { view: TechAlarmView; now: number }) {
  const { t, lang } = useI18n();
  const { alarm } = view;
  const high = isHighPriorityKind(alarm.kind) && alarm.status !== 'cleared';
  const raw = alarm.kind === 'unknown_code' ? rawEventOf(alarm.detail) : null;
  const residentName = view.residentName ?? (view.residentMissing ? t('devices.resident.unknown') : null);
  return (
    <li
      className={`dev-tech${high ? ' dev-tech--high' : ''} dev-tech--${alarm.status}`}
      data-testid={`tech-alarm-${alarm.id}`}
      data-kind={alarm.kind}
      data-status={alarm.status}
    >
      <div className="dev-tech__head">
        <strong className="dev-tech__kind">{kindText(t, alarm.kind)}</strong>
        {high ? <span className="dev-badge dev-badge--red">{t('devices.tech.high')}</span> : null}
        <span className={`dev-badge dev-badge--${alarm.status}`} data-testid="tech-status">
          {t(`devices.tech.status.${alarm.status}`)}
        </span>
        <span className="dev-tech__account">{alarm.deviceAccount}</span>
      </div>
      {raw ? (
        <p className="dev-tech__raw" data-testid="tech-raw">
          {t('devices.tech.rawEvent', { raw })}
        </p>
      ) : null}
      <p className="dev-tech__line">
        {residentName ? <span className="dev-tech__resident">{residentName}</span> : null}
        {view.community ? <span>{nameIn(view.community, lang)}</span> : null}
        <span>
          {t('devices.tech.raised', {
            time: clockText(alarm.raisedAt, lang),
            ago: agoText(t, agoOf(alarm.raisedAt, now)),
          })}
        </span>
        {alarm.acknowledgedAt ? (
          <span>{t('devices.tech.acknowledgedAt', { time: clockText(alarm.acknowledgedAt, lang) })}</span>
        ) : null}
        {alarm.clearedAt ? (
          <span>{t('devices.tech.clearedAt', { time: clockText(alarm.clearedAt, lang) })}</span>
        ) : null}
      </p>
      {alarm.status === 'cleared' ? null : <TechnicalAlarmActions id={alarm.id} status={alarm.status} />}
    </li>
  );
}

function TechnicalAlarmActions({ id, status }: { id: string; status: 'open' | 'acknowledged' }) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const [clearing, setClearing] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(name: string, args: unknown) {
    setBusy(true);
    try {
      await mutate(name, args);
    } finally {
      setBusy(false);
    }
  }

  if (clearing) {
    const noteId = `tech-note-${id}`;
    return (
      <form
        className="dev-tech__clear"
        onSubmit={(e) => {
          e.preventDefault();
          void run('technicalAlarm.clear', { id, ...(note.trim() ? { note: note.trim().slice(0, 500) } : {}) });
        }}
      >
        <label htmlFor={noteId}>{t('devices.tech.clearNote')}</label>
        <input
          id={noteId}
          className="dev-input"
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          data-testid="tech-clear-note"
        />
        <Button type="submit" busy={busy} data-testid="tech-clear-confirm">
          {t('devices.tech.clearConfirm')}
        </Button>
        <Button variant="quiet" onClick={() => setClearing(false)}>
          {t('devices.tech.cancel')}
        </Button>
      </form>
    );
  }
  return (
    <div className="dev-tech__actions">
      {status === 'open' ? (
        <Button busy={busy} onClick={() => run('technicalAlarm.acknowledge', { id })} data-testid="tech-acknowledge">
          {t('devices.tech.acknowledge')}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={() => setClearing(true)} data-testid="tech-clear">
        {t('devices.tech.clear')}
      </Button>
    </div>
  );
}
