// Reads the live alarms on the device with what the console and responder cards show beside them: the resident
// card, contacts in calling order, offers and (when the table syncs) the timeline. Must only read the local db.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AlarmStatus } from '../../../domain/alarms/alarm-kinds';
import type { LocalDb, LocalRow } from '../../../local/local-db';
import { useSync } from '../../app/sync/useSync';
import { byNewestFirst, isLiveAlarmStatus } from './alarm-helpers';

export interface AlarmView {
  alarm: LocalRow;
  resident: LocalRow | null;
  contacts: LocalRow[];
  offers: LocalRow[];
  events: LocalRow[];
}

const acknowledgedKey = 'alarms.acknowledged';

async function timelineOf(db: LocalDb, alarmId: string): Promise<LocalRow[]> {
  const rows = await db.alarm_events.filter((r) => String(r.alarmId) === alarmId).toArray();
  return rows.sort((a, b) => String(a.at).localeCompare(String(b.at)));
}

export async function readAlarmView(db: LocalDb, alarm: LocalRow): Promise<AlarmView> {
  const alarmId = String(alarm.id ?? alarm._id);
  const residentId = String(alarm.residentId);
  const [resident, contacts, offers, events] = await Promise.all([
    db.residents.get(residentId),
    db.resident_contacts.filter((c) => String(c.residentId) === residentId).toArray(),
    db.alarm_offers.filter((o) => String(o.alarmId) === alarmId).toArray(),
    timelineOf(db, alarmId),
  ]);
  contacts.sort((a, b) => Number(a.position) - Number(b.position));
  offers.sort((a, b) => Number(a.ring) - Number(b.ring) || Number(a.rank) - Number(b.rank));
  return { alarm, resident: resident ?? null, contacts, offers, events };
}

/** Every live alarm on the device, newest first; undefined while reading. */
export function useLiveAlarms(): AlarmView[] | undefined {
  const { db } = useSync();
  return useLiveQuery(async () => {
    const alarms = await db.alarms.filter((a) => isLiveAlarmStatus(a.status as AlarmStatus)).toArray();
    alarms.sort(byNewestFirst);
    return Promise.all(alarms.map((a) => readAlarmView(db, a)));
  }, [db]);
}

/** Alarm ids this console acknowledged: their sound stays off on this device. */
export function useAcknowledged(): { ids: Set<string>; add: (alarmId: string) => Promise<void> } {
  const { db } = useSync();
  const value = useLiveQuery(
    async () => ((await db.meta.get(acknowledgedKey))?.value as string[] | undefined) ?? [],
    [db],
  );
  return {
    ids: new Set(value ?? []),
    add: async (alarmId) => {
      await db.transaction('rw', db.meta, async () => {
        const list = ((await db.meta.get(acknowledgedKey))?.value as string[] | undefined) ?? [];
        if (!list.includes(alarmId)) await db.meta.put({ key: acknowledgedKey, value: [...list, alarmId].slice(-200) });
      });
    },
  };
}
