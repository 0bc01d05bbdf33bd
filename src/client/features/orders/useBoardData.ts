// The board's rows from the device (ORD-4, ORD-5): orders with their lights at `now`, the reminder and return events,
// companies and districts for the filters. Must not write; lights are recomputed when `now` ticks, not per keystroke.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { LocalRow } from '../../../local/local-db';
import { useSync } from '../../app/sync/useSync';
import { type BoardItem, boardItemOf } from './board-model';

export interface BoardData {
  items: BoardItem[];
  /** Reminder and return events only: the board needs no other kind. */
  events: LocalRow[];
  companies: LocalRow[];
  districts: LocalRow[];
}

export function useBoardData(now: number): BoardData | undefined {
  const { db } = useSync();
  const orders = useLiveQuery(() => db.orders.toArray(), [db]);
  const events = useLiveQuery(
    () => db.order_events.filter((e) => e.kind === 'reminder' || e.kind === 'returned').toArray(),
    [db],
  );
  const companies = useLiveQuery(() => db.companies.toArray(), [db]);
  const districts = useLiveQuery(() => db.districts.toArray(), [db]);
  return useMemo(() => {
    if (!orders || !events || !companies || !districts) return undefined;
    return {
      items: orders.map((o) => boardItemOf(o, now)),
      events,
      companies: [...companies].sort((a, b) => String(a.name).localeCompare(String(b.name), 'zh-CN')),
      districts: [...districts].sort((a, b) => String(a.id).localeCompare(String(b.id))),
    };
  }, [orders, events, companies, districts, now]);
}
