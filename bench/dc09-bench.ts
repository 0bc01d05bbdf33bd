// DC-09 receiver benchmark (ALM-9): 100 TCP connections on loopback sending 1,000 frames/s in total for 30 s (plain
// NULL and Contact ID periodic tests of registered devices) → ACK latency p50/p99 and journal rows == frames sent,
// beside the same load against a bare TCP echo server (the baseline of loopback and the client). Asserts nothing.

import { createServer } from 'node:net';
import { Worker } from 'node:worker_threads';
import { prepareStore } from '../src/server/boot';
import { createProcessQueue } from '../src/server/gateways/dc09/process-queue';
import { createDc09Receiver } from '../src/server/gateways/dc09/receiver';
import { wrapMessage } from '../src/server/gateways/dc09/replies';
import type { Queryable, Store } from '../src/server/store/store';
import { onEachBenchStore } from './bench-stores';
import { percentile } from './nearest-bench';

const CONNECTIONS = Number(process.env.BENCH_DC09_CONNECTIONS ?? 100);
const RATE = Number(process.env.BENCH_DC09_RATE ?? 1_000); // frames per second, all connections together
const SECONDS = Number(process.env.BENCH_DC09_SECONDS ?? 30);
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

// The clients live in a worker thread so their timing does not queue behind the receiver on one event loop.
// Each connection sends its frames every CONNECTIONS/RATE seconds, staggered; replies come back in order per
// connection, so each is matched to the oldest unanswered send. Plain JS: no loader needed.
const CLIENT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const net = require('node:net');
const now = () => performance.timeOrigin + performance.now();
const { port, frames, intervalMs, seconds } = workerData;
const latencies = [];
const when = [];
let sent = 0, replies = 0, errors = 0, open = 0;
const sockets = frames.map((list, i) => {
  const s = net.connect(port, '127.0.0.1');
  const pending = [];
  let buf = '';
  s.setNoDelay(true);
  s.setEncoding('latin1');
  s.on('data', (d) => {
    const at = now();
    buf += d;
    let end;
    while ((end = buf.indexOf('\\r')) >= 0) {
      buf = buf.slice(end + 1);
      const t0 = pending.shift();
      if (t0 !== undefined) { latencies.push(at - t0); when.push(t0); replies++; }
    }
  });
  s.on('error', () => { errors++; });
  s.on('connect', () => {
    open++;
    if (open === frames.length) start();
  });
  return { s, list, pending, next: 0, offset: (i * intervalMs) / frames.length };
});
function start() {
  const t0 = now();
  for (const c of sockets) {
    setTimeout(() => {
      const timer = setInterval(() => {
        if (now() - t0 > seconds * 1000 || c.next >= c.list.length) { clearInterval(timer); return; }
        c.pending.push(now());
        c.s.write(c.list[c.next++], 'latin1');
        sent++;
      }, intervalMs);
    }, c.offset);
  }
  setTimeout(() => {
    for (const c of sockets) c.s.destroy();
    parentPort.postMessage({ sent, replies, errors, latencies, when });
  }, seconds * 1000 + 3000);
}
`;

interface ClientResult {
  sent: number;
  replies: number;
  errors: number;
  latencies: number[];
  /** Send time of each latency (same order), to see when slow replies happen. */
  when: number[];
}

function runClients(port: number, frames: string[][]): Promise<ClientResult> {
  const intervalMs = (CONNECTIONS / RATE) * 1000;
  const worker = new Worker(CLIENT_WORKER, { eval: true, workerData: { port, frames, intervalMs, seconds: SECONDS } });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: ClientResult) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

/** BENCH_DC09_PROFILE=1: time spent per statement shape, printed at the end (where the receiver's time goes). */
function profiled(store: Store, stats: Map<string, { n: number; ms: number; max: number }>): Store {
  const time = (q: Queryable): Queryable => ({
    async query(sql, params) {
      const t0 = performance.now();
      try {
        return await q.query(sql, params);
      } finally {
        const key = sql.replace(/\s+/g, ' ').slice(0, 60);
        const s = stats.get(key) ?? { n: 0, ms: 0, max: 0 };
        const ms = performance.now() - t0;
        s.n++;
        s.ms += ms;
        s.max = Math.max(s.max, ms);
        stats.set(key, s);
      }
    },
  });
  return { ...store, ...time(store), transaction: (fn) => store.transaction((tx) => fn(time(tx))) } as Store;
}

function framesFor(account: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) {
    const seq = String(i % 10_000).padStart(4, '0');
    const message = i % 2 ? `"NULL"${seq}R1L1#${account}[]` : `"ADM-CID"${seq}R1L1#${account}[#${account}|1602 00 000]`;
    out.push(wrapMessage(message));
  }
  return out;
}

