// Runs due rows of the jobs table (ARCHITECTURE §5): claims one with FOR UPDATE SKIP LOCKED, runs its handler in
// the same transaction and marks it done there, so a job is done exactly when its effects commit, once across
// instances. Must not hold job rules: handlers come from the composition root, keyed by kind.
import { COMMIT_CHANNEL } from '../events/commit-channel';
import type { Queryable, Store } from '../store/store';
import { createPollLoop } from './poll-loop';

export type JobHandler = (tx: Queryable, payload: Record<string, unknown>, now: Date) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface JobRunnerOptions {
  /** How often to look for due jobs besides each commit notice; 250 ms keeps a 1 s timer within a quarter second. */
  pollMs?: number;
  /** A claim older than this counts as abandoned (a claim only lives as long as its transaction's row lock). */
  leaseSeconds?: number;
  /** Jobs per turn before yielding to the next turn. */
  batch?: number;
  /** First retry delay after a failure; doubled per attempt, at most 5 minutes. */
  retryBaseMs?: number;
  /** After this many failures the job is closed with its last error, so a poison job cannot spin for ever. */
  maxAttempts?: number;
}

export interface JobRunner {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs due jobs until none is left; returns how many completed (tests call it directly). */
  runDue(): Promise<number>;
}

interface JobRow {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
}

const CLAIM_SQL = `select id, kind, payload, attempts from jobs
  where done_at is null and due_at <= now() and (claimed_at is null or claimed_at < now() - make_interval(secs => $1))
  order by due_at, id limit 1 for update skip locked`;

const MAX_BACKOFF_MS = 5 * 60_000;

export function createJobRunner(store: Store, handlers: JobHandlers, options: JobRunnerOptions = {}): JobRunner {
  const { pollMs = 250, leaseSeconds = 60, batch = 20, retryBaseMs = 1000, maxAttempts = 10 } = options;

  /** Runs the next due job: 'idle' when there is none. */
  async function runOne(): Promise<'idle' | 'done' | 'failed'> {
    let claimed: JobRow | undefined;
    let wroteChanges = false;
    try {
      const ran = await store.transaction(async (tx) => {
        const [job] = await tx.query<JobRow>(CLAIM_SQL, [leaseSeconds]);
        if (!job) return false;
        claimed = job;
        const handler = handlers[job.kind];
        if (!handler) throw new Error(`no handler for job kind '${job.kind}'`);
        const watched = watchChangeLog(tx, () => {
          wroteChanges = true;
        });
        await handler(watched, job.payload ?? {}, new Date());
        await tx.query('update jobs set done_at = now(), claimed_at = now(), attempts = attempts + 1 where id = $1', [
          job.id,
        ]);
        return true;
      });
      if (!ran) return 'idle';
      if (wroteChanges) await store.notify(COMMIT_CHANNEL);
      return 'done';
    } catch (err) {
      if (!claimed) throw err;
      await recordFailure(claimed, err);
      return 'failed';
    }
  }

  async function recordFailure(job: JobRow, err: unknown): Promise<void> {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    const attempts = job.attempts + 1;
    const delayMs = Math.min(retryBaseMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
    const giveUp = attempts >= maxAttempts;
    console.error(
      `[jobs] ${job.kind} #${job.id} failed (attempt ${attempts}${giveUp ? ', giving up' : ''}): ${message}`,
    );
    // Its own small transaction: the handler's effects are already rolled back. `done_at is null` keeps a job that
    // another instance finished meanwhile as it is.
    await store.query(
      `update jobs set attempts = attempts + 1, last_error = $2, claimed_at = null,
              due_at = now() + make_interval(secs => $3), done_at = case when $4 then now() end
        where id = $1 and done_at is null`,
      [job.id, message, delayMs / 1000, giveUp],
    );
  }

  async function runBatch(): Promise<{ done: number; more: boolean }> {
    let done = 0;
    for (let i = 0; i < batch; i++) {
      const result = await runOne();
      if (result === 'idle') return { done, more: false };
      if (result === 'done') done++;
    }
    return { done, more: true };
  }

  const loop = createPollLoop(store, 'jobs', async () => (await runBatch()).more, pollMs);
  return {
    start: loop.start,
    stop: loop.stop,
    async runDue() {
      let total = 0;
      for (;;) {
        const { done, more } = await runBatch();
        total += done;
        if (!more) return total;
      }
    },
  };
}

/** The transaction as the handler sees it, noting whether it wrote to the change log (then SSE must hear of it). */
function watchChangeLog(tx: Queryable, onWrite: () => void): Queryable {
  return {
    query(sql, params) {
      if (/insert\s+into\s+change_log/i.test(sql)) onWrite();
      return tx.query(sql, params);
    },
  };
}
