// Putting work on the jobs table (ARCHITECTURE §5): one job at a time, and "make sure one of this kind is pending"
// for recurring jobs that schedule their own next run. Must not run jobs: job-runner.ts does.
import type { Queryable } from '../store/store';

export async function scheduleJob(
  q: Queryable,
  kind: string,
  dueAt: Date,
  payload: Record<string, unknown> = {},
): Promise<void> {
  await q.query('insert into jobs (kind, due_at, payload) values ($1, $2, $3)', [kind, dueAt, JSON.stringify(payload)]);
}

/** Adds a job of this kind due `now` unless one is already pending (first start, or after its chain was lost). */
export async function ensureJobPending(q: Queryable, kind: string, now: Date): Promise<void> {
  await q.query(
    `insert into jobs (kind, due_at, payload) select $1, $2, '{}'
      where not exists (select 1 from jobs where kind = $1 and done_at is null)`,
    [kind, now],
  );
}
