// The map screen in Chromium against the real server with the Xianyang demo and no tile server (MAP-1, MAP-2):
// markers and clusters drawn from the device's db, layers that switch, clusters that expand, search that flies to an
// item and opens its card, "what is near" from a clicked point, a liaison's residents limited to its communities,
// and screenshots in both languages on a desktop and a 360 px phone.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/client/app/i18n/en';
import { zhCN } from '../../src/client/app/i18n/zh-CN';
import { pinyinKeysOf } from '../../src/client/map/search';
import { signIn as signInAs } from '../helpers/browser';
import { useDemoAppInChromium } from '../helpers/demo-app';
import { available } from '../helpers/require-env';

const run = available('chromium');
const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };
const kinds = ['company', 'volunteer', 'resident', 'order', 'alarm'] as const;

describe.skipIf(!run)('the map screen in Chromium', () => {
  // No tile server anywhere: the map must draw the demo from the device's db on the offline basemap alone.
  const app = useDemoAppInChromium('map');

  async function openMap(context: BrowserContext, username: string): Promise<Page> {
    const page = await signInAs(context, app.server.url, username);
    await page.getByTestId('nav-map').click();
    await page.getByTestId('screen-MapScreen').waitFor();
    await expect
      .poll(() => page.getByTestId('layer-count-resident').getAttribute('data-count'), { timeout: 30_000 })
      .not.toBe('0');
    return page;
  }

  const count = (page: Page) => async (kind: string) =>
    Number(await page.getByTestId(`layer-count-${kind}`).getAttribute('data-count'));
  const markers = (page: Page, kind: string) => page.locator(`.map-pt--${kind}, .map-cluster[data-kinds~="${kind}"]`);
  const zoomOf = async (page: Page) => Number(await page.getByTestId('screen-MapScreen').getAttribute('data-zoom'));

  it('[MAP-1] draws the demo with no tile server, and each layer switches off and on', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: desktop });
    try {
      const page = await openMap(context, 'dispatcher1');
      const counts = count(page);
      expect(await counts('company')).toBeGreaterThanOrEqual(50);
      expect(await counts('volunteer')).toBeGreaterThanOrEqual(200);
      expect(await counts('resident')).toBeGreaterThanOrEqual(1000);
      for (const kind of ['company', 'volunteer', 'resident'] as const) {
        await expect.poll(() => markers(page, kind).count(), { message: kind }).toBeGreaterThan(0);
      }
      // At city zoom the 2000 residents are grouped, not drawn one by one.
      expect(await page.locator('.map-cluster[data-kinds~="resident"]').count()).toBeGreaterThan(0);
      expect(await page.locator('.map-pt--resident').count()).toBeLessThan(500);
      await page.screenshot({ path: '.tmp/screens/map-desktop-zh.png' });

      for (const kind of ['resident', 'volunteer', 'company'] as const) {
        const before = await markers(page, kind).count();
        await page.getByTestId(`layer-${kind}`).uncheck();
        await expect.poll(() => markers(page, kind).count(), { message: `${kind} off` }).toBe(0);
        await page.getByTestId(`layer-${kind}`).check();
        await expect.poll(() => markers(page, kind).count(), { message: `${kind} on` }).toBe(before);
      }

      // A filter changes the counts and the markers: only suspended companies, then all again.
      const allCompanies = await counts('company');
      await page.getByTestId('filter-company-status').selectOption('suspended');
      await expect.poll(() => counts('company')).toBeLessThan(allCompanies);
      await page.getByTestId('filter-company-status').selectOption('');
      await expect.poll(() => counts('company')).toBe(allCompanies);
    } finally {
      await context.close();
    }
  });

  it('[MAP-1] a cluster zooms in to where it splits when clicked', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: desktop });
    try {
      const page = await openMap(context, 'dispatcher1');
      for (const kind of ['company', 'volunteer', 'order'] as const) await page.getByTestId(`layer-${kind}`).uncheck();
      const clusters = page.locator('.map-cluster');
      await expect.poll(() => clusters.count()).toBeGreaterThan(0);
      const sizes = await clusters.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
      const biggest = sizes.indexOf(Math.max(...sizes));
      const zoomBefore = await zoomOf(page);
      await clusters.nth(biggest).click();
      await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoomBefore);
      await expect.poll(() => markers(page, 'resident').count()).toBeGreaterThanOrEqual(2);
      const after = await page
        .locator('.map-cluster')
        .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
      expect(Math.max(0, ...after)).toBeLessThan(sizes[biggest]!);
    } finally {
      await context.close();
    }
  });

  it('[MAP-1] search by pinyin and initials flies to a volunteer and opens its card', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: desktop });
    try {
      const page = await openMap(context, 'dispatcher1');
      const input = page.getByTestId('map-search-input');
      await input.fill('zhang');
      const results = page.getByTestId('map-search-result');
      await expect.poll(() => results.count()).toBeGreaterThan(0);
      const volunteer = results.and(page.locator('[data-kind="volunteer"]')).first();
      const name = (await volunteer.locator('.map-result__name').textContent())!;
      expect(name.startsWith('张') || pinyinKeysOf(name).full.includes('zhang')).toBe(true);

      // The same person by the initials of the name.
      await input.fill(pinyinKeysOf(name).initials);
      const byInitials = page.locator(`[data-testid="map-search-result"][data-kind="volunteer"]`, { hasText: name });
      await expect.poll(() => byInitials.count()).toBeGreaterThan(0);
      const zoomBefore = await zoomOf(page);
      await byInitials.first().click();
      const card = page.getByTestId('map-card');
      await card.waitFor();
      expect(await card.getAttribute('data-kind')).toBe('volunteer');
      expect(await page.getByTestId('map-card-title').textContent()).toBe(name);
      await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(Math.max(zoomBefore, 17));
      expect(await page.getByTestId('map-card-registry').getAttribute('href')).toMatch(/^\/registry\/volunteers\//);
      await page.locator('.map-selected').waitFor();
      await page.screenshot({ path: '.tmp/screens/map-desktop-zh-card.png' });
    } finally {
      await context.close();
    }
  });

  it('[MAP-2] "what is near" a clicked point lists the nearest volunteers, sorted by distance, with a circle', async () => {
    const context = await app.browser.newContext({ locale: 'en-GB', viewport: desktop });
    try {
      const page = await openMap(context, 'dispatcher1');
      // With every layer off, a click lands on the map itself and not on a marker.
      for (const kind of kinds) await page.getByTestId(`layer-${kind}`).uncheck();
      await expect.poll(() => page.locator('.map-pt, .map-cluster').count()).toBe(0);
      const box = (await page.locator('.map-screen__map').boundingBox())!;
      // The map opens on Xianyang's centre, where Qindu's and Weicheng's volunteers are.
      await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
      const near = page.getByTestId('map-near');
      await near.waitFor();
      await page.getByTestId('near-radius-5000').check();
      for (const kind of kinds) {
        const box = page.getByTestId(`near-kind-${kind}`);
        if (kind === 'volunteer') await box.check();
        else await box.uncheck();
      }
      const rows = page.getByTestId('map-near-item');
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      const listed = await rows.evaluateAll((els) =>
        els.map((el) => ({ kind: el.getAttribute('data-kind'), distance: Number(el.getAttribute('data-distance')) })),
      );
      expect(new Set(listed.map((r) => r.kind))).toEqual(new Set(['volunteer']));
      const distances = listed.map((r) => r.distance);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(Math.max(...distances)).toBeLessThanOrEqual(5000);
      expect(await rows.first().locator('.map-result__dist').textContent()).toMatch(/^\d+(\.\d)? (m|km)$/);
      expect(await page.locator('.map-near-centre').count()).toBe(1);
      expect(await page.locator('path.leaflet-interactive, .map-screen__map svg path').count()).toBeGreaterThan(0);

      // A smaller radius lists only the nearer ones, still nearest first.
      await page.getByTestId('near-radius-2000').check();
      await expect
        .poll(async () => Number(await page.getByTestId('map-near-count').getAttribute('data-count')))
        .toBe(distances.filter((d) => d <= 2000).length);
      for (const kind of kinds) await page.getByTestId(`layer-${kind}`).check();
      await page.getByTestId('near-kind-company').check();
      await expect.poll(() => page.locator('.map-near-hit').count()).toBeGreaterThan(0);
      await page.screenshot({ path: '.tmp/screens/map-desktop-en-near.png' });

      // Choosing a row opens its card.
      await rows.and(page.locator('[data-kind="volunteer"]')).first().click();
      await page.getByTestId('map-card').waitFor();
      expect(await page.getByTestId('map-card').getAttribute('data-kind')).toBe('volunteer');
    } finally {
      await context.close();
    }
  });

  it('[MAP-1][SEC-2] a liaison sees only the residents of its communities (Qindu), a dispatcher the whole city', async () => {
    const office = await app.browser.newContext({ locale: 'zh-CN', viewport: desktop });
    const field = await app.browser.newContext({ locale: 'zh-CN', viewport: desktop });
    try {
      const all = await count(await openMap(office, 'dispatcher1'))('resident');
      const page = await openMap(field, 'liaison1');
      const counts = count(page);
      const mine = await counts('resident');
      expect(mine).toBeGreaterThan(0);
      expect(mine).toBeLessThan(all);
      // Every one of them is in Qindu (610402): filtering to Qindu keeps them all, to Weicheng leaves none.
      await page.getByTestId('filter-district').selectOption('610402');
      await expect.poll(() => counts('resident')).toBe(mine);
      await page.getByTestId('filter-district').selectOption('610404');
      await expect.poll(() => counts('resident')).toBe(0);
    } finally {
      await office.close();
      await field.close();
    }
  });

  it('[MAP-1][LANG] reads well in both languages on a desktop and a 360 px phone, card as a bottom sheet', async () => {
    for (const [lang, locale] of [
      ['zh', 'zh-CN'],
      ['en', 'en-GB'],
    ] as const) {
      const words = lang === 'zh' ? zhCN : en;
      const wide = await app.browser.newContext({ locale, viewport: desktop });
      try {
        const page = await openMap(wide, 'dispatcher1');
        expect(await page.getByTestId('map-layers').textContent()).toContain(words['map.layer.resident']);
        if (lang === 'en') await page.screenshot({ path: '.tmp/screens/map-desktop-en.png' });
      } finally {
        await wide.close();
      }
      const small = await app.browser.newContext({ locale, viewport: phone, isMobile: true, hasTouch: true });
      try {
        const page = await openMap(small, 'dispatcher1');
        // A phone opens with the map clear; the panel is one tap away.
        expect(await page.getByTestId('map-panel').isVisible()).toBe(false);
        await page.screenshot({ path: `.tmp/screens/map-phone-${lang}.png` });
        await page.getByTestId('map-panel-toggle').click();
        await page.getByTestId('map-panel').waitFor();
        await page.screenshot({ path: `.tmp/screens/map-phone-${lang}-panel.png` });
        await page.getByTestId('map-panel-toggle').click();
        await page.getByTestId('map-search-input').fill(lang === 'zh' ? '张' : 'wang');
        await page.getByTestId('map-search-result').and(page.locator('[data-kind="resident"]')).first().click();
        const card = page.getByTestId('map-card');
        await card.waitFor();
        expect(await card.getAttribute('data-kind')).toBe('resident');
        // Health and access notes are shown to a dispatcher (resident.sensitive); the phone is a tel: link.
        await page.getByTestId('card-health').waitFor();
        // Contacts in calling order arrive with the first sync; the card follows the local db as they do.
        await expect
          .poll(() => card.locator('[data-testid="card-contacts"] li').count(), { timeout: 30_000 })
          .toBeGreaterThan(0);
        expect(await card.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
        const sheet = (await page.getByTestId('map-sheet').boundingBox())!;
        expect(sheet.width).toBeGreaterThanOrEqual(phone.width - 2);
        expect(sheet.y + sheet.height).toBeGreaterThanOrEqual(phone.height - 2);
        await page.screenshot({ path: `.tmp/screens/map-phone-${lang}-card.png` });
      } finally {
        await small.close();
      }
    }
  });
});
