// Live pokes (ARCHITECTURE §4): open SSE streams by user, and after each commit a `poke` to every stream whose
// actor the new change-log entries cover, plus the live `alarm` / `offer` / `taken` events (alarm-deliveries.ts).
// Reads the log since the last seq it saw, so a notice from another instance (LISTEN/NOTIFY) or from this one leads
// to the same events. Must not send other row data: clients pull.
import type { Actor } from '../../domain/access/roles';
import type { Queryable } from '../store/store';
import { coversActor, type ScopeColumns } from '../sync/covers';
import { reachesActor, readAlarmDeliveries } from './alarm-deliveries';

export interface Subscriber {
  actor: Actor;
  send(event: string, data: unknown): void;
}

export interface EventHub {
  subscribe(s: Subscriber): () => void;
  /** Something was committed (here or on another instance): poke whoever it concerns. */
  committed(): Promise<void>;
  size(): number;
}

export async function createEventHub(store: Queryable): Promise<EventHub> {
  const subscribers = new Set<Subscriber>();
  const [start] = await store.query<{ max: number }>('select coalesce(max(seq), 0)::int8 as max from change_log');
  let seen = start?.max ?? 0;
  let running: Promise<void> = Promise.resolve();

  async function pokeSince(): Promise<void> {
    const entries = await store.query<ScopeColumns & { seq: number; tbl: string; row_id: string }>(
      `select seq, tbl, row_id, community_id, company_id, user_ids, public, prev_community_id, prev_company_id
         from change_log where seq > $1 order by seq limit 10000`,
      [seen],
    );
    if (!entries.length) return;
    seen = entries[entries.length - 1]!.seq;
    for (const s of subscribers) {
      const concerned = entries.filter((e) => coversActor(s.actor, e) || coversActor(s.actor, previousScope(e)));
      if (concerned.length) s.send('poke', { seq: seen });
    }
    const live = await readAlarmDeliveries(store, entries);
    if (!live.length) return;
    for (const s of subscribers) {
      for (const d of live) if (reachesActor(d, s.actor)) s.send(d.type, d.data);
    }
  }

  return {
    subscribe(s) {
      subscribers.add(s);
      return () => subscribers.delete(s);
    },
    committed() {
      // One reader at a time, in order: a burst of commits is read once per turn.
      running = running.then(pokeSince).catch((err) => console.error('[events] poke failed:', err));
      return running;
    },
    size: () => subscribers.size,
  };
}

function previousScope(
  e: ScopeColumns & { prev_community_id?: string | null; prev_company_id?: string | null },
): ScopeColumns {
  return {
    community_id: e.prev_community_id ?? null,
    company_id: e.prev_company_id ?? null,
    user_ids: [],
    public: false,
  };
}
