// The in-process queue between the answer and the processing of DC-09 frames (ALM-9): the receiver hands over journal
// ids after replying; batches run in one transaction each. Must not answer devices; a failure never stops the queue.
import type { EscalationTimers } from '../../../domain/alarms/escalation';
import { COMMIT_CHANNEL } from '../../events/commit-channel';
import type { Store } from '../../store/store';
import { listUnprocessed, loadJournalRows, markProcessed } from './journal';
import { processJournalBatch } from './process-frame';
import { openTechnicalAlarm } from './technical-alarms';

export interface ProcessQueue {
  push(journalId: string): void;
  /** Processes rows left unprocessed by an earlier run (a crash between journal and processing). */
  recover(): Promise<number>;
  /** Resolves when everything pushed so far has been processed (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

// At 1,000 frames/s a transaction per frame would queue journal writes behind it: up to this many per transaction.
const BATCH = 100;
const LINGER_MS = 50;

export function createProcessQueue(
  store: Store,
  options: { timers?: EscalationTimers; now?: () => Date; log?: (msg: string) => void } = {},
): ProcessQueue {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((msg: string) => console.error(msg));
  let pending: string[] = [];
  let running: Promise<void> | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function runBatch(ids: string[]): Promise<void> {
    const deps = { now: now(), ...(options.timers ? { timers: options.timers } : {}) };
    try {
      await store.transaction(async (tx) => {
        await processJournalBatch(tx, await loadJournalRows(tx, ids), deps);
      });
    } catch {
      // One bad row must not hold back the others: retry them one by one, recording the failure on the row.
      for (const id of ids) {
        try {
          await store.transaction(async (tx) => {
            await processJournalBatch(tx, await loadJournalRows(tx, [id]), deps);
          });
        } catch (err) {
          const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
          log(`[dc09] processing journal #${id} failed: ${message}`);
          await markFailed(id, message, deps.now).catch(() => undefined);
        }
      }
    }
    await store.notify(COMMIT_CHANNEL).catch(() => undefined);
  }

  /** A frame that cannot be processed (an emergency among them, maybe) must not vanish: a technical alarm says so. */
  async function markFailed(id: string, message: string, at: Date): Promise<void> {
    await store.transaction(async (tx) => {
      await markProcessed(tx, id, { error: message }, at);
      const [row] = await tx.query<{ account: string | null; resident_id: string | null; community_id: string | null }>(
        `select j.account, d.resident_id, r.community_id from dc09_journal j
           left join devices d on d.account = j.account left join residents r on r.id = d.resident_id
          where j.id = $1`,
        [id],
      );
      if (!row?.account) return;
      const target = { account: row.account, residentId: row.resident_id, communityId: row.community_id };
      await openTechnicalAlarm(
        tx,
        'device_fault',
        target,
        { reason: 'processing_failed', error: message, journalId: id },
        at,
      );
    });
  }

  function drain(): void {
    if (running || stopped || pending.length === 0) return;
    running = (async () => {
      while (pending.length && !stopped) {
        const ids = pending.slice(0, BATCH);
        pending = pending.slice(BATCH);
        await runBatch(ids).catch((err: unknown) => log(`[dc09] batch failed: ${String(err)}`));
      }
    })().finally(() => {
      running = null;
      if (pending.length && !stopped) drain();
    });
  }

  return {
    push(id) {
      pending.push(id);
      // Processing is not what the sender waits for: gathering ids for a moment makes one transaction of many frames,
      // leaving the store free for the journal writes that replies do wait for.
      if (!running && !timer) {
        timer = setTimeout(() => {
          timer = undefined;
          drain();
        }, LINGER_MS);
      }
    },
    async recover() {
      let total = 0;
      // Bounded: a row that can be neither processed nor marked must not spin the start-up for ever.
      for (let round = 0; round < 1000; round++) {
        const ids = await listUnprocessed(store);
        if (!ids.length) return total;
        await runBatch(ids);
        total += ids.length;
        if (ids.length < 500) return total;
      }
      return total;
    },
    async idle() {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
        drain();
      }
      while (pending.length || running) {
        if (running) await running;
        else await new Promise((r) => setImmediate(r));
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (running) await running;
    },
  };
}
