// The responders an alarm was offered to (with distance and answer) and its timeline, on the console (ALM-3, ALM-8).
// Must only show rows; names of users are not synced, so a responder is its distance, ring and answer.
import type { OfferStatus } from '../../../domain/alarms/alarm-kinds';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { formatTime } from '../sync/describe-change';
import { offerLabelKey, timelineKey } from './alarm-helpers';

export function AlarmResponders({ offers }: { offers: LocalRow[] }) {
  const { t } = useI18n();
  return (
    <div className="alarm-item__responders">
      <h4>{t('alarm.responders')}</h4>
      {offers.length === 0 ? (
        <p>{t('alarm.responders.none')}</p>
      ) : (
        <ul data-testid="alarm-offers">
          {offers.map((o) => (
            <li key={o._id} data-status={String(o.status)} className={`alarm-offer alarm-offer--${String(o.status)}`}>
              <span>{t('alarm.ring', { ring: String(o.ring) })}</span>
              <span>
                {typeof o.distanceM === 'number'
                  ? t('alarm.responder.distance', { distance: String(Math.round(o.distanceM)) })
                  : t('alarm.responder.distanceUnknown')}
              </span>
              <strong>{t(offerLabelKey(o.status as OfferStatus))}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function AlarmTimeline({ events }: { events: LocalRow[] }) {
  const { t, lang } = useI18n();
  const labelOf = (kind: string) => {
    const key = timelineKey(kind);
    return key ? t(key) : kind;
  };
  if (events.length === 0) return null;
  return (
    <details className="alarm-item__timeline" data-testid="alarm-timeline">
      <summary>{t('alarm.timeline')}</summary>
      <ol>
        {events.map((e) => (
          <li key={e._id}>
            <span>{formatTime(String(e.at), lang)}</span> {labelOf(String(e.kind))}
            {e.target ? ` · ${String(e.target)}` : ''}
            {e.channel ? ` (${String(e.channel)})` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
