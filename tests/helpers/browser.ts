// Debian's Chromium driven by playwright-core, with the flags this machine needs (no sandbox as root, no background
// networking: the closed network refuses it), and the demo sign-in every browser test starts with.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumPath } from './require-env';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      // Alarm consoles loop a siren (ALM-2); a real console gets one click first, tests may not wait for one.
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

export async function signIn(context: BrowserContext, baseUrl: string, username: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill('anxin-demo');
  await page.getByTestId('login-submit').click();
  return page;
}
