// Map benchmark (MAP-1, MAP-2): (a) GET /api/nearby over loopback on a PGlite store holding 100,000 registry items,
// driven by autocannon, against GET /api/me in the same run (ratio: what the nearby work adds to a guarded request); (b) clustering
// 100,000 markers: load time and clusters() per pan/zoom. Prints figures, asserts nothing.
import autocannon from 'autocannon';
import { createClusterIndex } from '../src/client/map/cluster-index';
import { prepareStore } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { createNearbyIndex } from '../src/server/geo/nearby-index';
import { buildApp } from '../src/server/http/build-app';
import { createRandom } from '../src/server/seed/random';
import { createPgliteStore } from '../src/server/store/pglite';
import type { Store } from '../src/server/store/store';
import { recordChange } from '../src/server/sync/change-log';
import { percentile } from './nearest-bench';

const ITEMS = 100_000;
const BOX = { minLat: 34.0, maxLat: 35.4, minLng: 107.6, maxLng: 109.2 };
const DURATION_S = 10;
const BASELINE_S = 5;
const CONNECTIONS = 10;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Fills the registry up to ITEMS rows (demo rows included): 10% companies, 30% volunteers, the rest residents. */
async function fillRegistry(store: Store): Promise<number> {
  const [have] = await store.query<{ n: number }>(
    `select ((select count(*) from companies) + (select count(*) from volunteers) + (select count(*) from residents))::int as n`,
  );
  const missing = ITEMS - have!.n;
  const companies = Math.round(missing * 0.1);
  const volunteers = Math.round(missing * 0.3);
  const residents = missing - companies - volunteers;
  const box = `${BOX.minLat} + random() * ${BOX.maxLat - BOX.minLat}, ${BOX.minLng} + random() * ${BOX.maxLng - BOX.minLng}`;
  await store.query('select setseed(0.42)');
  await store.query(
    `insert into companies (id, name, lat, lng, phone, status)
     select 'bench-c-' || g, '压测企业' || g, ${box}, '029' || lpad(g::text, 8, '0'), 'active'
       from generate_series(1, $1) g`,
    [companies],
  );
  const communities = `with c as (select array_agg(id order by id) as ids, count(*)::int as n from communities)`;
  await store.query(
    `${communities} insert into volunteers (id, name, phone, lat, lng, community_id)
     select 'bench-v-' || g, '志愿者' || g, '139' || lpad(g::text, 8, '0'), ${box}, c.ids[1 + floor(random() * c.n)::int]
       from generate_series(1, $1) g, c`,
    [volunteers],
  );
  await store.query(
    `${communities} insert into residents (id, name, gender, birth_date, phone, lat, lng, community_id)
     select 'bench-r-' || g, '居民' || g, case when g % 2 = 0 then 'female' else 'male' end, date '1945-01-01' + g % 9000,
            '138' || lpad(g::text, 8, '0'), ${box}, c.ids[1 + floor(random() * c.n)::int]
       from generate_series(1, $1) g, c`,
    [residents],
  );
  return missing;
}

