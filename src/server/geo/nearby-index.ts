// The in-memory "what is near" index of the registry (MAP-2, GET /api/nearby): active companies, volunteers and
// residents with a position, loaded at start and kept current by following the change log after each commit.
// Must not decide who may see what (the route applies SEC-2) nor write anything.
import { createNearestIndex, type NearestIndex, nearestHits } from '../../domain/geo/nearest';
import type { Queryable } from '../store/store';
import { loadNearbyRows, type NearbyEntry, type NearbyItem, type NearbyTable, nearbyTables } from './nearby-rows';

export type { NearbyItem, NearbyKind } from './nearby-rows';
export { nearbyKinds } from './nearby-rows';

export interface NearbyQuery {
  lat: number;
  lng: number;
  radiusM?: number;
  k?: number;
  filter?: (item: NearbyItem) => boolean;
}

export interface NearbyIndex {
  /** Nearest first (ties by id), distance in metres; each volunteer once, at its position as of `now`. */
  query(q: NearbyQuery, now?: number): (NearbyItem & { distance: number })[];
  /** Something was committed: catch up with the change log soon (bursts are coalesced). */
  committed(): void;
  /** Catches up now and resolves when the index reflects every change committed before the call. */
  refresh(): Promise<void>;
  stats(): { items: number; entries: number; rebuilds: number; lastRebuildMs: number; seq: number };
  close(): Promise<void>;
}

export interface NearbyIndexOptions {
  /** Commits within this window share one catch-up and one rebuild. */
  debounceMs?: number;
  /** A catch-up without any notice, in case one was lost (a dropped LISTEN connection). */
  backstopMs?: number;
}

// 25 ms: a device's position reaches the map within a blink, and a burst of pushes rebuilds once, not per push.
const DEFAULT_DEBOUNCE_MS = 25;
const DEFAULT_BACKSTOP_MS = 30_000;
const LOG_PAGE = 10_000;
const followed = new Set<string>(nearbyTables);

export async function createNearbyIndex(store: Queryable, options: NearbyIndexOptions = {}): Promise<NearbyIndex> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const [start] = await store.query<{ max: number }>('select coalesce(max(seq), 0)::int8 as max from change_log');
  let seen = Number(start?.max ?? 0);
  // Read the log position first, then the rows: a change in between is loaded now and reloaded later, never lost.
  const entriesByKey = new Map<string, NearbyEntry[]>();
  for (const table of nearbyTables) putAll(entriesByKey, table, await loadNearbyRows(store, table, null));
  const counters = { rebuilds: 0, lastRebuildMs: 0 };
  let index: NearestIndex<NearbyEntry> = rebuild();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  const backstop = setInterval(() => schedule(), options.backstopMs ?? DEFAULT_BACKSTOP_MS);
  backstop.unref?.();

  function rebuild(): NearestIndex<NearbyEntry> {
    const started = performance.now();
    const all: NearbyEntry[] = [];
    for (const entries of entriesByKey.values()) all.push(...entries);
    const built = createNearestIndex(all);
    counters.rebuilds++;
    counters.lastRebuildMs = performance.now() - started;
    return built;
  }

  async function catchUp(): Promise<void> {
    const changed = new Map<NearbyTable, Set<string>>();
    for (;;) {
      const rows = await store.query<{ seq: number; tbl: string; row_id: string }>(
        'select seq, tbl, row_id from change_log where seq > $1 order by seq limit $2',
        [seen, LOG_PAGE],
      );
      for (const r of rows) {
        if (!followed.has(r.tbl)) continue;
        const table = r.tbl as NearbyTable;
        const ids = changed.get(table) ?? new Set<string>();
        ids.add(r.row_id);
        changed.set(table, ids);
      }
      if (rows.length) seen = Number(rows[rows.length - 1]!.seq);
      if (rows.length < LOG_PAGE) break;
    }
    if (!changed.size || closed) return;
    for (const [table, ids] of changed) {
      for (const id of ids) entriesByKey.delete(`${table}:${id}`);
      putAll(entriesByKey, table, await loadNearbyRows(store, table, [...ids]));
    }
    index = rebuild();
  }

  function run(): Promise<void> {
    running = running.then(catchUp).catch((err) => console.error('[nearby] catch-up failed:', err));
    return running;
  }

  function schedule(): void {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, debounceMs);
  }

  return {
    query(q, now = Date.now()) {
      const { filter } = q;
      const current = (e: NearbyEntry) => e.validFrom <= now && now < e.validUntil && (!filter || filter(e.item));
      const hits = nearestHits(index, { lat: q.lat, lng: q.lng, radiusM: q.radiusM, k: q.k, filter: current });
      return hits.map(({ item: e, distance }) => ({ ...e.item, distance }));
    },
    committed: schedule,
    refresh: run,
    stats: () => ({
      items: entriesByKey.size,
      entries: index.items.length,
      rebuilds: counters.rebuilds,
      lastRebuildMs: counters.lastRebuildMs,
      seq: seen,
    }),
    async close() {
      closed = true;
      clearInterval(backstop);
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}

function putAll(byKey: Map<string, NearbyEntry[]>, table: NearbyTable, entries: NearbyEntry[]): void {
  for (const e of entries) {
    const key = `${table}:${e.item.id}`;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
}
