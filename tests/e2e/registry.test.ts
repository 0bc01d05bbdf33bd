// The registry screens in Chromium against the real server (PGlite, demo data): residents found by pinyin initials
// with health notes, a company edit refused on the device then saved and synced, a caller number blacklisted by a
// dispatcher, a CSV import checked with its refused row, and screenshots in both languages at desk and phone sizes.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/client/app/i18n/zh-CN';
import { searchKeyOf } from '../../src/client/features/registry/search';
import { signIn as signInAs } from '../helpers/browser';
import { useDemoAppInChromium } from '../helpers/demo-app';
import { available } from '../helpers/require-env';

const run = available('chromium');
const desk = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };
const shots = '.tmp/screens';

describe.skipIf(!run)('the registry screens in Chromium', () => {
  const app = useDemoAppInChromium('registry');

  beforeAll(() => {
    mkdirSync(shots, { recursive: true });
  });

  const signIn = (context: BrowserContext, username: string): Promise<Page> =>
    signInAs(context, app.server.url, username);
  const pending = (page: Page) => page.getByTestId('sync-pending').getAttribute('data-count');

  /** Signs in and waits for the first sync to bring the registry to the device. */
  async function openAs(context: BrowserContext, username: string, path: string): Promise<Page> {
    const page = await signIn(context, username);
    await page.getByTestId('nav-registry').or(page.getByTestId('nav-callers')).first().waitFor();
    await expect.poll(() => page.getByTestId('sync-last').textContent(), { timeout: 60_000 }).toMatch(/\d/);
    await go(page, path);
    return page;
  }

  /** Client-side navigation, as a link would do it (keeps the page and its sync running). */
  async function go(page: Page, path: string): Promise<void> {
    await page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }

  async function listCount(page: Page): Promise<number> {
    await page.getByTestId('reg-count').waitFor();
    return Number(await page.getByTestId('reg-count').getAttribute('data-matched'));
  }

  it('[REG-3][SEC-2] an admin finds a resident by pinyin initials and reads the health notes', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: desk });
    try {
      const page = await openAs(context, 'admin', '/registry/residents');
      await expect.poll(() => listCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(1000);
      const rows = page.locator('.reg-row');
      const target = rows.nth(7);
      const name = (await target.locator('.reg-row__name').textContent())!;
      const testId = (await target.getAttribute('data-testid'))!;
      const initials = searchKeyOf(name).initials;
      expect(initials.length).toBeGreaterThanOrEqual(2);

      await page.getByTestId('reg-search').fill(initials);
      await expect.poll(() => listCount(page)).toBeLessThan(1000);
      for (let i = 0; i < 40 && (await page.getByTestId(testId).count()) === 0; i++) {
        await page.locator('.reg-list__more').click();
      }
      const shownNames = await page.locator('.reg-row__name').allTextContents();
      expect(shownNames.every((n) => searchKeyOf(n).initials.startsWith(initials))).toBe(true);
      await page.getByTestId(testId).locator('a').click();

      const detail = page.getByTestId('reg-detail-resident');
      await detail.waitFor();
      expect(await page.getByTestId('reg-detail-name').textContent()).toBe(name);
      const health = page.getByTestId('resident-health');
      expect(await health.textContent()).toContain(zhCN['registry.field.healthConditions']);
      expect(await health.textContent()).toContain(zhCN['registry.field.medication']);
      expect(await page.getByTestId('fact-idcard').textContent()).toMatch(/\d{17}[\dX]/);
      expect(await page.getByTestId('sensitive-hidden').count()).toBe(0);
      await expect
        .poll(() => page.locator('[data-testid=resident-contacts] a[href^="tel:"]').count())
        .toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('[ALM-1] a liaison creates the one-touch link on a resident card; it opens the page greeting the resident', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: desk });
    try {
      const page = await openAs(context, 'liaison1', '/registry/residents');
      await expect.poll(() => listCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
      const first = page.locator('.reg-row').first();
      const name = (await first.locator('.reg-row__name').textContent())!;
      await first.locator('a').click();
      await page.getByTestId('reg-detail-resident').waitFor();
      await page.getByTestId('one-touch-issue').click();
      const url = (await page.getByTestId('one-touch-url').textContent())!;
      expect(url).toMatch(new RegExp(`^${app.server.url}/r/[^/]+$`));
      // The resident's phone: no session, only the link.
      const phoneContext = await app.browser.newContext({ locale: 'zh-CN', viewport: phone });
      try {
        const residentPage = await phoneContext.newPage();
        await residentPage.goto(url);
        await residentPage.getByTestId('resident-help').waitFor();
        await expect.poll(() => residentPage.getByTestId('resident-page').textContent()).toContain(name);
      } finally {
        await phoneContext.close();
      }
    } finally {
      await context.close();
    }
  });

  it('[REG-1][SEC-3] a bad company phone is refused naming the field; the fixed one saves and syncs', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: desk });
    try {
      const page = await openAs(context, 'admin', '/registry/companies');
      await expect.poll(() => listCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
      const first = page.locator('.reg-row').first();
      const name = (await first.locator('.reg-row__name').textContent())!;
      await first.locator('a').click();
      await page.getByTestId('reg-edit').click();
      await page.getByTestId('reg-form-companies').waitFor();

      await page.locator('#reg-f-phone').fill('12-34');
      await page.getByTestId('reg-save').click();
      const error = page.locator('#reg-f-phone-error');
      await error.waitFor();
      expect(await error.textContent()).toContain(zhCN['registry.field.phone']);
      expect(await page.getByTestId('reg-form-errors').count()).toBe(1);
      await page.screenshot({ path: `${shots}/registry-company-error-zh-CN-1280.png`, fullPage: false });

      const fixed = `139${String(Date.now()).slice(-8)}`;
      await page.locator('#reg-f-phone').fill(fixed);
      await page.getByTestId('reg-save').click();
      await page.getByTestId('reg-detail-company').waitFor();
      expect(await page.getByTestId('fact-phone').textContent()).toContain(fixed);

      await expect.poll(() => pending(page), { timeout: 20_000 }).toBe('0');
      expect(await page.getByTestId('sync-refused-item').count()).toBe(0);
      await expect.poll(() => page.getByTestId('reg-pending').count(), { timeout: 20_000 }).toBe(0);
      await go(page, '/registry/companies');
      await page.getByTestId('reg-search').fill(fixed);
      await expect.poll(() => listCount(page)).toBe(1);
      expect(await page.locator('.reg-row').first().textContent()).toContain(name);
      expect(await page.locator('.reg-row').first().textContent()).toContain(fixed);
    } finally {
      await context.close();
    }
  });

  it('[REG-4] a dispatcher blacklists a number and sees its icon at once and after sync', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: phone });
    try {
      const page = await openAs(context, 'dispatcher1', '/callers');
      const number = `136${String(Date.now()).slice(-8)}`;
      await page.getByTestId('caller-lookup').fill(number);
      const icon = page.locator('.caller-card__head [data-testid=caller-class]');
      await expect.poll(() => icon.getAttribute('data-class')).toBe('normal');
      await page.getByTestId('caller-class-blacklisted').click();
      await page.locator('#caller-note').fill('多次恶意骚扰');
      await page.getByTestId('caller-save').click();
      await expect.poll(() => icon.getAttribute('data-class')).toBe('blacklisted');
      expect(await icon.textContent()).toContain('黑');
      expect(await icon.textContent()).toContain(zhCN['callers.class.blacklisted']);

      await expect.poll(() => pending(page), { timeout: 20_000 }).toBe('0');
      expect(await page.getByTestId('sync-refused-item').count()).toBe(0);
      await expect.poll(() => icon.getAttribute('data-class')).toBe('blacklisted');
      await page.getByTestId('caller-filter-blacklisted').click();
      await page.getByTestId(`caller-row-${number}`).waitFor();
      await page.screenshot({ path: `${shots}/registry-callers-zh-CN-360.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('[ADM-3] an admin checks a CSV with one bad row and the report names its line and field', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: desk });
    try {
      const page = await openAs(context, 'admin', '/import');
      await page.getByTestId('screen-import').waitFor();
      const token = await page.evaluate(
        () => JSON.parse(localStorage.getItem('anxin.session') ?? '{}').token as string,
      );
      const res = await fetch(`${app.server.url}/api/admin/import/companies/template`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status, 'the template route answers').toBe(200);
      const header = (await res.text()).split(/\r?\n/)[0]!.replace(/^\uFEFF/, '');
      const columns = header.split(',').map((c) => c.trim());
      const row = (name: string, tel: string) =>
        columns
          .map((c) => (/phone|电话/i.test(c) && !/contact/i.test(c) ? tel : /^name$|名称/i.test(c) ? name : ''))
          .join(',');
      const csv = [header, row('导入测试家政', '13712345678'), row('坏号码企业', '12-34')].join('\n');

      await page.getByTestId('import-kind').selectOption('companies');
      await page.getByTestId('import-file').setInputFiles({
        name: 'companies.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByTestId('import-check').click();
      const report = page.getByTestId('import-report');
      await report.waitFor();
      const rejected = page.getByTestId('import-rejected-row');
      expect(await rejected.count()).toBe(1);
      const cells = await rejected.first().locator('td').allTextContents();
      expect(cells[0]).toBe('3');
      expect(cells[1]).toMatch(/phone/i);
      expect(await page.getByTestId('import-count-total').locator('dd').textContent()).toBe('2');
      await page.screenshot({ path: `${shots}/registry-import-report-zh-CN-1280.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('[REG-1][REG-3][LANG] screens in both languages at desk and phone sizes', async () => {
    for (const [size, viewport] of [
      ['1280', desk],
      ['360', phone],
    ] as const) {
      const context = await app.browser.newContext({ locale: 'zh-CN', viewport });
      try {
        const page = await openAs(context, 'admin', '/registry/residents');
        await expect.poll(() => listCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
        for (const lang of ['zh-CN', 'en'] as const) {
          if (lang === 'en') await page.getByTestId('lang-en').click();
          await go(page, '/registry/residents');
          await expect.poll(() => listCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
          await page.screenshot({ path: `${shots}/registry-residents-${lang}-${size}.png` });
          await page.locator('.reg-row a').first().click();
          await page.getByTestId('reg-detail-resident').waitFor();
          await page.getByTestId('resident-contacts').waitFor();
          await page.screenshot({ path: `${shots}/registry-resident-${lang}-${size}.png`, fullPage: true });
          await go(page, '/registry/companies');
          await expect.poll(() => listCount(page)).toBeGreaterThan(0);
          await page.locator('.reg-row a').first().click();
          await page.getByTestId('reg-detail-company').waitFor();
          await page.screenshot({ path: `${shots}/registry-company-${lang}-${size}.png`, fullPage: true });
          await page.getByTestId('reg-edit').click();
          await page.locator('#reg-f-phone').fill('bad');
          await page.getByTestId('reg-save').click();
          await page.locator('#reg-f-phone-error').waitFor();
          await page.screenshot({ path: `${shots}/registry-company-form-${lang}-${size}.png` });
          await go(page, '/registry/volunteers');
          await expect.poll(() => listCount(page)).toBeGreaterThan(0);
          await page.screenshot({ path: `${shots}/registry-volunteers-${lang}-${size}.png` });
          await go(page, '/import');
          await page.getByTestId('screen-import').waitFor();
          await page.screenshot({ path: `${shots}/registry-import-${lang}-${size}.png` });
        }
      } finally {
        await context.close();
      }
      const callers = await app.browser.newContext({ locale: 'en-US', viewport });
      try {
        const page = await openAs(callers, 'dispatcher1', '/callers');
        await page.getByTestId('caller-filter-vip').click();
        const vip = page.locator('.caller-list__phone').first();
        await vip.click();
        await page.getByTestId('caller-card').waitFor();
        await page.screenshot({ path: `${shots}/registry-callers-en-${size}.png`, fullPage: size === '360' });
        await page.getByTestId('lang-zh-CN').click();
        await page.screenshot({ path: `${shots}/registry-callers-zh-CN-${size}.png`, fullPage: size === '360' });
      } finally {
        await callers.close();
      }
    }
  });
});
