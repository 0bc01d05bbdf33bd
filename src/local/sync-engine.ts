// The device's sync engine (SYN-1, SYN-2, FLD-2): mutations are applied at once on the device and queued; sync()
// pushes the queue in order, takes back what the server refused (kept listed with the reason), then pulls what
// changed. Outbox entries never expire. Scheduling (on start, reconnect, poke, every 5 min) is the caller's.
import type { PushRequest } from '../protocol/sync';
import { protocolVersion } from '../protocol/version';
import { type LocalDb, type OutboxEntry, syncTableNames } from './local-db';
import { applyOptimistic, type LocalUser, rollbackOptimistic } from './optimistic';
import type { PullResponse, Transport } from './transport';

const PUSH_BATCH = 500;

export interface SyncState {
  pending: number;
  rejected: OutboxEntry[];
  cursor: number;
  lastSyncAt: string | null;
}

export interface SyncEngine {
  mutate(name: string, args: unknown): Promise<string>;
  /** Push then pull. Throws the transport's error when the network fails; what was done stays done. */
  sync(): Promise<{ pushed: number; rejected: number; pulled: number }>;
  state(): Promise<SyncState>;
  dismissRejected(id: string): Promise<void>;
}

export interface EngineOptions {
  db: LocalDb;
  transport: Transport;
  user: LocalUser;
  clientId: string;
  clock?: () => Date;
  uuid?: () => string;
}

export function createSyncEngine(o: EngineOptions): SyncEngine {
  const clock = o.clock ?? (() => new Date());
  const uuid = o.uuid ?? (() => crypto.randomUUID());
  const rowTables = syncTableNames;
  const allTables = ['outbox', 'meta', ...rowTables];
  let running: Promise<unknown> = Promise.resolve();

  async function mutate(name: string, args: unknown): Promise<string> {
    const id = uuid();
    const at = clock().toISOString();
    await o.db.transaction('rw', allTables, async () => {
      const undo = await applyOptimistic(o.db, o.user, { id, name, args, at });
      await o.db.outbox.add({ id, name, args, at, status: 'pending', undo });
    });
    return id;
  }

  async function push(): Promise<{ pushed: number; rejected: number }> {
    let pushed = 0;
    let rejected = 0;
    for (;;) {
      const batch = await o.db.outbox.where('status').equals('pending').sortBy('seq');
      if (!batch.length) return { pushed, rejected };
      const sending = batch.slice(0, PUSH_BATCH);
      const request: PushRequest = {
        protocol: protocolVersion,
        clientId: o.clientId,
        mutations: sending.map(({ id, name, args, at }) => ({ id, name, args, at })),
      };
      const { results } = await o.transport.push(request);
      const byId = new Map(results.map((r) => [r.id, r]));
      await o.db.transaction('rw', allTables, async () => {
        for (const entry of sending) {
          const r = byId.get(entry.id);
          if (!r) continue;
          if (r.status === 'applied') {
            await o.db.outbox.delete(entry.seq!);
            pushed++;
          } else {
            await rollbackOptimistic(o.db, entry, rowTables);
            await o.db.outbox.update(entry.seq!, { status: 'rejected', ...(r.problem ? { problem: r.problem } : {}) });
            rejected++;
          }
        }
      });
      // A missing result means the server stopped at a fault: the rest goes next time, still in order.
      if (results.length < sending.length) return { pushed, rejected };
    }
  }

  async function applyPage(res: PullResponse, first: boolean): Promise<void> {
    await o.db.transaction('rw', allTables, async () => {
      if (res.reset && first) {
        const pendingIds = new Set((await o.db.outbox.where('status').equals('pending').toArray()).map((e) => e.id));
        for (const t of rowTables) {
          await o.db
            .table(t)
            .filter((r: { _mutationId?: string }) => !r._mutationId || !pendingIds.has(r._mutationId))
            .delete();
        }
      }
      for (const c of res.changes) {
        if (c.op === 'put') await o.db.table(c.table).put({ ...c.row, _id: c.id });
        else await o.db.table(c.table).delete(c.id);
      }
      if (!res.more) {
        await o.db.meta.put({ key: 'cursor', value: res.cursor });
        await o.db.meta.put({ key: 'lastSyncAt', value: clock().toISOString() });
      } else if (!res.page) {
        await o.db.meta.put({ key: 'cursor', value: res.cursor });
      }
    });
  }

  async function pull(): Promise<number> {
    let cursor = Number((await o.db.meta.get('cursor'))?.value ?? 0);
    let page: string | undefined;
    let pulled = 0;
    let first = true;
    for (;;) {
      const res = await o.transport.pull(cursor, page);
      await applyPage(res, first);
      pulled += res.changes.length;
      first = false;
      if (!res.more) return pulled;
      page = res.page;
      if (!page) cursor = res.cursor;
    }
  }

  async function syncOnce() {
    const { pushed, rejected } = await push();
    const pulled = await pull();
    return { pushed, rejected, pulled };
  }

  return {
    mutate,
    sync() {
      // One sync at a time per device; a second call waits for the first and then runs.
      const next = running.catch(() => undefined).then(syncOnce);
      running = next;
      return next;
    },
    async state() {
      const entries = await o.db.outbox.orderBy('seq').toArray();
      return {
        pending: entries.filter((e) => e.status === 'pending').length,
        rejected: entries.filter((e) => e.status === 'rejected'),
        cursor: Number((await o.db.meta.get('cursor'))?.value ?? 0),
        lastSyncAt: ((await o.db.meta.get('lastSyncAt'))?.value as string | undefined) ?? null,
      };
    },
    async dismissRejected(id) {
      await o.db.outbox
        .where('id')
        .equals(id)
        .and((e) => e.status === 'rejected')
        .delete();
    },
  };
}
