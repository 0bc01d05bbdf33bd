// The responder's alarm offers at the top of the phone's home (ALM-3): vibrate and sound while one is open, big
// Accept / Decline, "taken by someone else" when another won. Must not write except through useSync().mutate.
import { useEffect, useState } from 'react';
import type { OfferStatus } from '../../../domain/alarms/alarm-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { MyAlarmCard } from './MyAlarmCard';
import { useAcceptFromNotification } from './useAcceptFromNotification';
import { useAlarmEvents } from './useAlarmEvents';
import { useAlarmSound } from './useAlarmSound';
import { type OfferView, useResponderView } from './useMyOffers';
import './alarms.css';

// A long-short pattern every 3 s: felt in a pocket, and different from a message buzz.
const vibratePattern = [600, 200, 600, 200, 600];
const vibrateEveryMs = 3_000;

export function AlarmOffers() {
  const view = useResponderView();
  useAcceptFromNotification(view?.offers);
  const [takenIds, setTakenIds] = useState<ReadonlySet<string>>(new Set());
  useAlarmEvents((event) => {
    if (event.type === 'taken') setTakenIds((s) => new Set(s).add(event.data.offerId));
  });
  const open = (view?.offers ?? []).filter((v) => v.offer.status === 'offered' && !takenIds.has(v.offer._id));
  const ringing = open.length > 0;
  const sound = useAlarmSound(ringing);
  useVibration(ringing);

  if (!view) return null;
  return (
    <>
      {/* biome-ignore lint/a11y/useMediaCaption: a siren has no words; the red alarm on screen is its text. */}
      <audio ref={sound.audioRef} src={sound.src} loop preload="auto" data-testid="offer-audio" />
      {view.mine ? <MyAlarmCard alarm={view.mine.alarm} resident={view.mine.resident} /> : null}
      {view.offers.map((v) => (
        <OfferItem key={v.offer._id} view={v} taken={takenIds.has(v.offer._id)} />
      ))}
    </>
  );
}

function useVibration(on: boolean) {
  useEffect(() => {
    if (!on || typeof navigator.vibrate !== 'function') return;
    navigator.vibrate(vibratePattern);
    const timer = setInterval(() => navigator.vibrate(vibratePattern), vibrateEveryMs);
    return () => {
      clearInterval(timer);
      navigator.vibrate(0);
    };
  }, [on]);
}

function OfferItem({ view, taken }: { view: OfferView; taken: boolean }) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const [sent, setSent] = useState<'accept' | 'decline' | null>(null);
  const { offer, alarm, resident } = view;
  const alarmId = String(offer.alarmId);
  const isTaken = taken || (offer.status as OfferStatus) === 'taken';

  async function answer(kind: 'accept' | 'decline') {
    setSent(kind);
    await mutate(kind === 'accept' ? 'alarm.accept' : 'alarm.decline', { alarmId });
  }

  return (
    <section
      className={`offer-card${isTaken ? ' offer-card--taken' : ''}`}
      data-testid={`offer-${alarmId}`}
      data-status={isTaken ? 'taken' : String(offer.status)}
      role={isTaken ? undefined : 'alert'}
    >
      <h2 className="offer-card__title">{t('alarm.offer.title')}</h2>
      {typeof offer.distanceM === 'number' ? (
        <p className="offer-card__distance">
          {t('alarm.offer.away', { distance: String(Math.round(offer.distanceM)) })}
        </p>
      ) : null}
      <p className="offer-card__name">{resident ? String(resident.name) : t('alarm.resident.unknown')}</p>
      {resident ? <p className="offer-card__address">{String(resident.address)}</p> : null}
      {resident?.accessNotes ? (
        <p className="offer-card__access">
          <strong>{t('alarm.access')}:</strong> {String(resident.accessNotes)}
        </p>
      ) : null}
      {isTaken ? (
        <p className="offer-card__taken" data-testid="offer-taken">
          {t('alarm.offer.takenByOther')}
        </p>
      ) : (
        <div className="offer-card__buttons">
          <Button
            className="offer-card__accept"
            busy={sent === 'accept'}
            disabled={sent !== null || !alarm}
            onClick={() => answer('accept')}
            data-testid="offer-accept"
          >
            {t('alarm.offer.accept')}
          </Button>
          <Button
            variant="secondary"
            className="offer-card__decline"
            busy={sent === 'decline'}
            disabled={sent !== null}
            onClick={() => answer('decline')}
            data-testid="offer-decline"
          >
            {t('alarm.offer.decline')}
          </Button>
        </div>
      )}
    </section>
  );
}
