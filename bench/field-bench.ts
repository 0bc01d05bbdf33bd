// Field benchmark (FLD-1): (a) the JavaScript a technician's phone downloads for /work, gzipped, against the sign-in
// screen's JavaScript as the baseline; (b) an offline cold start of /work holding 500 assigned orders: the time until
// the whole list is on screen, against the time until the home screen shows in the same run. Prints figures, asserts
// nothing. Runs the real server (npm start's code) on loopback and Debian's Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { prepareStore } from '../src/server/boot';
import { openStore } from '../src/server/store/open';
import { launchChromium, signIn } from '../tests/helpers/browser';
import { setup as buildClient } from '../tests/helpers/global-build';
import { startServer } from '../tests/helpers/server-process';
import { percentile } from './nearest-bench';

const ORDERS = 500;
const COLD_STARTS = 7;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** The demo, plus ORDERS open orders assigned to tech1 at residents of the demo. */
async function prepareData(dir: string): Promise<void> {
  const store = await openStore({ dataDir: dir });
  await prepareStore(store, { demo: true });
  const [tech] = await store.query<{ id: string; company_id: string }>(
    `select id, company_id from users where username = 'tech1'`,
  );
  if (!tech) throw new Error('the demo has no tech1');
  await store.query(
    `with r as (select array_agg(id order by id) as ids, count(*)::int as n from residents where lat is not null)
     insert into orders (id, no, type, status, caller_phone, description, address, lat, lng, community_id,
                         district_id, resident_id, company_id, assignee_user_id, assignee_name, dispatched_at,
                         confirm_due_at, service_due_at, accepted_at, created_at)
     select 'bench-o-' || g, 'XYBENCH-' || lpad(g::text, 4, '0'), 'home_service',
            (array['dispatched', 'accepted', 'en_route', 'on_site'])[1 + g % 4], '13800000000',
            '压测工单 ' || g || '：水管漏水，需上门维修', x.address, x.lat, x.lng, x.community_id, x.district_id, x.id,
            $2, $1, '', now() - interval '2 hours', now() - interval '90 minutes', now() + interval '22 hours',
            case when g % 4 = 0 then null else now() - interval '100 minutes' end, now() - interval '3 hours'
       from generate_series(1, ${ORDERS}) g, r
       join lateral (select * from residents where id = r.ids[1 + (g * 7919) % r.n]) x on true`,
    [tech.id, tech.company_id],
  );
  await store.close();
}

/** Gzipped bytes of every script the page loaded, by file name. */
function collectScripts(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.body().catch(() => null);
    if (body) sizes.set(new URL(res.url()).pathname, gzipSync(body).length);
  });
  return sizes;
}

const kb = (bytes: number) => round(bytes / 1024, 1);
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Opens `url` in a new page; ms until the first match of `selector` shows, and until `count` matches are there. */
async function timeUntil(
  context: BrowserContext,
  url: string,
  selector: string,
  count: number,
): Promise<{ firstMs: number; allMs: number }> {
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url);
  await page.locator(selector).first().waitFor();
  const firstMs = performance.now() - started;
  await page.waitForFunction(([s, n]) => document.querySelectorAll(s as string).length >= (n as number), [
    selector,
    count,
  ] as const);
  const allMs = performance.now() - started;
  await page.close();
  return { firstMs, allMs };
}

export async function runFieldBench(): Promise<void> {
  buildClient();
  const dir = mkdtempSync(join(tmpdir(), 'anxin-field-bench-'));
  await prepareData(dir);
  const server = await startServer({ ANXIN_DATA_DIR: dir });
  const browser = await launchChromium();
  try {
    // (a) JavaScript: the sign-in screen alone (baseline), then what /work adds once signed in.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const first = await context.newPage();
    const loginScripts = collectScripts(first);
    await first.goto(server.url);
    await first.locator('input[name=username]').waitFor();
    await first.close();
    const page = await signIn(context, server.url, 'tech1');
    await page.getByTestId('home-field_worker').waitFor({ timeout: 60_000 });
    const workScripts = collectScripts(page);
    await page.goto(`${server.url}/work`);
    await page
      .waitForFunction((n) => document.querySelectorAll('[data-testid^="work-order-"]').length >= n, ORDERS, {
        timeout: 120_000,
      })
      .catch(async (error: unknown) => {
        const shown = await page.locator('[data-testid^="work-order-"]').count();
        await page.screenshot({ path: '.tmp/field-bench-timeout.png', fullPage: false });
        throw new Error(`only ${shown} of ${ORDERS} orders shown on /work (see .tmp/field-bench-timeout.png)`, {
          cause: error,
        });
      });
    // The field route's download is every script either page loaded, each file counted once.
    const fieldScripts = new Map([...loginScripts, ...workScripts]);
    const fieldBytes = sum(fieldScripts);
    console.log(
      JSON.stringify({
        bench: 'field.js',
        loginGzipKB: kb(sum(loginScripts)),
        fieldRouteGzipKB: kb(fieldBytes),
        limitKB: 250,
        ratioToLogin: round(fieldBytes / Math.max(1, sum(loginScripts)), 2),
        files: Object.fromEntries([...fieldScripts].map(([f, b]) => [f, kb(b)])),
      }),
    );
    // Wait until the service worker controls the page, so the offline start is served from its cache.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.close();

    // (b) Offline cold starts: each a new page with no network, the list read from the device's database.
    await context.setOffline(true);
    const listFirst: number[] = [];
    const listAll: number[] = [];
    const home: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      home.push((await timeUntil(context, `${server.url}/`, '[data-testid="home-field_worker"]', 1)).firstMs);
      const list = await timeUntil(context, `${server.url}/work`, '[data-testid^="work-order-"]', ORDERS);
      listFirst.push(list.firstMs);
      listAll.push(list.allMs);
    }
    const p50 = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      );
    console.log(
      JSON.stringify({
        bench: 'field.offlineColdStart',
        orders: ORDERS,
        runs: COLD_STARTS,
        listVisibleP50Ms: round(p50(listFirst)),
        allOrdersP50Ms: round(p50(listAll)),
        allOrdersMaxMs: round(Math.max(...listAll)),
        homeP50Ms: round(p50(home)),
        targetMs: 1000,
        ratioListToHome: round(p50(listFirst) / p50(home), 2),
      }),
    );
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
