// Alarm benchmark (ALM-2, ALM-3): (a) an alarm raised through POST /api/sync/push → the SSE `alarm` event at 1,000
// open console streams (GET /api/events, one dispatcher account and session each), latency from each raise's send
// to each stream's receipt, on the real app over loopback (PGlite; PostgreSQL too when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set); (b) ring-1 selection among 100,000 on-duty responders: rankResponders + ringMembers (a
// scan of every candidate) against the kdbush index of src/domain/geo/nearest.ts in the same run (the ratio).
// Prints figures, asserts nothing.

import { randomBytes, randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { type ResponderCandidate, rankResponders } from '../src/domain/alarms/responders';
import { defaultRingPolicy, ringCandidateLimit, ringMembers } from '../src/domain/alarms/rings';
import { createNearestIndex, type GeoItem, nearestHits } from '../src/domain/geo/nearest';
import { hashToken } from '../src/server/auth/sessions';
import { prepareStore } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { buildApp } from '../src/server/http/build-app';
import { createRandom } from '../src/server/seed/random';
import type { Store } from '../src/server/store/store';
import { onEachBenchStore } from './bench-stores';
import { percentile } from './nearest-bench';

const CLIENTS = 1_000;
const ALARMS = 20;
/** Per alarm: how long to wait for every stream's `alarm` event before the next raise (then it counts as missed). */
const RECEIPT_TIMEOUT_MS = 10_000;
const RESPONDERS = 100_000;
const POINTS = 1_000;
/** The scan takes seconds per point at 100,000 candidates: only this many of the points, to stay bounded. */
const SCAN_POINTS = 200;
const BOX = { minLat: 34.0, maxLat: 35.4, minLng: 107.6, maxLng: 109.2 };
const round = (n: number, digits = 2) => Number(n.toFixed(digits));
/** Wall-clock milliseconds with sub-ms resolution, comparable across threads (performance.now() is per thread). */
const nowMs = () => performance.timeOrigin + performance.now();

// The 1,000 streams live in a worker thread, so reading them does not queue behind the server on one event loop (the
// server's write of 1,000 events and the clients' parse would otherwise be timed as one). Plain JS: no loader needed.
const CLIENT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const now = () => performance.timeOrigin + performance.now();
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const reqs = [];
let open = 0;
for (const [i, token] of workerData.tokens.entries()) {
  const req = http.get(workerData.url + '/api/events?token=' + encodeURIComponent(token), { agent }, (res) => {
    if (res.statusCode !== 200) { parentPort.postMessage({ type: 'error', client: i, status: res.statusCode }); res.resume(); return; }
    res.setEncoding('utf8');
    let buf = '';
    let hello = false;
    res.on('data', (chunk) => {
      const at = now();
      buf += chunk;
      let end;
      while ((end = buf.indexOf('\\n\\n')) >= 0) {
        const block = buf.slice(0, end);
        buf = buf.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        if (event === 'hello' && !hello) { hello = true; if (++open === workerData.tokens.length) parentPort.postMessage({ type: 'open' }); }
        if (event !== 'alarm') continue;
        const data = JSON.parse(/^data: (.*)$/m.exec(block)[1]);
        parentPort.postMessage({ type: 'alarm', client: i, alarmId: data.alarmId, change: data.change, at });
      }
    });
  });
  req.on('error', (err) => parentPort.postMessage({ type: 'error', client: i, message: err.message }));
  reqs.push(req);
}
parentPort.on('message', (m) => { if (m === 'close') { for (const r of reqs) r.destroy(); agent.destroy(); parentPort.close(); } });
`;

type WorkerMessage =
  | { type: 'open' }
  | { type: 'alarm'; client: number; alarmId: string; change: string; at: number }
  | { type: 'error'; client: number; status?: number; message?: string };

/** One dispatcher account and one session per stream, straight in SQL (the sessions.ts row shape). */
async function createConsoleSessions(store: Store, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `bench-console-${i}`);
  const tokens = ids.map(() => randomBytes(32).toString('base64url'));
  await store.transaction(async (tx) => {
    await tx.query(
      `insert into users (id, username, display_name, role, password_hash)
       select id, id, '压测坐席' || ord, 'dispatcher', 'x' from unnest($1::text[]) with ordinality as u(id, ord)`,
      [ids],
    );
    await tx.query(
      `insert into sessions (token_hash, user_id, created_at, expires_at, last_seen_at, ip, user_agent)
       select h, id, now(), now() + interval '1 hour', now(), '127.0.0.1', 'alarm-bench'
         from unnest($1::text[], $2::text[]) as s(h, id)`,
      [tokens.map(hashToken), ids],
    );
  });
  return tokens;
}

async function benchAlarmFanOut(kind: string, store: Store): Promise<void> {
  let started = performance.now();
  await prepareStore(store, { demo: true });
  const seedMs = performance.now() - started;
  const tokens = await createConsoleSessions(store, CLIENTS);
  const residents = await store.query<{ id: string }>(
    `select id from residents r where lat is not null
        and not exists (select 1 from alarms a where a.resident_id = r.id and a.status not in ('resolved', 'cancelled'))
      order by id limit $1`,
    [ALARMS],
  );
  const app = await buildApp({ store, config: loadConfig({ ANXIN_DATA_DIR: '.tmp/bench' }), version: 'bench' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const worker = new Worker(CLIENT_WORKER, { eval: true, workerData: { url, tokens } });
  try {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dispatcher1', password: 'anxin-demo' }),
    });
    const dispatcher = ((await login.json()) as { token: string }).token;

    const received = new Map<string, Map<number, number>>(); // alarmId → client → first receipt
    const errors: WorkerMessage[] = [];
    let waiter: { alarmId: string; done: () => void } | null = null;
    let opened: () => void = () => {};
    const allOpen = new Promise<void>((resolve) => {
      opened = resolve;
    });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'open') return opened();
      if (m.type === 'error') return void errors.push(m);
      const byClient = received.get(m.alarmId) ?? new Map<number, number>();
      received.set(m.alarmId, byClient);
      if (!byClient.has(m.client)) byClient.set(m.client, m.at);
      if (waiter && waiter.alarmId === m.alarmId && byClient.size === CLIENTS) waiter.done();
    });
    started = performance.now();
    await Promise.race([allOpen, new Promise((r) => setTimeout(r, 30_000))]);
    const connectMs = performance.now() - started;

    const sent = new Map<string, number>();
    const pushMs: number[] = [];
    let applied = 0;
    for (const resident of residents) {
      const alarmId = randomUUID();
      const all = new Promise<void>((resolve) => {
        waiter = { alarmId, done: resolve };
      });
      const mutation = { id: randomUUID(), name: 'alarm.raise', args: { id: alarmId, residentId: resident.id } };
      const body = JSON.stringify({
        protocol: 1,
        clientId: 'bench-alarm-console',
        mutations: [{ ...mutation, at: new Date().toISOString() }],
      });
      const t0 = nowMs();
      sent.set(alarmId, t0);
      const res = await fetch(`${url}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${dispatcher}` },
        body,
      });
      const result = ((await res.json()) as { results?: { status: string }[] }).results?.[0];
      pushMs.push(nowMs() - t0);
      if (result?.status === 'applied') applied++;
      // One alarm at a time: the next raise waits until every stream has this one (or the timeout).
      await Promise.race([all, new Promise((r) => setTimeout(r, RECEIPT_TIMEOUT_MS))]);
      waiter = null;
    }

    const latencies: number[] = [];
    let missed = 0;
    for (const [alarmId, t0] of sent) {
      const byClient = received.get(alarmId);
      missed += CLIENTS - (byClient?.size ?? 0);
      for (const at of byClient?.values() ?? []) latencies.push(at - t0);
    }
    latencies.sort((a, b) => a - b);
    pushMs.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    console.log(
      JSON.stringify({
        bench: 'alarm.sse-fan-out',
        store: kind,
        clients: CLIENTS,
        sessions: 'one dispatcher account + session per stream',
        clientsIn: 'worker thread',
        alarms: residents.length,
        applied,
        seedSeconds: round(seedMs / 1000, 1),
        connectMs: Math.round(connectMs),
        receipts: latencies.length,
        missed,
        streamErrors: errors.length,
        p50Ms: round(p50),
        p95Ms: round(percentile(latencies, 95)),
        p99Ms: round(percentile(latencies, 99)),
        maxMs: round(latencies.at(-1) ?? Number.NaN),
        targetP95Ms: 200,
        pushP50Ms: round(percentile(pushMs, 50)),
        pushMaxMs: round(pushMs.at(-1) ?? Number.NaN),
        // How much of the fan-out is the push itself (the commit, then the hub's read): receipt p50 over push p50.
        ratio: round(p50 / percentile(pushMs, 50)),
      }),
    );
  } finally {
    worker.postMessage('close');
    await worker.terminate();
    await app.close();
  }
}

function benchRingSelection(): void {
  const r = createRandom(7);
  const now = new Date('2026-11-23T10:00:00Z');
  const positionAt = new Date(now.getTime() - 5 * 60_000).toISOString();
  const roles = ['field_worker', 'liaison'];
  const candidates: ResponderCandidate[] = Array.from({ length: RESPONDERS }, (_, i) => ({
    kind: 'user',
    id: `u${String(i).padStart(6, '0')}`,
    name: `响应者${i}`,
    phone: `139${String(i).padStart(8, '0')}`,
    role: roles[i % 2]!,
    onDuty: true,
    position: { lat: r.float(BOX.minLat, BOX.maxLat), lng: r.float(BOX.minLng, BOX.maxLng) },
    positionAt,
  }));
  const points = Array.from({ length: POINTS }, () => ({
    lat: r.float(BOX.minLat, BOX.maxLat),
    lng: r.float(BOX.minLng, BOX.maxLng),
  }));
  const ring1 = defaultRingPolicy.rings[0]!;

  // The domain path as raise.ts runs it: one pass over every candidate keeping only the few ring 1 can need
  // (ringCandidateLimit), then ring 1.
  const limit = ringCandidateLimit(1, new Set());
  const scan = (at: { lat: number; lng: number }) =>
    ringMembers(rankResponders(at, candidates, now, undefined, limit), 1, new Set());

  // The index: eligible candidates (all of them here) in kdbush; ring 1's radii tried in order, k = ring size, and
  // the few hits ranked by the same domain functions, so the answer must equal the scan's.
  let started = performance.now();
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const items: GeoItem[] = candidates.flatMap((c) =>
    c.kind === 'user' && c.position ? [{ kind: 'user', id: c.id, lat: c.position.lat, lng: c.position.lng }] : [],
  );
  const index = createNearestIndex(items);
  const buildMs = performance.now() - started;
  const radii = [...defaultRingPolicy.rings.map((g) => g.radiusM), Number.POSITIVE_INFINITY];
  const viaIndex = (at: { lat: number; lng: number }) => {
    for (const radiusM of radii) {
      const hits = nearestHits(index, { lat: at.lat, lng: at.lng, radiusM, k: ring1.size });
      if (hits.length) {
        const few = hits.map((h) => byId.get(h.item.id)!);
        return ringMembers(rankResponders(at, few, now), 1, new Set());
      }
    }
    return [];
  };

  const time = (f: (at: { lat: number; lng: number }) => unknown[], n: number, warmUp: number) => {
    for (let i = 0; i < warmUp; i++) f(points[POINTS - 1 - i]!);
    const times: number[] = [];
    const answers: string[] = [];
    for (const at of points.slice(0, n)) {
      const t0 = process.hrtime.bigint();
      const members = f(at) as { id: string }[];
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      answers.push(members.map((m) => m.id).join(','));
    }
    return { times: times.sort((a, b) => a - b), answers };
  };
  started = performance.now();
  const scanRun = time(scan, SCAN_POINTS, 1);
  const scanSeconds = (performance.now() - started) / 1000;
  const indexRun = time(viaIndex, POINTS, 20);
  // The first SCAN_POINTS points are timed by both, so their answers are compared.
  const mismatches = scanRun.answers.filter((a, i) => a !== indexRun.answers[i]).length;
  const line = (bench: string, t: number[], extra: Record<string, unknown>) =>
    console.log(
      JSON.stringify({
        bench,
        responders: RESPONDERS,
        points: t.length,
        ringSize: ring1.size,
        ringRadiusM: ring1.radiusM,
        p50Ms: round(percentile(t, 50), 3),
        p95Ms: round(percentile(t, 95), 3),
        p99Ms: round(percentile(t, 99), 3),
        maxMs: round(t.at(-1)!, 3),
        targetMs: 5,
        ...extra,
      }),
    );
  line('alarm.ring1-scan', scanRun.times, {
    method: 'rankResponders (one pass, limited to what ring 1 needs) + ringMembers over all candidates',
    seconds: round(scanSeconds, 1),
  });
  line('alarm.ring1-kdbush', indexRun.times, {
    method: 'nearestHits (kdbush) k = ring size per radius, then rankResponders + ringMembers on the hits',
    indexBuildMs: Math.round(buildMs),
    comparedWithScan: SCAN_POINTS,
    mismatchesVsScan: mismatches,
    meanMembers: round(indexRun.answers.reduce((n, a) => n + (a ? a.split(',').length : 0), 0) / POINTS, 2),
    ratio: round(percentile(scanRun.times, 50) / percentile(indexRun.times, 50), 1),
  });
}

export async function runAlarmBench(): Promise<void> {
  benchRingSelection();
  await onEachBenchStore('alarm.sse-fan-out', benchAlarmFanOut);
}
