// The base map in Chromium (MAP-3): tiles from a self-hosted server, an area saved offline and shown again with no
// network and no tile server, removal clearing it; and with no tile server at all, the outline map with district names.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/client/app/i18n/en';
import { zhCN } from '../../src/client/app/i18n/zh-CN';
import { tileCacheName } from '../../src/protocol/tile-cache-name';
import { launchChromium, signIn } from '../helpers/browser';
import { available } from '../helpers/require-env';
import { freePort, type ServerProcess, startServer } from '../helpers/server-process';
import { startTileServer, type TileServer } from '../helpers/tile-server';

const run = available('chromium');

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

/** The map's tile images from `origin`: how many, and how many decoded to a real picture. */
function tileImages(page: Page, origin: string): Promise<{ total: number; loaded: number }> {
  return page.evaluate((from) => {
    const imgs = [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].filter((i) =>
      i.src.startsWith(from),
    );
    return { total: imgs.length, loaded: imgs.filter((i) => i.complete && i.naturalWidth > 0).length };
  }, origin);
}

async function openMap(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/map`);
  await page.getByTestId('tiles-status').waitFor({ state: 'attached' });
}

describe.skipIf(!run)('the base map and offline areas', () => {
  let browser: Browser;
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'anxin-e2e-tiles-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  describe('with a self-hosted tile server that allows saving', () => {
    let server: ServerProcess;
    let tiles: TileServer;
    let context: BrowserContext;

    beforeAll(async () => {
      tiles = await startTileServer();
      server = await startServer({
        ANXIN_DATA_DIR: dataDir(),
        ANXIN_TILE_URL: `${tiles.url}/{z}/{x}/{y}.png`,
        ANXIN_TILE_OFFLINE: 'allow',
      });
      context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    });
    afterAll(async () => {
      await context?.close();
      await server?.stop();
      await tiles?.close();
    });

    it('[MAP-3] shows the tiles, saves the area with count and progress, shows it offline, and removes it', async () => {
      const page = await signIn(context, server.url, 'dispatcher1');
      await page.getByTestId('home-dispatcher').waitFor();
      expect(await waitForServiceWorker(page), 'the service worker controls the page').toBe(true);

      await openMap(page, server.url);
      await expect
        .poll(() => tileImages(page, tiles.url).then((t) => t.loaded), { timeout: 20_000 })
        .toBeGreaterThan(0);
      expect(await page.getByTestId('tiles-notice').count()).toBe(0);
      await page.screenshot({ path: '.tmp/screens/tiles-online.png' });

      // Before: the box is the current view; zooms z..z+1; the count and size are shown.
      await page.getByTestId('tiles-toggle').click();
      const z = Number(await page.getByTestId('tiles-zoom-from').inputValue());
      await page.getByTestId('tiles-zoom-to').selectOption(String(z + 1));
      const estimate = page.getByTestId('tiles-estimate');
      await expect.poll(() => estimate.textContent()).toMatch(/^\d+ tiles, about [\d.]+ (KB|MB)$/);
      const count = Number(await estimate.getAttribute('data-count'));
      expect(count).toBeGreaterThan(4);
      await page.screenshot({ path: '.tmp/screens/tiles-before-save.png' });

      // During: progress (the server is slowed so it can be seen), then done.
      tiles.setDelay(40);
      await page.getByTestId('tiles-save-start').click();
      await page.getByTestId('tiles-progress').waitFor();
      await page.screenshot({ path: '.tmp/screens/tiles-saving.png' });
      await page.getByTestId('tiles-save-done').waitFor({ timeout: 60_000 });
      tiles.setDelay(0);
      expect(await page.getByTestId('tiles-save-done').textContent()).toContain(`Saved ${count} tiles`);
      await expect.poll(() => page.getByTestId('tiles-area').count()).toBe(1);
      const cached = await page.evaluate(
        async (name) => (await (await caches.open(name)).keys()).length,
        tileCacheName,
      );
      expect(cached).toBe(count);
      await page.screenshot({ path: '.tmp/screens/tiles-saved.png' });

      // No network and no tile server: the saved tiles come from the service worker's cache.
      const before = tiles.requests();
      await tiles.close();
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('tiles-status').waitFor({ state: 'attached' });
      await expect
        .poll(() => tileImages(page, tiles.url), { timeout: 20_000 })
        .toSatisfy((t: { total: number; loaded: number }) => t.total > 0 && t.loaded === t.total);
      expect(tiles.requests()).toBe(before);
      expect(await page.getByTestId('tiles-notice').count()).toBe(0);
      await page.screenshot({ path: '.tmp/screens/tiles-offline-saved.png' });

      // Removing the area deletes its tiles; the map then falls back to the outline, visibly.
      await page.getByTestId('tiles-toggle').click();
      await page.getByTestId('tiles-area-remove').click();
      await expect.poll(() => page.getByTestId('tiles-area').count()).toBe(0);
      expect(await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, tileCacheName)).toBe(
        0,
      );
      await page.reload();
      await page.getByTestId('tiles-notice').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('tiles-notice').textContent()).toBe(en['tiles.notice.failing']);
      await page.screenshot({ path: '.tmp/screens/tiles-offline-removed.png' });
    });
  });

  describe('with no tile server at all', () => {
    let server: ServerProcess;

    beforeAll(async () => {
      // A port nobody listens on: every tile fails at once, as on a closed network.
      const nowhere = `http://127.0.0.1:${await freePort()}`;
      server = await startServer({ ANXIN_DATA_DIR: dataDir(), ANXIN_TILE_URL: `${nowhere}/{z}/{x}/{y}.png` });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('[MAP-3] shows the outline map with the district names and says the tiles are unavailable', async () => {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
      try {
        const page = await signIn(context, server.url, 'dispatcher1');
        await page.getByTestId('home-dispatcher').waitFor();
        await openMap(page, server.url);
        await page.getByTestId('tiles-notice').waitFor({ timeout: 20_000 });
        expect(await page.getByTestId('tiles-notice').textContent()).toBe(zhCN['tiles.notice.failing']);
        await expect.poll(() => page.locator('.tiles-label--district').count()).toBe(14);
        await page.locator('.tiles-label--district span', { hasText: '秦都区' }).waitFor();
        expect(await page.locator('.leaflet-pane.leaflet-anxin-basemap-pane path').count()).toBe(14);
        await page.screenshot({ path: '.tmp/screens/tiles-outline.png' });

        // Closer in, the communities synced to the device are named too.
        for (let i = 0; i < 4; i++) {
          await page.locator('.leaflet-control-zoom-in').click();
          await page.waitForTimeout(350);
        }
        await expect
          .poll(() => page.locator('.tiles-label--community').count(), { timeout: 20_000 })
          .toBeGreaterThan(0);
        await page.screenshot({ path: '.tmp/screens/tiles-outline-communities.png' });

        // Saving offline is refused for public OSM, with the reason.
        await page.getByTestId('tiles-toggle').click();
        await page.getByTestId('tiles-source').selectOption('osm');
        expect(await page.getByTestId('tiles-offline-blocked').textContent()).toBe(
          zhCN['tiles.offline.blocked.public_policy'],
        );
        await page.screenshot({ path: '.tmp/screens/tiles-osm-blocked.png' });
      } finally {
        await context.close();
      }
    });
  });
});
