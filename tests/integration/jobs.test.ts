// The jobs runner (ALM-4, ARCHITECTURE §5): due jobs run once, early ones wait, failures retry with their error,
// and on PostgreSQL two runners never run one job twice and a job abandoned mid-way is run by the next runner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../../src/server/boot';
import { createJobRunner, type JobHandler } from '../../src/server/jobs/job-runner';
import { createPostgresStore } from '../../src/server/store/postgres';
import type { Store } from '../../src/server/store/store';
import { available, postgresUrl } from '../helpers/require-env';
import { freshPostgres, seededPglite } from '../helpers/stores';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function addJob(store: Store, kind: string, payload: unknown, dueInSeconds = 0): Promise<number> {
  const [row] = await store.query<{ id: number }>(
    `insert into jobs (kind, due_at, payload) values ($1, now() + make_interval(secs => $2), $3) returning id`,
    [kind, dueInSeconds, JSON.stringify(payload)],
  );
  return row!.id;
}

async function jobRow(store: Store, id: number) {
  const [row] = await store.query<{ done_at: Date | null; attempts: number; last_error: string }>(
    'select done_at, attempts, last_error from jobs where id = $1',
    [id],
  );
  return row!;
}

function runnerSuite(name: string, open: () => Promise<Store>) {
  describe(`jobs runner (${name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('[ALM-4] runs each due job once and marks it done', async () => {
      const seen: number[] = [];
      const count: JobHandler = async (_tx, payload) => {
        seen.push(Number(payload.n));
      };
      const ids = [await addJob(store, 't.once', { n: 1 }), await addJob(store, 't.once', { n: 2 })];
      const runner = createJobRunner(store, { 't.once': count });
      expect(await runner.runDue()).toBe(2);
      expect(await runner.runDue()).toBe(0);
      expect(seen.sort()).toEqual([1, 2]);
      for (const id of ids) expect((await jobRow(store, id)).done_at).not.toBeNull();
    });

    it('[ALM-4] a job not yet due waits until its time', async () => {
      let runs = 0;
      const runner = createJobRunner(store, {
        't.later': async () => {
          runs++;
        },
      });
      const id = await addJob(store, 't.later', {}, 3600);
      expect(await runner.runDue()).toBe(0);
      expect(runs).toBe(0);
      await store.query(`update jobs set due_at = now() where id = $1`, [id]);
      expect(await runner.runDue()).toBe(1);
      expect(runs).toBe(1);
    });

    it('[ALM-4] a failing job rolls back its effects, records the error and is retried after a backoff', async () => {
      let calls = 0;
      const flaky: JobHandler = async (tx) => {
        calls++;
        await tx.query(`insert into jobs (kind, due_at, done_at) values ('t.effect', now(), now())`);
        if (calls === 1) throw new Error('gateway down');
      };
      const runner = createJobRunner(store, { 't.flaky': flaky }, { retryBaseMs: 200 });
      const id = await addJob(store, 't.flaky', {});
      expect(await runner.runDue()).toBe(0);
      let row = await jobRow(store, id);
      expect(row).toMatchObject({ done_at: null, attempts: 1, last_error: 'gateway down' });
      const [effects] = await store.query<{ n: number }>(`select count(*)::int as n from jobs where kind = 't.effect'`);
      expect(effects!.n).toBe(0);
      expect(await runner.runDue()).toBe(0); // still backing off
      await sleep(300);
      expect(await runner.runDue()).toBe(1);
      row = await jobRow(store, id);
      expect(row.done_at).not.toBeNull();
      expect(row.attempts).toBe(2);
    });

    it('[ALM-4] the started runner picks up a job when it falls due, without being asked', async () => {
      let ranAt = 0;
      const stamp = async () => {
        ranAt = Date.now();
      };
      const runner = createJobRunner(store, { 't.timer': stamp }, { pollMs: 100 });
      await runner.start();
      try {
        const added = Date.now();
        await addJob(store, 't.timer', {}, 0.5);
        await expect.poll(() => ranAt, { timeout: 3000 }).toBeGreaterThan(0);
        expect(ranAt - added).toBeGreaterThanOrEqual(400);
        expect(ranAt - added).toBeLessThan(1500);
      } finally {
        await runner.stop();
      }
    });
  });
}

runnerSuite('PGlite', seededPglite);

const pg = available('postgres');
if (pg) {
  runnerSuite('PostgreSQL', async () => {
    const s = await freshPostgres();
    await prepareStore(s, { demo: false });
    return s;
  });
}

describe.skipIf(!pg)('jobs runner across instances (PostgreSQL)', () => {
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    a = await freshPostgres();
    await prepareStore(a, { demo: false });
    const schema = (await a.query<{ s: string }>('select current_schema() as s'))[0]!.s;
    b = await createPostgresStore({ connectionString: postgresUrl, schema, max: 4 });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('[ALM-4] two runners on one database run 200 jobs exactly once between them', async () => {
    await a.query(
      `insert into jobs (kind, due_at, payload) select 't.many', now(), jsonb_build_object('n', g) from generate_series(1, 200) g`,
    );
    const runs = new Map<number, number>();
    const handler: JobHandler = async (_tx, payload) => {
      const n = Number(payload.n);
      runs.set(n, (runs.get(n) ?? 0) + 1);
      await sleep(1); // let the other runner interleave
    };
    const one = createJobRunner(a, { 't.many': handler });
    const two = createJobRunner(b, { 't.many': handler });
    const [x, y] = await Promise.all([one.runDue(), two.runDue()]);
    expect(x + y).toBe(200);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((v) => v === 1)).toBe(true);
  });

  it('[ALM-4] a job whose runner died mid-way (claimed, not committed) is run by the next runner', async () => {
    const id = await addJob(a, 't.crash', {});
    let backend = 0;
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((r) => {
      release = r;
    });
    const dying = createJobRunner(a, {
      't.crash': async (tx) => {
        backend = (await tx.query<{ pid: number }>('select pg_backend_pid() as pid'))[0]!.pid;
        await stuck;
        await tx.query('select 1'); // the connection is gone by now: this fails, nothing commits
      },
    });
    const dyingRun = dying.runDue();
    await expect.poll(() => backend, { timeout: 5000 }).toBeGreaterThan(0);
    // The process "dies": its connection ends, PostgreSQL rolls its transaction back and frees the row.
    await b.query('select pg_terminate_backend($1)', [backend]);
    let ranBy = '';
    const next = createJobRunner(b, {
      't.crash': async () => {
        ranBy = 'next';
      },
    });
    await expect.poll(async () => (await next.runDue()) + (ranBy ? 1 : 0), { timeout: 5000 }).toBeGreaterThan(0);
    expect(ranBy).toBe('next');
    release();
    await dyingRun;
    const row = await jobRow(a, id);
    expect(row.done_at).not.toBeNull();
  });
});
