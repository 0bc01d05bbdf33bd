// The alarm device story in Chromium against the real server on the demo (ALM-9, ALM-2): the demo pendant ANX0001
// sends an encrypted Contact ID 1101 (personal emergency) over TCP to the receiver started with the server; it gets
// its *ACK, and liaison1's console shows the alarm for the pendant's resident. The pendant's periodic test keeps it
// alive on the devices screen. Screenshots of the console and the devices screen go to .tmp/screens.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_DEVICE_KEY } from '../../src/server/seed/demo-devices';
import { signIn } from '../helpers/browser';
import { buildFrame } from '../helpers/dc09-frames';
import { openTcp } from '../helpers/dc09-sockets';
import { useDemoAppInChromium } from '../helpers/demo-app';
import { loginOver, pullAllOver } from '../helpers/http-client';
import { available } from '../helpers/require-env';
import { freePort } from '../helpers/server-process';

const run = available('chromium');
const KEY = Buffer.from(DEMO_DEVICE_KEY, 'ascii').toString('hex');

describe.skipIf(!run)('alarm devices in Chromium', () => {
  let dc09Port = 0;
  const app = useDemoAppInChromium('dc09', async () => {
    dc09Port = await freePort();
    return { ANXIN_DC09_PORT: String(dc09Port) };
  });

  it('[ALM-9][ALM-2] ANX0001 sends Contact ID 1101 over TCP → *ACK → the alarm is on liaison1’s console', async () => {
    mkdirSync('.tmp/screens', { recursive: true });
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
    try {
      const page = await signIn(context, app.server.url, 'liaison1');
      await page.getByTestId('alarm-console').waitFor();

      const device = await openTcp(dc09Port);
      // A periodic test first (CID 602): the pendant is heard, so the devices screen calls it alive.
      device.send(
        buildFrame({
          token: 'ADM-CID',
          account: 'ANX0001',
          sequence: '0001',
          receiver: '1',
          line: '1',
          data: '#ANX0001|1602 00 000',
          timestamp: new Date(),
          keyHex: KEY,
        }),
      );
      device.send(
        buildFrame({
          token: 'ADM-CID',
          account: 'ANX0001',
          sequence: '0002',
          receiver: '1',
          line: '1',
          data: '#ANX0001|1101 01 015',
          timestamp: new Date(),
          keyHex: KEY,
        }),
      );
      const replies = await device.waitFor(2);
      device.close();
      expect(replies.map((r) => /"(\*?[A-Z]+)"/.exec(r)?.[1])).toEqual(['*ACK', '*ACK']);

      // The console shows the pendant's alarm within seconds (the SSE push, or the next pull at worst).
      const item = page.locator('li[data-testid^="alarm-"][data-status="raised"]').first();
      await item.waitFor({ timeout: 15_000 });
      const seen = await pullAllOver(app.server.url, (await loginOver(app.server.url, 'liaison1')).token);
      const pendant = (seen.get('devices') ?? []).find((d) => d.account === 'ANX0001');
      const resident = (seen.get('residents') ?? []).find((r) => r.id === pendant?.residentId);
      expect(resident, 'the pendant is bound to one of liaison1’s residents').toBeDefined();
      await expect.poll(() => item.getByTestId('alarm-resident-name').textContent()).toContain(String(resident!.name));
      await expect.poll(() => item.getByTestId('alarm-source').textContent()).toContain('ANX0001');
      await shotOf(page, 'dc09-console-zh');

      await page.goto(`${app.server.url}/devices`);
      const row = page.getByTestId('device-ANX0001');
      await row.waitFor();
      await expect.poll(() => row.getAttribute('data-liveness'), { timeout: 15_000 }).toBe('alive');
      await shotOf(page, 'dc09-devices-zh');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('[ALM-9] an unknown code shows raw until the admin classifies it; the same code then raises an alarm', async () => {
    const admin = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 860 } });
    const consoleCtx = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
    try {
      const device = await openTcp(dc09Port);
      const frame = (sequence: string) =>
        buildFrame({
          token: 'ADM-CID',
          account: 'ANX0002',
          sequence,
          receiver: '1',
          line: '1',
          data: '#ANX0002|1799 01 001',
          timestamp: new Date(),
        });
      device.send(frame('0101'));
      expect((await device.waitFor(1))[0]).toContain('"ACK"');

      const page = await signIn(admin, app.server.url, 'admin');
      await page.getByTestId('home-admin').waitFor();
      await page.goto(`${app.server.url}/devices`);
      const row = page.locator('[data-kind="unknown_code"][data-status="open"]').first();
      await row.waitFor({ timeout: 15_000 });
      await expect.poll(() => row.textContent()).toContain('799');
      const alarmId = String(await row.getAttribute('data-testid')).replace('tech-alarm-', '');
      await page.getByTestId(`classify-${alarmId}`).selectOption('personal_emergency');
      await shotOf(page, 'dc09-classify-en');
      await page.getByTestId(`classify-submit-${alarmId}`).click();
      await expect
        .poll(() => page.getByTestId(`tech-alarm-${alarmId}`).getAttribute('data-status'), { timeout: 15_000 })
        .toBe('cleared');

      // The same code again is now a personal emergency: liaison1's console shows it, from ANX0002.
      const liaison = await signIn(consoleCtx, app.server.url, 'liaison1');
      await liaison.getByTestId('alarm-console').waitFor();
      device.send(frame('0102'));
      expect((await device.waitFor(2))[1]).toContain('"ACK"');
      device.close();
      const item = liaison.locator('li[data-testid^="alarm-"][data-status="raised"]', { hasText: 'ANX0002' });
      await item.first().waitFor({ timeout: 15_000 });
      await expect.poll(() => item.first().getByTestId('alarm-source').textContent()).toContain('799');
    } finally {
      await admin.close();
      await consoleCtx.close();
    }
  }, 120_000);
});

async function shotOf(page: import('playwright-core').Page, name: string) {
  await page.screenshot({ path: `.tmp/screens/${name}.png`, fullPage: true });
}
