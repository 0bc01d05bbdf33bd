// The shell as users meet it, in Debian's Chromium against the real server (`npm start`'s process, its own data):
// every demo role signs in and sees its home in both languages; a signed-in field phone reloads offline and still
// sees its home (service worker); a wrong password shows the server's reason.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/client/app/i18n/en';
import { zhCN } from '../../src/client/app/i18n/zh-CN';
import { signIn as signInAs } from '../helpers/browser';
import { useDemoAppInChromium } from '../helpers/demo-app';
import { available } from '../helpers/require-env';

const run = available('chromium');
const accounts = [
  ['admin', 'admin'],
  ['dispatcher1', 'dispatcher'],
  ['supervisor1', 'supervisor'],
  ['liaison1', 'liaison'],
  ['worker1', 'field_worker'],
  ['tech1', 'field_worker'],
  ['vendor1', 'vendor_manager'],
] as const;
type HomeKey = `home.${(typeof accounts)[number][1]}.title`;

describe.skipIf(!run)('the app shell in Chromium', () => {
  const app = useDemoAppInChromium('shell');

  const signIn = (context: BrowserContext, username: string): Promise<Page> =>
    signInAs(context, app.server.url, username);

  it.each(accounts)(
    '[SEC-1][LANG] %s signs in and sees the %s home in Chinese, then in English',
    async (username, role) => {
      const context = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
      try {
        const page = await signIn(context, username);
        const home = page.getByTestId(`home-${role}`);
        await home.waitFor();
        const key = `home.${role}.title` as HomeKey;
        expect(await home.locator('h1').textContent()).toBe(zhCN[key]);
        expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
        await page.getByTestId('lang-en').click();
        await expect.poll(() => home.locator('h1').textContent()).toBe(en[key]);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
      } finally {
        await context.close();
      }
    },
  );

  it('[LANG] a browser asking for English gets English first, and nothing is fetched from another host', async () => {
    const context = await app.browser.newContext({ locale: 'en-GB' });
    const hosts = new Set<string>();
    context.on('request', (request) => hosts.add(new URL(request.url()).host));
    try {
      const page = await signIn(context, 'liaison1');
      await page.getByTestId('home-liaison').waitFor();
      expect(await page.locator('h1').first().textContent()).toBe(en['home.liaison.title']);
      await page.screenshot({ path: '.tmp/e2e-home-liaison-en.png' });
      expect([...hosts]).toEqual([new URL(app.server.url).host]);
    } finally {
      await context.close();
    }
  });

  it('[SEC-1] a wrong password shows the server’s reason and no home', async () => {
    const context = await app.browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(app.server.url);
      await page.locator('input[name=username]').fill('dispatcher1');
      await page.locator('input[name=password]').fill('not-the-password');
      await page.getByTestId('login-submit').click();
      await page.getByText('Wrong username or password').waitFor();
      expect(await page.getByTestId('home-dispatcher').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('[SYN-1] a signed-in field phone reloads with no network and still shows its home', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    try {
      const page = await signIn(context, 'worker1');
      await page.getByTestId('home-field_worker').waitFor();
      // Wait until the service worker controls the page, so the reload can be answered from its cache.
      const controlled = await page.evaluate(async () => {
        const waitForControl = (async () => {
          await navigator.serviceWorker.ready;
          if (!navigator.serviceWorker.controller) {
            await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
          }
          return true;
        })();
        return Promise.race([
          waitForControl,
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000)),
        ]);
      });
      expect(controlled, 'the service worker took control of the page').toBe(true);
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('home-field_worker').waitFor();
      expect(await page.locator('h1').first().textContent()).toBe(zhCN['home.field_worker.title']);
      await expect.poll(() => page.getByTestId('net-status').getAttribute('data-online')).toBe('false');
    } finally {
      await context.close();
    }
  });
});
