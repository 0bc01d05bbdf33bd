// The jobs table stays small (ARCHITECTURE §5): finished jobs older than a week are deleted by jobs.prune; pending and
// recent ones stay, and the prune job schedules its next run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHousekeepingJobHandlers,
  ensureHousekeepingJobs,
  JOBS_PRUNE,
} from '../../src/server/jobs/housekeeping-jobs';
import type { Store } from '../../src/server/store/store';
import { seededPglite } from '../helpers/stores';

describe('jobs.prune', () => {
  let store: Store;
  beforeAll(async () => {
    store = await seededPglite();
  });
  afterAll(async () => {
    await store?.close();
  });

  const add = async (kind: string, done: Date | null) =>
    (
      await store.query<{ id: number }>(
        `insert into jobs (kind, due_at, done_at) values ($1, now(), $2) returning id`,
        [kind, done],
      )
    )[0]!.id;

  it('[ALM-4] deletes finished jobs older than the retention, keeps pending and recent ones, and comes back', async () => {
    const now = new Date();
    const old = await add('t.old', new Date(now.getTime() - 8 * 86_400_000));
    const recent = await add('t.recent', new Date(now.getTime() - 86_400_000));
    const pending = await add('t.pending', null);
    await store.query(`delete from jobs where kind = $1`, [JOBS_PRUNE]);
    await ensureHousekeepingJobs(store, now);
    await ensureHousekeepingJobs(store, now);
    expect(await store.query(`select id from jobs where kind = $1 and done_at is null`, [JOBS_PRUNE])).toHaveLength(1);

    const handler = createHousekeepingJobHandlers({ keepDays: 7 })[JOBS_PRUNE]!;
    await store.transaction((tx) => handler(tx, {}, now));
    const left = (await store.query<{ id: number }>('select id from jobs where id = any($1)', [[old, recent, pending]]))
      .map((r) => Number(r.id))
      .sort((a, b) => a - b);
    expect(left).toEqual([recent, pending].map(Number).sort((a, b) => a - b));
    const next = await store.query<{ due_at: Date }>(
      `select due_at from jobs where kind = $1 and done_at is null order by due_at desc limit 1`,
      [JOBS_PRUNE],
    );
    expect(new Date(next[0]!.due_at).getTime()).toBe(now.getTime() + 3_600_000);
  });
});
