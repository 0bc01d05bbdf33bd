// The technical alarms of the devices screen (ALM-9): kind in words, device, resident and community, when raised,
// status, the Acknowledge / Clear buttons, and Classify for an unknown code. Must not write except through
// useSync().mutate.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { can } from '../../../domain/access/roles';
import { classifiableMeanings } from '../../../protocol/devices';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { nameIn } from '../registry/catalogue-names';
import { agoOf, isHighPriorityKind, rawEventOf } from './device-helpers';
import { agoText, clockText, kindText, meaningText } from './device-words';
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
  const { actor } = useSync();
  const { alarm } = view;
  // Acknowledge and clear are the console's (alarms.console); an admin who only registers devices sees the list.
  const handles = can(actor, 'alarms.console');
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
      {alarm.status !== 'cleared' && alarm.kind === 'unknown_code' ? <ClassifyCode alarm={alarm} /> : null}
      {alarm.status === 'cleared' || !handles ? null : <TechnicalAlarmActions id={alarm.id} status={alarm.status} />}
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

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Registry staff say what an unknown code means (device.classifyCode): for the device's profile (the alarm's detail,
 * or the device row on this db for older alarms), from the next event on. Hidden without registry.write.
 */
function ClassifyCode({ alarm }: { alarm: TechAlarmView['alarm'] }) {
  const { t } = useI18n();
  const { mutate, actor, db } = useSync();
  const allowed = can(actor, 'registry.write');
  const [meaning, setMeaning] = useState<(typeof classifiableMeanings)[number]>('personal_emergency');
  const [busy, setBusy] = useState(false);
  const deviceProfile = useLiveQuery(
    async () => (allowed ? ((await db.devices.get(alarm.deviceAccount))?.profile as string | undefined) : undefined),
    [db, alarm.deviceAccount, allowed],
  );
  const format = alarm.detail.format === 'cid' || alarm.detail.format === 'sia' ? alarm.detail.format : null;
  const code = str(alarm.detail.code);
  const profile = str(alarm.detail.profile) ?? str(deviceProfile);
  if (!allowed || !format || !code || !profile) return null;
  const selectId = `classify-${alarm.id}`;

  async function submit() {
    setBusy(true);
    try {
      await mutate('device.classifyCode', { profile, format, code, meaning });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="dev-tech__classify"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={selectId} title={t('devices.tech.classifyHint')}>
        {t('devices.tech.classify')}
      </label>
      <select
        id={selectId}
        className="dev-input"
        value={meaning}
        onChange={(e) => setMeaning(e.target.value as (typeof classifiableMeanings)[number])}
        data-testid={`classify-${alarm.id}`}
      >
        {classifiableMeanings.map((m) => (
          <option key={m} value={m}>
            {meaningText(t, m)}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" busy={busy} data-testid={`classify-submit-${alarm.id}`}>
        {t('devices.tech.classifySubmit')}
      </Button>
    </form>
  );
}
