// The /devices screen (ALM-9): technical alarms first, then the alarm devices with liveness, battery and power;
// admins register and edit devices. Must not write except through its forms and buttons (useSync().mutate).
import { useI18n } from '../../app/i18n/useI18n';
import { useNow } from '../alarms/useNow';
import { useSessionUser } from '../registry/useSessionUser';
import { DeviceList } from './DeviceList';
import { TechnicalAlarmList } from './TechnicalAlarmList';
import { useDevices, useTechnicalAlarms } from './useDeviceRows';
import './devices.css';

// "How long ago" and silence move in minutes; a 15 s tick keeps them right without re-rendering every second.
const tickMs = 15_000;

export default function DevicesScreen() {
  const { t } = useI18n();
  const access = useSessionUser();
  const now = useNow(tickMs);
  const technical = useTechnicalAlarms();
  const devices = useDevices();
  return (
    <main className="dev-screen" data-testid="screen-DevicesScreen">
      <h1 className="dev-screen__title">{t('devices.title')}</h1>
      <TechnicalAlarmList views={technical} now={now} />
      <DeviceList views={devices} now={now} canWrite={access.can('registry.write')} />
    </main>
  );
}
