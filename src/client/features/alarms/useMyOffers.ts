// The responder's side on the device (ALM-3, ALM-6): the user's open and lately-taken offers with their alarm and
// resident, and the live alarm this user accepted. Must only read the local db.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AlarmStatus } from '../../../domain/alarms/alarm-kinds';
import type { LocalRow } from '../../../local/local-db';
import { useSync } from '../../app/sync/useSync';
import { isLiveAlarmStatus } from './alarm-helpers';

export interface OfferView {
  offer: LocalRow;
  alarm: LocalRow | null;
  resident: LocalRow | null;
}

export interface ResponderView {
  offers: OfferView[];
  /** The live alarm this user accepted, with its resident. */
  mine: { alarm: LocalRow; resident: LocalRow | null } | null;
}

// A "taken by someone else" card stays two minutes so the responder sees why the offer went away.
const takenShownMs = 2 * 60_000;

export function useResponderView(): ResponderView | undefined {
  const { db, userId } = useSync();
  return useLiveQuery(async () => {
    const now = Date.now();
    const rows = await db.alarm_offers
      .filter((o) => {
        if (String(o.userId) !== userId) return false;
        if (o.status === 'offered') return true;
        return o.status === 'taken' && now - Date.parse(String(o.answeredAt ?? o.offeredAt)) < takenShownMs;
      })
      .toArray();
    rows.sort((a, b) => String(b.offeredAt).localeCompare(String(a.offeredAt)));
    const offers = await Promise.all(
      rows.map(async (offer) => {
        const alarm = (await db.alarms.get(String(offer.alarmId))) ?? null;
        const resident = alarm ? ((await db.residents.get(String(alarm.residentId))) ?? null) : null;
        return { offer, alarm, resident };
      }),
    );
    const accepted = await db.alarms
      .filter((a) => String(a.acceptedBy) === userId && isLiveAlarmStatus(a.status as AlarmStatus))
      .first();
    const mine = accepted
      ? { alarm: accepted, resident: (await db.residents.get(String(accepted.residentId))) ?? null }
      : null;
    // An offered alarm that already ended (or that this user won) is not an open offer any more.
    const open = offers.filter((v) => !v.alarm || isLiveAlarmStatus(v.alarm.status as AlarmStatus));
    return { offers: open.filter((v) => !mine || String(v.offer.alarmId) !== String(mine.alarm.id)), mine };
  }, [db, userId]);
}
