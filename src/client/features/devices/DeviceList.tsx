// The devices section of the devices screen (ALM-9): filter box, one row per device with liveness, last event,
// battery and power; admins register and edit devices here. Must not write except through DeviceForm.
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { nameIn } from '../registry/catalogue-names';
import { DeviceForm } from './DeviceForm';
import { BatteryIcon, LockIcon, PlugIcon } from './DeviceIcons';
import { agoOf, filterDevices, type Liveness, livenessOf } from './device-helpers';
import { agoText, clockText, profileText } from './device-words';
import type { DeviceView } from './useDeviceRows';

interface Props {
  views: DeviceView[] | undefined;
  now: number;
  canWrite: boolean;
}

export function DeviceList({ views, now, canWrite }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [registering, setRegistering] = useState(false);
  const shown = views ? filterDevices(views, query) : [];
  return (
    <section className="dev-section" data-testid="devices-list" aria-labelledby="dev-list-title">
      <div className="dev-section__top">
        <h2 className="dev-section__title" id="dev-list-title">
          {t('devices.list.title')}
          {views?.length ? <span className="dev-count">{views.length}</span> : null}
        </h2>
        {canWrite && !registering ? (
          <Button onClick={() => setRegistering(true)} data-testid="device-register-open">
            {t('devices.form.register')}
          </Button>
        ) : null}
      </div>
      {registering ? <DeviceForm mode="register" onDone={() => setRegistering(false)} /> : null}
      <div className="dev-filter">
        <label htmlFor="devices-filter">{t('devices.filter')}</label>
        <input
          id="devices-filter"
          type="search"
          className="dev-input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="devices-filter"
        />
      </div>
      {views === undefined ? (
        <p className="dev-muted">{t('devices.loading')}</p>
      ) : views.length === 0 ? (
        <p className="dev-muted">{t('devices.list.none')}</p>
      ) : shown.length === 0 ? (
        <p className="dev-muted">{t('devices.list.noMatch')}</p>
      ) : (
        <ul className="dev-rows">
          {shown.map((v) => (
            <DeviceItem key={v.device._id} view={v} now={now} canWrite={canWrite} />
          ))}
        </ul>
      )}
    </section>
  );
}

const livenessKey = {
  alive: 'devices.alive',
  silent: 'devices.silent',
  never: 'devices.lastSeen.never',
  inactive: 'devices.inactive',
} as const satisfies Record<Liveness, string>;

function DeviceItem({ view, now, canWrite }: { view: DeviceView; now: number; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const { device } = view;
  const liveness = livenessOf(device, now);
  const resident = view.residentName ?? t(view.residentMissing ? 'devices.resident.unknown' : 'devices.resident.none');
  return (
    <li className={`dev-row dev-row--${liveness}`} data-testid={`device-${device.account}`} data-liveness={liveness}>
      <div className="dev-row__head">
        <strong className="dev-row__account">{device.account}</strong>
        {device.label ? <span className="dev-row__label">{device.label}</span> : null}
        <span className={`dev-badge dev-badge--${liveness}`} data-testid="device-liveness">
          {t(livenessKey[liveness])}
        </span>
        {canWrite && !editing ? (
          <Button variant="secondary" onClick={() => setEditing(true)} data-testid="device-edit">
            {t('devices.form.edit')}
          </Button>
        ) : null}
      </div>
      <dl className="dev-facts">
        <Fact label={t('devices.resident')}>
          {resident}
          {view.community ? <span className="dev-muted">{nameIn(view.community, lang)}</span> : null}
        </Fact>
        <Fact label={t('devices.lastSeen')}>
          {device.lastSeenAt ? (
            <span className={liveness === 'silent' ? 'dev-red' : undefined} title={clockText(device.lastSeenAt, lang)}>
              {agoText(t, agoOf(device.lastSeenAt, now))}
              {liveness === 'silent' ? ` · ${t('devices.silent')}` : ''}
            </span>
          ) : (
            <span className={liveness === 'silent' ? 'dev-red' : 'dev-muted'}>{t('devices.lastSeen.never')}</span>
          )}
        </Fact>
        <Fact label={t('devices.lastEvent')}>
          {device.lastEventCode && device.lastEventAt
            ? t('devices.lastEvent.value', { code: device.lastEventCode, time: clockText(device.lastEventAt, lang) })
            : t('devices.lastEvent.none')}
        </Fact>
        <Fact label={t('devices.profile')}>
          {profileText(lang, device.profile)}
          {device.heartbeatSeconds > 0 ? (
            <span className="dev-muted">{t('devices.heartbeat.value', { seconds: device.heartbeatSeconds })}</span>
          ) : null}
        </Fact>
        <Fact label={t('devices.encrypted')}>
          <span className="dev-state">
            <LockIcon locked={device.encrypted} />
            {t(device.encrypted ? 'devices.encrypted.yes' : 'devices.encrypted.no')}
          </span>
        </Fact>
        <Fact label={t('devices.state')}>
          <span className={device.batteryLow ? 'dev-state dev-red' : 'dev-state'} data-testid="device-battery">
            <BatteryIcon low={device.batteryLow} />
            {t(device.batteryLow ? 'devices.battery.low' : 'devices.battery.ok')}
          </span>
          <span className={device.powerLost ? 'dev-state dev-red' : 'dev-state'} data-testid="device-power">
            <PlugIcon lost={device.powerLost} />
            {t(device.powerLost ? 'devices.power.lost' : 'devices.power.ok')}
          </span>
        </Fact>
      </dl>
      {editing ? <DeviceForm mode="edit" device={device} onDone={() => setEditing(false)} /> : null}
    </li>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dev-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
