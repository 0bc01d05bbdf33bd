// The rows the work list needs, read from the local db in one live query (FLD-1): every order, the outbox's pending
// order ids and the residents named on them (one bulk read). Must not query per order; the model sorts and splits.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Actor } from '../../../domain/access/roles';
import type { LocalRow } from '../../../local/local-db';
import { useSync } from '../../app/sync/useSync';
import { buildWorkLists, pendingOrderIdsOf, type WorkLists } from './work-list-model';

export interface WorkData extends WorkLists {
  residents: Map<string, LocalRow>;
}

export function useWorkData(actor: Actor, now: number): WorkData | undefined {
  const { db } = useSync();
  const rows = useLiveQuery(async () => {
    const [orders, outbox] = await Promise.all([db.orders.toArray(), db.outbox.toArray()]);
    return { orders, pending: pendingOrderIdsOf(outbox) };
  }, [db]);
  // The lists depend on the clock (deadlines) only coarsely; `now` ticks once a minute.
  const lists = rows ? buildWorkLists(rows.orders, actor, rows.pending, new Date(now)) : undefined;
  const residentIds = lists
    ? [...new Set([...lists.mine, ...lists.pool, ...lists.company].map((i) => i.row.residentId).filter(Boolean))]
    : [];
  const key = residentIds.join(',');
  const residents = useLiveQuery(async () => {
    const found = await db.residents.bulkGet(key ? key.split(',') : []);
    return new Map(found.filter((r) => r !== undefined).map((r) => [r._id, r]));
  }, [db, key]);
  if (!lists) return undefined;
  return { ...lists, residents: residents ?? new Map() };
}
