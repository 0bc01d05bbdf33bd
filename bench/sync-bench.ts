// Sync benchmark (issue: offline sync engine): a 10,000-mutation offline backlog pushed through the real push path,
// against a plain batch insert of the same rows in the same run (the ratio); and first pulls of a liaison and an
// admin. PGlite always; PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
import { randomBytes, randomUUID } from 'node:crypto';
import { prepareStore } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { buildApp } from '../src/server/http/build-app';
import type { Store } from '../src/server/store/store';
import { onEachBenchStore } from './bench-stores';

const MUTATIONS = 10_000;
const BATCH = 500;

async function login(app: Awaited<ReturnType<typeof buildApp>>, username: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'anxin-demo' },
  });
  return res.json().token;
}

async function benchStore(kind: string, store: Store): Promise<void> {
  await prepareStore(store, { demo: true });
  const app = await buildApp({ store, config: loadConfig({ ANXIN_DATA_DIR: '.tmp/bench' }), version: 'bench' });
  const token = await login(app, 'tech1');
  const [order] = await store.query<{ id: string }>(
    `select o.id from orders o join users u on u.id = o.assignee_user_id where u.username = 'tech1' limit 1`,
  );
  const mutations = Array.from({ length: MUTATIONS }, (_, i) => ({
    id: randomUUID(),
    name: 'order.addNote',
    args: { orderId: order!.id, text: `backlog note ${i}` },
    at: new Date().toISOString(),
  }));

  // Baseline: the same rows as one plain multi-row insert per batch, in one transaction.
  const baseStart = performance.now();
  await store.transaction(async (tx) => {
    for (let i = 0; i < MUTATIONS; i += BATCH) {
      const chunk = mutations.slice(i, i + BATCH);
      const values = chunk.map((_, j) => `($${j * 3 + 1}, $${j * 3 + 2}, $${j * 3 + 3}, now())`).join(',');
      await tx.query(
        `insert into order_notes (id, order_id, text, at) values ${values}`,
        chunk.flatMap((m) => [randomUUID(), m.args.orderId, m.args.text]),
      );
    }
  });
  const baseMs = performance.now() - baseStart;

  const pushStart = performance.now();
  let applied = 0;
  for (let i = 0; i < MUTATIONS; i += BATCH) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        protocol: 1,
        clientId: `bench-${randomBytes(4).toString('hex')}`,
        mutations: mutations.slice(i, i + BATCH),
      },
    });
    applied += res.json().results.filter((r: { status: string }) => r.status === 'applied').length;
  }
  const pushMs = performance.now() - pushStart;
  console.log(
    JSON.stringify({
      bench: 'sync.push-backlog',
      store: kind,
      mutations: MUTATIONS,
      applied,
      seconds: +(pushMs / 1000).toFixed(2),
      mutationsPerSecond: Math.round(MUTATIONS / (pushMs / 1000)),
      baselineSeconds: +(baseMs / 1000).toFixed(2),
      ratio: +(pushMs / baseMs).toFixed(1),
    }),
  );

  for (const username of ['liaison1', 'admin']) {
    const t = await login(app, username);
    const started = performance.now();
    let rows = 0;
    let page: string | undefined;
    for (;;) {
      const url = `/api/sync/pull?cursor=0${page ? `&page=${page}` : ''}`;
      const body = (await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${t}` } })).json();
      rows += body.changes.length;
      if (!body.more) break;
      page = body.page;
    }
    const s = (performance.now() - started) / 1000;
    console.log(
      JSON.stringify({
        bench: 'sync.first-pull',
        store: kind,
        user: username,
        rows,
        seconds: +s.toFixed(2),
        rowsPerSecond: Math.round(rows / s),
      }),
    );
  }
  await app.close();
}

export async function runSyncBench(): Promise<void> {
  await onEachBenchStore('sync', benchStore);
}
