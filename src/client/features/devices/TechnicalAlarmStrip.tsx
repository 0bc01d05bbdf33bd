// The one-line technical-alarm strip under the live alarms on the console (ALM-9): how many are open and the most
// urgent kind, linking to /devices; nothing at all when none is open. Must only read.
import { Link } from 'wouter';
import { useI18n } from '../../app/i18n/useI18n';
import { isHighPriorityKind } from './device-helpers';
import { kindText } from './device-words';
import { useOpenTechnicalSummary } from './useDeviceRows';
import './devices.css';

export function TechnicalAlarmStrip() {
  const { t } = useI18n();
  const summary = useOpenTechnicalSummary();
  if (!summary || summary.count === 0 || !summary.mostUrgent) return null;
  const high = isHighPriorityKind(summary.mostUrgent);
  return (
    <Link
      href="/devices"
      className={`dev-strip${high ? ' dev-strip--high' : ''}`}
      data-testid="technical-strip"
      data-count={summary.count}
    >
      <strong>{summary.count === 1 ? t('devices.strip.one') : t('devices.strip', { count: summary.count })}</strong>
      <span>{t('devices.strip.urgent', { kind: kindText(t, summary.mostUrgent) })}</span>
      <span className="dev-strip__go">{t('devices.strip.open')} →</span>
    </Link>
  );
}
