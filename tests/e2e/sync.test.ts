// Offline work on a field phone against the real server on PostgreSQL (FLD-2, FLD-3, SYN-1): notes and a duty change
// made offline survive a reload, sync when the network returns, a refused note is shown with the server's reason,
// and the dispatcher sees the accepted notes.

import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteIdent } from '../../src/server/store/postgres';
import { launchChromium, signIn as signInAs } from '../helpers/browser';
import { available, postgresUrl } from '../helpers/require-env';
import { type ServerProcess, startServer } from '../helpers/server-process';
import { dropSchema } from '../helpers/stores';

const run = available('postgres') && available('chromium');
const schema = `anxin_e2e_${process.pid}`;

describe.skipIf(!run)('offline work on a field phone', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    await dropSchema(schema);
    server = await startServer({ DATABASE_URL: postgresUrl, ANXIN_DB_SCHEMA: schema });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (run) await dropSchema(schema);
  });

  const signIn = (context: BrowserContext, username: string): Promise<Page> => signInAs(context, server.url, username);

  async function waitForServiceWorker(page: Page): Promise<boolean> {
    return page.evaluate(async () => {
      const control = (async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
        }
        return true;
      })();
      return Promise.race([control, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000))]);
    });
  }

  async function unassign(orderId: string): Promise<void> {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(`set search_path to ${quoteIdent(schema)}`);
      const res = await client.query('update orders set assignee_user_id = null, company_id = null where id = $1', [
        orderId,
      ]);
      expect(res.rowCount).toBe(1);
    } finally {
      await client.end();
    }
  }

  const pendingCount = (page: Page) => page.getByTestId('sync-pending').getAttribute('data-count');

  it('[FLD-2][FLD-3][SYN-1] offline notes and duty survive a reload, sync on reconnect, a refusal is explained', async () => {
    const worker = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 360, height: 740 },
      geolocation: { latitude: 34.33, longitude: 108.71, accuracy: 20 },
      permissions: ['geolocation'],
    });
    const office = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    try {
      const page = await signIn(worker, 'worker1');
      const items = page.locator('[data-testid="my-orders"] li.order-item');
      await expect.poll(() => items.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      expect(await page.getByTestId('sync-last').textContent()).toMatch(/已同步/);
      expect(await waitForServiceWorker(page), 'the service worker took control of the page').toBe(true);
      const ids = await items.evaluateAll((els) =>
        els.map((el) => el.getAttribute('data-testid')!.slice('order-'.length)),
      );
      const [kept, lost] = ids as [string, string];

      await worker.setOffline(true);
      const notes = [`offline note one ${Date.now()}`, `offline note two ${Date.now()}`];
      for (const text of notes) {
        await page.getByTestId(`note-input-${kept}`).fill(text);
        await page.getByTestId(`note-add-${kept}`).click();
        await page.getByTestId(`notes-${kept}`).getByText(text).waitFor();
      }
      await page.getByTestId('duty-toggle').click();
      await expect.poll(() => page.getByTestId('duty-toggle').getAttribute('data-on')).toBe('true');
      await expect.poll(() => page.getByTestId('duty-position').getAttribute('data-source')).toBe('gps');
      expect(await page.getByTestId('duty-position').textContent()).toMatch(/位置更新于 0 分钟前，误差 ±20 米/);
      await expect.poll(() => pendingCount(page)).toBe('3');
      expect(await page.getByTestId('sync-pending').textContent()).toContain('3');

      const refusedText = `note that will be refused ${Date.now()}`;
      await page.getByTestId(`note-input-${lost}`).fill(refusedText);
      await page.getByTestId(`note-add-${lost}`).click();
      await expect.poll(() => pendingCount(page)).toBe('4');

      await page.reload();
      await page.getByTestId('home-field_worker').waitFor();
      await page.getByTestId(`notes-${kept}`).getByText(notes[1]!).waitFor();
      expect(await page.getByTestId(`notes-${kept}`).getByText('待同步').count()).toBe(2);
      await expect.poll(() => pendingCount(page)).toBe('4');

      await unassign(lost);
      await worker.setOffline(false);
      await expect.poll(() => pendingCount(page), { timeout: 10_000 }).toBe('0');
      const refused = page.getByTestId('sync-refused-item');
      await expect.poll(() => refused.count()).toBe(1);
      const refusedWords = await refused.textContent();
      expect(refusedWords).toContain('您无权查看该工单');
      expect(refusedWords).toContain(refusedText);
      // The unassignment was made behind the server's back (no change-log entry), so the order stays listed here.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: '.tmp/sync-refused.png' });

      const desk = await signIn(office, 'dispatcher1');
      const latest = desk.getByTestId('latest-notes');
      await expect.poll(() => latest.textContent(), { timeout: 20_000 }).toContain(notes[0]);
      expect(await latest.textContent()).toContain(notes[1]);
      expect(await latest.textContent()).not.toContain(refusedText);
    } finally {
      await worker.close();
      await office.close();
    }
  });

  it('[SEC-2] signing out with a pending change asks first, then deletes the device data but keeps the shell', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 740 } });
    try {
      const page = await signIn(context, 'worker1');
      const items = page.locator('[data-testid="my-orders"] li.order-item');
      await expect.poll(() => items.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      expect(await waitForServiceWorker(page), 'the service worker took control of the page').toBe(true);
      const id = (await items.first().getAttribute('data-testid'))!.slice('order-'.length);
      await context.setOffline(true);
      await page.getByTestId(`note-input-${id}`).fill('a note that will be lost');
      await page.getByTestId(`note-add-${id}`).click();
      await expect.poll(() => pendingCount(page)).toBe('1');
      expect(await page.getByTestId('sync-pending').textContent()).toBe('1 change waiting to sync');

      await page.getByTestId('sign-out').click();
      const dialog = page.getByTestId('signout-confirm');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Changes not yet synced: 1');
      await page.getByTestId('signout-cancel').click();
      expect(await dialog.count()).toBe(0);
      expect(await pendingCount(page)).toBe('1');

      await page.getByTestId('sign-out').click();
      await page.getByTestId('signout-confirm-yes').click();
      await page.getByTestId('login-submit').waitFor();
      const left = await page.evaluate(async () => ({
        dbs: (await indexedDB.databases()).map((d) => d.name),
        caches: await caches.keys(),
        session: localStorage.getItem('anxin.session'),
        clientId: localStorage.getItem('anxin.clientId'),
      }));
      expect(left.dbs.filter((name) => name?.startsWith('anxin-'))).toEqual([]);
      expect(left.session).toBeNull();
      expect(left.clientId).toBeTruthy();
      expect(left.caches.every((name) => name.includes('precache'))).toBe(true);
      await page.reload();
      await page.getByTestId('login-submit').waitFor();
    } finally {
      await context.close();
    }
  });

  it('[FLD-3] without a GPS fix going on duty says so and offers the community as an approximate position', async () => {
    // No geolocation permission: the phone gives no fix, as indoors or on a desktop browser.
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    try {
      const page = await signIn(context, 'worker2');
      await page.getByTestId('duty-toggle').click();
      await expect
        .poll(() => page.getByTestId('duty-toggle').getAttribute('data-on'), { timeout: 15_000 })
        .toBe('true');
      const warning = page.getByTestId('duty-warning');
      await warning.waitFor({ timeout: 15_000 });
      expect(await warning.textContent()).toMatch(/(定位权限已关闭|未能获取位置).*报警无法派给您/);
      await page.screenshot({ path: '.tmp/duty-fallback.png' });
      const fallback = page.getByTestId('duty-use-community');
      const box = await fallback.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
      await fallback.click();
      const position = page.getByTestId('duty-position');
      await expect.poll(() => position.getAttribute('data-source')).toBe('approximate');
      expect(await position.textContent()).toMatch(/大致位置.*秦都区/);
      expect(await warning.count()).toBe(0);
      await expect.poll(() => pendingCount(page), { timeout: 10_000 }).toBe('0');

      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        await client.query(`set search_path to ${quoteIdent(schema)}`);
        const { rows } = await client.query(
          "select on_duty, duty_accuracy_m, duty_lat from users where username = 'worker2'",
        );
        expect(rows[0]).toMatchObject({ on_duty: true, duty_accuracy_m: 1000 });
        expect(rows[0].duty_lat).not.toBeNull();
      } finally {
        await client.end();
      }
    } finally {
      await context.close();
    }
  });
});
