// Keeping the jobs table small (ARCHITECTURE §5): `jobs.prune` deletes finished job rows older than a week, in
// batches, and schedules its own next run. Recurring jobs (device liveness every 30 s) would otherwise add thousands
// of rows a day. Must not touch a job that is not finished.
import type { Queryable } from '../store/store';
import type { JobHandlers } from './job-runner';
import { ensureJobPending, scheduleJob } from './schedule';

export const JOBS_PRUNE = 'jobs.prune';
export const JOBS_PRUNE_BATCH = 20_000;

/** Deletes up to JOBS_PRUNE_BATCH jobs finished before `now` minus `keepDays`; returns how many went. */
export async function pruneFinishedJobs(tx: Queryable, now: Date, keepDays: number): Promise<number> {
  const gone = await tx.query<{ id: number }>(
    `delete from jobs where id in (
       select id from jobs where done_at is not null and done_at < $1 order by id limit $2)
     returning id`,
    [new Date(now.getTime() - keepDays * 86_400_000), JOBS_PRUNE_BATCH],
  );
  return gone.length;
}

export function createHousekeepingJobHandlers(options: { keepDays?: number } = {}): JobHandlers {
  const keepDays = options.keepDays ?? 7;
  return {
    [JOBS_PRUNE]: async (tx, payload, now) => {
      const deleted = await pruneFinishedJobs(tx, now, keepDays);
      if (payload.once === true) return;
      const next = deleted === JOBS_PRUNE_BATCH ? 60 : 3600;
      await scheduleJob(tx, JOBS_PRUNE, new Date(now.getTime() + next * 1000));
    },
  };
}

/** Makes sure one pending prune job exists (first start, or after its chain was lost). */
export async function ensureHousekeepingJobs(q: Queryable, now: Date): Promise<void> {
  await ensureJobPending(q, JOBS_PRUNE, now);
}
