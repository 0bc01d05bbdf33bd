// The one-touch alarm story in Chromium against the real server on the demo (ALM-1..3, ALM-6): a resident's page
// raises an alarm, liaison1's console shows it with the siren playing (the time from the press is printed: the
// target is 1 s), worker1's phone gets the offer and accepts, worker2's phone, offered the same alarm, says it was
// taken by someone else, and the resident's page says who is coming. Chromium runs with --autoplay-policy=no-user-gesture-required
// (tests/helpers/browser.ts): a real console needs one click first, which its "enable alarm sound" banner asks for.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from '../helpers/browser';
import { useDemoAppInChromium } from '../helpers/demo-app';
import { loginOver, pushOver, residentInCommunitiesOver } from '../helpers/http-client';
import { available } from '../helpers/require-env';

const run = available('chromium');
const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };
// About 100 m of latitude: worker1, worker2 and worker3 go on duty 100, 200 and 300 m north of the resident, inside
// the first ring (1 km), so all three are offered the alarm at once (the nearest three, ALM-3).
const north100m = 0.0009;

describe.skipIf(!run)('one-touch alarms in Chromium', () => {
  const app = useDemoAppInChromium('alarms');

  const login = (username: string) => loginOver(app.server.url, username);
  const push = (token: string, name: string, args: unknown) => pushOver(app.server.url, token, name, args);

  const isPlaying = (page: Page, testId: string) =>
    page.getByTestId(testId).evaluate((el) => !(el as HTMLAudioElement).paused);

  it('[ALM-1][ALM-2][ALM-3] press → console siren → worker accepts → the resident sees who is coming', async () => {
    mkdirSync('.tmp/screens', { recursive: true });
    const liaison = await login('liaison1');
    const resident = await residentInCommunitiesOver(app.server.url, liaison, liaison.user.communityIds);
    const { token: deviceToken } = (await push(liaison.token, 'resident.issueDeviceToken', {
      residentId: resident.id,
    })) as { token: string };
    for (const [i, name] of ['worker1', 'worker2', 'worker3'].entries()) {
      const worker = await login(name);
      await push(worker.token, 'duty.set', {
        onDuty: true,
        position: { lat: resident.lat + north100m * (i + 1), lng: resident.lng, accuracy: 15 },
      });
    }

    const consoleCtx = await app.browser.newContext({ locale: 'zh-CN', viewport: desktop });
    const phoneCtx = await app.browser.newContext({ locale: 'zh-CN', viewport: phone, hasTouch: true });
    const residentCtx = await app.browser.newContext({ locale: 'zh-CN', viewport: phone, hasTouch: true });
    const phone2Ctx = await app.browser.newContext({ locale: 'zh-CN', viewport: phone, hasTouch: true });
    try {
      const consolePage = await signIn(consoleCtx, app.server.url, 'liaison1');
      await consolePage.getByTestId('alarm-console').waitFor();
      const phonePage = await signIn(phoneCtx, app.server.url, 'worker1');
      await phonePage.getByTestId('home-field_worker').waitFor();
      const phone2Page = await signIn(phone2Ctx, app.server.url, 'worker2');
      await phone2Page.getByTestId('home-field_worker').waitFor();

      const residentPage = await residentCtx.newPage();
      await residentPage.goto(`${app.server.url}/r/${deviceToken}`);
      await residentPage.getByTestId('resident-help').waitFor();
      await expect.poll(() => residentPage.locator('.rp__hello').textContent()).toContain(resident.name);
      await residentPage.screenshot({ path: '.tmp/screens/alarm-resident-button-zh.png' });
      await residentPage.getByTestId('resident-help').click();
      await residentPage.getByTestId('resident-confirm').waitFor();
      await residentPage.screenshot({ path: '.tmp/screens/alarm-resident-confirm-zh.png' });
      // ALM-2 timing: the console stamps (browser clock, same machine) the moment an alarm item appears; the resident
      // page's successful push is stamped by its request start. Both are epoch ms.
      const consoleShownAt = consolePage.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const seen = () => {
              if (!document.querySelector('.alarm-item')) return false;
              resolve(Date.now());
              return true;
            };
            if (seen()) return;
            const observer = new MutationObserver(() => {
              if (seen()) observer.disconnect();
            });
            observer.observe(document.body, { childList: true, subtree: true });
          }),
      );
      let pressSentAt: number | undefined;
      residentPage.on('requestfinished', (request) => {
        if (request.url().endsWith('/api/sync/push') && pressSentAt === undefined) {
          pressSentAt = request.timing().startTime;
        }
      });
      // Offline first: the press is kept and retried every 2 s, and the page says so with the 120 hint.
      await residentCtx.setOffline(true);
      const confirmClickedAt = Date.now();
      await residentPage.getByTestId('resident-confirm').click();
      await expect
        .poll(() => residentPage.getByTestId('resident-status').getAttribute('data-line'))
        .toBe('resident.page.retrying');
      await residentPage.getByTestId('resident-urgent').waitFor();
      await residentPage.screenshot({ path: '.tmp/screens/alarm-resident-retrying-zh.png' });
      const onlineAt = Date.now();
      await residentCtx.setOffline(false);
      await expect
        .poll(() => residentPage.getByTestId('resident-status').getAttribute('data-line'), { timeout: 10_000 })
        .toMatch(/resident\.page\.(sent|waiting)/);
      await residentPage.screenshot({ path: '.tmp/screens/alarm-resident-waiting-zh.png' });

      // The console: the alarm within a second of the press reaching the server (printed; asserted loosely for CI),
      // the siren looping until acknowledged.
      const item = consolePage.locator('.alarm-item').first();
      await item.waitFor({ timeout: 10_000 });
      const shownAt = await consoleShownAt;
      expect(pressSentAt, 'the resident page pushed the press').toBeDefined();
      const fromSend = Math.round(shownAt - pressSentAt!);
      const fromOnline = shownAt - onlineAt;
      console.log(
        `[ALM-2] resident press → liaison1 console shows the alarm: ${fromSend} ms from the press leaving the phone ` +
          `(target 1000 ms); ${fromOnline} ms from the phone coming back online; ${shownAt - confirmClickedAt} ms ` +
          'from the confirm click (includes the deliberate offline period)',
      );
      expect(fromSend).toBeGreaterThanOrEqual(0);
      expect(fromSend).toBeLessThan(3_000);
      expect(fromOnline).toBeLessThan(5_000);
      await expect.poll(() => item.getByTestId('alarm-resident-name').textContent()).toBe(resident.name);
      await expect.poll(() => isPlaying(consolePage, 'alarm-audio'), { timeout: 5_000 }).toBe(true);
      await expect
        .poll(() => item.locator('[data-testid=alarm-offers] li').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      await consolePage.screenshot({ path: '.tmp/screens/alarm-console-desktop-zh.png', fullPage: true });

      // The phones: worker1 and worker2 are both offered the alarm; worker1 accepts.
      const offer = phonePage.locator('.offer-card[data-status=offered]').first();
      await offer.waitFor({ timeout: 15_000 });
      const offer2 = phone2Page.locator('.offer-card').first();
      await phone2Page.locator('.offer-card[data-status=offered]').first().waitFor({ timeout: 15_000 });
      await phonePage.screenshot({ path: '.tmp/screens/alarm-phone-offer-zh.png', fullPage: true });
      await offer.getByTestId('offer-accept').click();
      await phonePage.getByTestId('my-alarm').waitFor({ timeout: 15_000 });
      // worker2 lost: the card says it was taken by someone else, without Accept / Decline.
      await expect.poll(() => offer2.getAttribute('data-status'), { timeout: 5_000 }).toBe('taken');
      await expect.poll(() => offer2.getByTestId('offer-taken').textContent()).toBe('已由他人接单');
      expect(await offer2.getByTestId('offer-accept').count()).toBe(0);
      await phone2Page.screenshot({ path: '.tmp/screens/alarm-phone-taken-zh.png', fullPage: true });
      await phonePage.getByTestId('alarm-en-route').click();
      await expect
        .poll(() => phonePage.getByTestId('my-alarm').getAttribute('data-status'), { timeout: 15_000 })
        .toBe('en_route');
      await phonePage.screenshot({ path: '.tmp/screens/alarm-phone-accepted-zh.png', fullPage: true });

      // The resident: who is coming, with a phone to call.
      await expect
        .poll(() => residentPage.getByTestId('resident-status').getAttribute('data-line'), { timeout: 15_000 })
        .toBe('resident.page.coming');
      await residentPage.getByTestId('resident-call-responder').waitFor();
      await residentPage.screenshot({ path: '.tmp/screens/alarm-resident-coming-zh.png' });
      await residentPage.getByTestId('lang-en').click();
      await expect.poll(() => residentPage.getByTestId('resident-status').textContent()).toContain('is coming');
      await residentPage.screenshot({ path: '.tmp/screens/alarm-resident-coming-en.png' });

      // Acknowledged on the console: its siren stops; the alarm stays listed until resolved.
      await consolePage.getByTestId('alarm-acknowledge').first().click();
      await expect.poll(() => isPlaying(consolePage, 'alarm-audio')).toBe(false);
      await consolePage.screenshot({ path: '.tmp/screens/alarm-console-acknowledged-zh.png', fullPage: true });

      // The responder resolves: the console list empties and the resident's page says it was handled.
      await phonePage.getByTestId('alarm-resolve').click();
      await phonePage.getByTestId('alarm-outcome-helped').click();
      await expect.poll(() => consolePage.locator('.alarm-item').count(), { timeout: 15_000 }).toBe(0);
      await expect
        .poll(() => residentPage.getByTestId('resident-status').getAttribute('data-line'), { timeout: 15_000 })
        .toBe('resident.page.resolved');
    } finally {
      await consoleCtx.close();
      await phoneCtx.close();
      await residentCtx.close();
      await phone2Ctx.close();
    }
  });
});
