// One live alarm on the console (ALM-2, ALM-4, ALM-5, ALM-6): who, where, how long, ring, the resident card,
// contacts, the map of resident and responders, timeline and the console's actions. Must not write except through
// AlarmActions.
import { lazy, Suspense, useMemo } from 'react';
import type { AlarmStatus } from '../../../domain/alarms/alarm-kinds';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { AlarmActions } from './AlarmActions';
import { AlarmResponders, AlarmTimeline } from './AlarmResponders';
import { ageOn, alarmStatusKey, formatElapsed, isCall120Due, telHref } from './alarm-helpers';
import { latestResponderPositions, residentPoint } from './alarm-positions';
import type { AlarmView } from './useAlarmRows';

// Leaflet loads only when a console shows an alarm: the field worker's bundle (no console) does not carry it.
const AlarmMap = lazy(() => import('./AlarmMap'));

interface Props {
  view: AlarmView;
  now: number;
  acknowledged: boolean;
  supervised: boolean;
  onAcknowledged: () => Promise<void>;
}

export function AlarmItem({ view, now, acknowledged, supervised, onAcknowledged }: Props) {
  const { t } = useI18n();
  const { alarm, resident } = view;
  const id = String(alarm.id ?? alarm._id);
  const status = alarm.status as AlarmStatus;
  const raisedAt = String(alarm.raisedAt);
  // The server's supervisor step (ALM-4) is on the timeline; the SSE `supervisor` change may come first.
  const escalated = supervised || view.events.some((e) => e.kind === 'supervisor');
  const call120 = isCall120Due({ status, raisedAt }, now, escalated);
  return (
    <li className="alarm-item" data-testid={`alarm-${id}`} data-status={status} data-acknowledged={acknowledged}>
      <header className="alarm-item__head">
        <span className="alarm-item__timer" data-testid="alarm-timer">
          {formatElapsed(raisedAt, now)}
        </span>
        <div className="alarm-item__who">
          <strong className="alarm-item__name" data-testid="alarm-resident-name">
            {resident ? String(resident.name) : t('alarm.resident.unknown')}
          </strong>
          {resident ? <ResidentAge birthDate={String(resident.birthDate)} now={now} /> : null}
          <span className="alarm-item__status">{t(alarmStatusKey(status))}</span>
          <span className="alarm-item__ring">{t('alarm.ring', { ring: String(alarm.ring) })}</span>
          <span className="alarm-item__source" data-testid="alarm-source">
            {alarm.source === 'device'
              ? t('alarm.source.device', {
                  account: String(alarm.deviceAccount ?? ''),
                  code: String(alarm.eventCode ?? ''),
                })
              : alarm.source === 'dispatcher'
                ? t('alarm.source.dispatcher')
                : t('alarm.source.resident_page')}
          </span>
        </div>
      </header>
      {call120 ? (
        <div role="alert">
          <a className="alarm-item__call120" href="tel:120" data-testid="alarm-call120">
            <strong>{t('alarm.call120')}</strong>
            <span>{t('alarm.call120.detail')}</span>
          </a>
        </div>
      ) : null}
      {resident ? <ResidentFacts resident={resident} /> : null}
      <AlarmPlace view={view} />
      <Contacts contacts={view.contacts} />
      <AlarmResponders offers={view.offers} />
      <AlarmTimeline events={view.events} />
      <AlarmActions alarmId={id} acknowledged={acknowledged} onAcknowledged={onAcknowledged} />
    </li>
  );
}

/** The resident and the responders' newest shared positions (ALM-6), moving as their updates sync. */
function AlarmPlace({ view }: { view: AlarmView }) {
  const { t } = useI18n();
  const { alarm, resident, events } = view;
  const [lat, lng] = residentPoint(alarm, resident) ?? [null, null];
  const responders = useMemo(() => latestResponderPositions(events), [events]);
  // Same numbers, same array: the map keeps its view while nothing moved.
  const point = useMemo<[number, number] | null>(() => (lat === null || lng === null ? null : [lat, lng]), [lat, lng]);
  if (!point) return <p className="alarm-map__none">{t('alarm.map.noPosition')}</p>;
  return (
    <Suspense fallback={<div className="alarm-map alarm-map--loading">{t('alarm.map.loading')}</div>}>
      <AlarmMap
        resident={point}
        residentName={resident ? String(resident.name) : t('alarm.resident.unknown')}
        responders={responders}
      />
    </Suspense>
  );
}

function ResidentAge({ birthDate, now }: { birthDate: string; now: number }) {
  const { t } = useI18n();
  const age = ageOn(birthDate, new Date(now));
  return age === null ? null : <span className="alarm-item__age">{t('alarm.age', { age: String(age) })}</span>;
}

function ResidentFacts({ resident }: { resident: LocalRow }) {
  const { t } = useI18n();
  // Health and access fields are only on the device for users with resident.sensitive (the pull leaves them empty).
  const facts = [
    ['alarm.health', resident.healthConditions],
    ['alarm.medication', resident.medication],
    ['alarm.allergies', resident.allergies],
    ['alarm.access', resident.accessNotes],
  ] as const;
  return (
    <div className="alarm-item__facts">
      <p className="alarm-item__address">{String(resident.address)}</p>
      {resident.phone ? (
        <a className="alarm-item__tel" href={telHref(String(resident.phone))}>
          {t('alarm.phone')} {String(resident.phone)}
        </a>
      ) : null}
      <dl className="alarm-item__notes">
        {facts
          .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
          .map(([key, value]) => (
            <div key={key} className={key === 'alarm.access' ? 'alarm-item__note--access' : undefined}>
              <dt>{t(key)}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

function Contacts({ contacts }: { contacts: LocalRow[] }) {
  const { t } = useI18n();
  return (
    <div className="alarm-item__contacts">
      <h4>{t('alarm.contacts')}</h4>
      {contacts.length === 0 ? (
        <p>{t('alarm.contacts.none')}</p>
      ) : (
        <ol>
          {contacts.map((c) => (
            <li key={c._id}>
              <a href={telHref(String(c.phone))}>
                {String(c.name)} · {String(c.phone)}
              </a>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