function slowSeconds(r: ClientResult): string {
  const start = Math.min(...r.when);
  const bySecond = new Map<number, number>();
  r.latencies.forEach((l, i) => {
    const sec = Math.floor((r.when[i]! - start) / 1000);
    bySecond.set(sec, Math.max(bySecond.get(sec) ?? 0, l));
  });
  return [...bySecond].map(([s, l]) => `${s}:${Math.round(l)}`).join(' ');
}

// The first seconds of a fresh PGlite include one-off stalls (its WebAssembly heap growing): reported apart.
const WARMUP_MS = 5_000;

function summarise(r: ClientResult) {
  if (process.env.BENCH_DC09_PROFILE) console.error('max latency per second:', slowSeconds(r));
  const start = Math.min(...r.when);
  const steady = r.latencies.filter((_l, i) => r.when[i]! - start >= WARMUP_MS).sort((a, b) => a - b);
  const sorted = r.latencies.sort((a, b) => a - b);
  return {
    sent: r.sent,
    replies: r.replies,
    errors: r.errors,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    afterFirst5s: {
      p50Ms: round(percentile(steady, 50)),
      p99Ms: round(percentile(steady, 99)),
      maxMs: round(steady.at(-1) ?? Number.NaN),
    },
  };
}

async function benchStore(storeName: 'pglite' | 'postgres', store: Store): Promise<void> {
  await prepareStore(store, { demo: true });
  const residents = await store.query<{ id: string }>('select id from residents order by id limit $1', [CONNECTIONS]);
  const accounts = residents.map((_r, i) => `BEN${String(i).padStart(4, '0')}`);
  for (const [i, r] of residents.entries()) {
    await store.query(
      `insert into devices (account, resident_id, profile, heartbeat_seconds) values ($1, $2, 'default', 60)`,
      [accounts[i], r.id],
    );
  }
  const perConnection = Math.ceil((RATE / CONNECTIONS) * SECONDS) + 5;
  const frames = accounts.map((a) => framesFor(a, perConnection));

  // Baseline: a bare TCP echo server on loopback under the same clients.
  const echo = createServer((s) => {
    s.on('error', () => undefined);
    s.pipe(s);
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  const echoPort = (echo.address() as { port: number }).port;
  const baseline = summarise(await runClients(echoPort, frames));
  await new Promise<void>((resolve) => echo.close(() => resolve()));

  const stats = new Map<string, { n: number; ms: number; max: number }>();
  const used = process.env.BENCH_DC09_PROFILE ? profiled(store, stats) : store;
  const queue = createProcessQueue(used);
  const receiver = createDc09Receiver({
    store: used,
    queue,
    port: 0,
    host: '127.0.0.1',
    window: 'off',
    log: () => undefined,
  });
  const { port } = await receiver.start();
  const started = Date.now();
  const dc09 = summarise(await runClients(port, frames));
  const drainStart = Date.now();
  await queue.idle();
  const drainMs = Date.now() - drainStart;
  await receiver.stop();
  const [counts] = await store.query<{ rows: number; acks: number; processed: number; dupes: number }>(
    `select count(*)::int as rows, count(*) filter (where reply = 'ACK')::int as acks,
            count(*) filter (where processed_at is not null)::int as processed,
            count(*) filter (where duplicate_of is not null)::int as dupes
       from dc09_journal where account like 'BEN%' and received_at >= $1`,
    [new Date(started)],
  );
  for (const [sql, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    console.error(`${Math.round(s.ms)} ms  ${s.n}×  max ${Math.round(s.max)} ms  ${sql}`);
  }
  console.log(
    JSON.stringify({
      bench: 'dc09.ack-latency',
      store: storeName,
      connections: CONNECTIONS,
      framesPerSecond: RATE,
      seconds: SECONDS,
      ...dc09,
      targetP99Ms: 50,
      journalRows: counts?.rows ?? 0,
      journalAcks: counts?.acks ?? 0,
      journaledOnce: (counts?.rows ?? 0) === dc09.sent,
      processed: counts?.processed ?? 0,
      duplicates: counts?.dupes ?? 0,
      processingDrainMsAfterLoad: drainMs,
    }),
  );
  console.log(
    JSON.stringify({
      bench: 'dc09.baseline-echo',
      store: storeName,
      connections: CONNECTIONS,
      framesPerSecond: RATE,
      seconds: SECONDS,
      ...baseline,
      // How much the receiver adds over loopback + client: its p50 and p99 over the echo server's.
      p50Ratio: round(dc09.p50Ms / baseline.p50Ms, 1),
      p99Ratio: round(dc09.p99Ms / baseline.p99Ms, 1),
    }),
  );
}

/** PGlite always; PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (in a schema of its own). */
export async function runDc09Bench(): Promise<void> {
  await onEachBenchStore('dc09', benchStore);
}
