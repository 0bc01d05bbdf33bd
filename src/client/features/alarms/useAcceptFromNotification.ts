// Accept from the notification (ALM-3): the service worker opens the app at /?alarm=<id>&accept=1; once that offer
// is on the device and still open, alarm.accept is queued once and the query is cleared. Writes only through mutate.
import { useEffect, useRef } from 'react';
import { useSync } from '../../app/sync/useSync';
import type { OfferView } from './useMyOffers';

export function useAcceptFromNotification(offers: readonly OfferView[] | undefined) {
  const { mutate } = useSync();
  const handled = useRef(new Set<string>());
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const alarmId = params.get('alarm');
    if (!alarmId || params.get('accept') !== '1' || !offers) return;
    // Not synced yet: wait for the offer to arrive (the query stays until then).
    const view = offers.find((v) => String(v.offer.alarmId) === alarmId);
    if (!view) return;
    params.delete('alarm');
    params.delete('accept');
    const rest = params.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}`);
    if (view.offer.status !== 'offered' || handled.current.has(alarmId)) return;
    handled.current.add(alarmId);
    void mutate('alarm.accept', { alarmId });
  }, [offers, mutate]);
}
