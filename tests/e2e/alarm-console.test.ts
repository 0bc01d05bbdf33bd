// A dispatcher raises an alarm from the registry (ALM-1) and the console on their home shows it with its map
// (ALM-2, ALM-6): the resident's red marker, then worker1's dot once they accept and share a position on the way.
// Must not test the offer / escalation story: tests/e2e/alarms.test.ts owns that.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signIn } from '../helpers/browser';
import { useDemoAppInChromium } from '../helpers/demo-app';
import { loginOver, pushOver, residentInCommunitiesOver } from '../helpers/http-client';
import { available } from '../helpers/require-env';

const run = available('chromium');
const desktop = { width: 1280, height: 900 };
// About 100 m of latitude: worker1 goes on duty inside the first ring, so the alarm is offered to them.
const north100m = 0.0009;

describe.skipIf(!run)('the alarm console map in Chromium', () => {
  const app = useDemoAppInChromium('alarm-console');

  const login = (username: string) => loginOver(app.server.url, username);
  const push = (token: string, name: string, args: unknown) => pushOver(app.server.url, token, name, args);

  it('[ALM-1][ALM-6] dispatcher1 raises from the registry; the console map shows the resident and the responder', async () => {
    mkdirSync('.tmp/screens', { recursive: true });
    const dispatcher = await login('dispatcher1');
    const worker = await login('worker1');
    const resident = await residentInCommunitiesOver(app.server.url, dispatcher, worker.user.communityIds);
    await push(worker.token, 'duty.set', {
      onDuty: true,
      position: { lat: resident.lat + north100m * 3, lng: resident.lng, accuracy: 15 },
    });

    const ctx = await app.browser.newContext({ locale: 'zh-CN', viewport: desktop });
    try {
      const page = await signIn(ctx, app.server.url, 'dispatcher1');
      await page.getByTestId('home-dispatcher').waitFor();
      await page.goto(`${app.server.url}/registry/residents/${encodeURIComponent(resident.id)}`);
      const detail = page.getByTestId('reg-detail-resident');
      await detail.waitFor({ timeout: 15_000 });
      await detail.getByTestId('raise-alarm-button').click();
      await detail.getByTestId('raise-alarm').screenshot({ path: '.tmp/screens/alarm-raise-confirm-zh.png' });
      await detail.getByTestId('raise-alarm-confirm').click();
      const status = detail.getByTestId('raise-alarm-status');
      await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('raised');
      await page.screenshot({ path: '.tmp/screens/alarm-raise-registry-zh.png' });

      await page.goto(`${app.server.url}/`);
      const item = page.locator('.alarm-item').first();
      await item.waitFor({ timeout: 15_000 });
      await expect.poll(() => item.getByTestId('alarm-resident-name').textContent()).toBe(resident.name);
      await item.locator('.leaflet-container').waitFor({ timeout: 15_000 });
      await item.locator('.alarm-map__resident').waitFor();
      const alarmId = String(await item.getAttribute('data-testid')).replace(/^alarm-/, '');

      // worker1 accepts and reports on the way 200 m north: their dot appears, labelled, and moves with the next update.
      await push(worker.token, 'alarm.accept', {
        alarmId,
        position: { lat: resident.lat + north100m * 3, lng: resident.lng, accuracy: 15 },
      });
      await push(worker.token, 'alarm.update', {
        alarmId,
        status: 'en_route',
        position: { lat: resident.lat + north100m * 2, lng: resident.lng, accuracy: 15 },
      });
      const map = item.getByTestId('alarm-map');
      await expect.poll(() => map.getAttribute('data-responders'), { timeout: 15_000 }).toBe('1');
      await expect
        .poll(() => map.locator('.alarm-map__label').allTextContents(), { timeout: 15_000 })
        .toContainEqual(expect.stringContaining('响应人 1 · 正在赶往'));
      const before = await item.locator('.alarm-map__responder').boundingBox();
      await push(worker.token, 'alarm.update', {
        alarmId,
        status: 'en_route',
        position: { lat: resident.lat + north100m, lng: resident.lng, accuracy: 15 },
      });
      await expect
        .poll(async () => (await item.locator('.alarm-map__responder').boundingBox())?.y, { timeout: 15_000 })
        .not.toBe(before?.y);
      await page.waitForTimeout(500);
      await item.screenshot({ path: '.tmp/screens/alarm-console-map-zh.png' });
    } finally {
      await ctx.close();
    }
  });
});