/** Loopback load on one path generator; every response time kept, so any percentile (p95 too) can be read. */
async function cannon(url: string, token: string, seconds: number, path: () => string) {
  const times: number[] = [];
  const run = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }],
  });
  run.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await run;
  return { result, times: times.sort((a, b) => a - b) };
}

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'anxin-demo' }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function benchNearbyHttp(): Promise<void> {
  const store = await createPgliteStore();
  try {
    let started = performance.now();
    await prepareStore(store, { demo: true });
    const seedMs = performance.now() - started;
    started = performance.now();
    const inserted = await fillRegistry(store);
    const fillMs = performance.now() - started;

    // The index on its own: load, one change followed through the log (rebuild), in-process query cost.
    started = performance.now();
    const index = await createNearbyIndex(store);
    const loadMs = performance.now() - started;
    await store.transaction((tx) => recordChange(tx, { tbl: 'volunteers', rowId: 'bench-v-1', op: 'put' }));
    started = performance.now();
    await index.refresh();
    const catchUpMs = performance.now() - started;
    const stats = index.stats();
    const r = createRandom(11);
    const randomQuery = () => ({
      lat: r.float(BOX.minLat, BOX.maxLat),
      lng: r.float(BOX.minLng, BOX.maxLng),
      radiusM: r.int(1000, 3000),
      k: 501,
    });
    const inProcess: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const q = randomQuery();
      const t0 = process.hrtime.bigint();
      index.query(q);
      inProcess.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    inProcess.sort((a, b) => a - b);
    await index.close();

    const app = await buildApp({ store, config: loadConfig({ ANXIN_DATA_DIR: '.tmp/bench' }), version: 'bench' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const url = `http://127.0.0.1:${port}`;
    try {
      const token = await login(url, 'dispatcher1');
      const sample = await fetch(`${url}/api/nearby?lat=34.33&lng=108.71&radius=2000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const sampleItems = ((await sample.json()) as { items: unknown[] }).items.length;
      const nearbyRun = await cannon(url, token, DURATION_S, () => {
        const q = randomQuery();
        return `/api/nearby?lat=${q.lat}&lng=${q.lng}&radius=${q.radiusM}`;
      });
      // Baseline: the cheapest signed-in route, so the session lookup every guarded request pays is visible.
      const meRun = await cannon(url, token, BASELINE_S, () => '/api/me');
      const { result, times } = nearbyRun;
      const p50 = percentile(times, 50);
      console.log(
        JSON.stringify({
          bench: 'map.nearby-http',
          store: 'pglite',
          items: stats.items,
          indexEntries: stats.entries,
          insertedRows: inserted,
          seedSeconds: round(seedMs / 1000, 1),
          fillSeconds: round(fillMs / 1000, 1),
          indexLoadMs: Math.round(loadMs),
          rebuildMs: round(stats.lastRebuildMs, 1),
          catchUpMs: round(catchUpMs, 1),
          itemsAt2km: sampleItems,
          connections: CONNECTIONS,
          seconds: DURATION_S,
          requests: result.requests.total,
          requestsPerSecond: Math.round(result.requests.average),
          non2xx: result.non2xx,
          errors: result.errors,
          p50Ms: round(p50),
          p95Ms: round(percentile(times, 95)),
          p99Ms: round(percentile(times, 99)),
          targetP95Ms: 20,
          inProcessP50Ms: round(percentile(inProcess, 50), 3),
          inProcessP95Ms: round(percentile(inProcess, 95), 3),
          meBaselineP50Ms: round(percentile(meRun.times, 50)),
          meBaselineP95Ms: round(percentile(meRun.times, 95)),
          meBaselineRequestsPerSecond: Math.round(meRun.result.requests.average),
          ratio: round(p50 / percentile(meRun.times, 50), 2),
        }),
      );
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

function benchClusters(): void {
  const r = createRandom(5);
  const kinds = ['company', 'volunteer', 'resident'];
  const points = Array.from({ length: ITEMS }, (_, i) => ({
    id: `m${i}`,
    kind: kinds[i % 3]!,
    lat: r.float(BOX.minLat, BOX.maxLat),
    lng: r.float(BOX.minLng, BOX.maxLng),
  }));
  const started = performance.now();
  const index = createClusterIndex(points);
  const loadMs = performance.now() - started;
  // A 1280×800 px screen at Leaflet's 256 px tiles, centred at random in the box, zooms 8–16.
  const viewport = (zoom: number): [number, number, number, number] => {
    const degPerPx = 360 / (256 * 2 ** zoom);
    const lng = r.float(BOX.minLng, BOX.maxLng);
    const lat = r.float(BOX.minLat, BOX.maxLat);
    const halfW = 640 * degPerPx;
    const halfH = 400 * degPerPx * Math.cos((lat * Math.PI) / 180); // Mercator: a pixel spans fewer degrees of lat
    return [lng - halfW, lat - halfH, lng + halfW, lat + halfH];
  };
  for (let i = 0; i < 50; i++) index.clusters(viewport(8 + (i % 9)), 8 + (i % 9)); // warm-up
  const times: number[] = [];
  let markers = 0;
  for (let i = 0; i < 450; i++) {
    const zoom = 8 + (i % 9);
    const bbox = viewport(zoom);
    const t0 = process.hrtime.bigint();
    markers += index.clusters(bbox, zoom).length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      bench: 'map.clusters',
      points: ITEMS,
      loadMs: Math.round(loadMs),
      targetLoadMs: 2000,
      viewports: times.length,
      zooms: '8-16',
      meanMarkers: Math.round(markers / times.length),
      p50Ms: round(percentile(times, 50), 3),
      p95Ms: round(percentile(times, 95), 3),
      maxMs: round(times[times.length - 1]!, 3),
      targetP95Ms: 5,
    }),
  );
}

export async function runMapBench(): Promise<void> {
  benchClusters();
  await benchNearbyHttp();
}
