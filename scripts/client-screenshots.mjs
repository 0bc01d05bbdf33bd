// Drives the built client in Debian's Chromium and saves screenshots for a human look (screenshots/, git-ignored):
// sign-in and role homes in both languages on a phone and a console, a refused sign-in, and an offline reload.
// Needs a running server that serves dist/ (default http://127.0.0.1:8080; pass another base URL as argv[2]).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const out = new URL('../screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const viewports = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'console', width: 1366, height: 768 },
];
const languages = [
  { lang: 'zh-CN', locale: 'zh-CN' },
  { lang: 'en', locale: 'en-US' },
];
const users = [
  { username: 'liaison1', role: 'liaison' },
  { username: 'worker1', role: 'field_worker' },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const problems = [];
const shot = (page, name) => page.screenshot({ path: `${out}${name}.png`, fullPage: true });

async function signIn(page, username, password = 'anxin-demo') {
  await page.fill('#login-username', username);
  await page.fill('#login-password', password);
  await page.click('[data-testid=login-submit]');
}

try {
  for (const vp of viewports) {
    for (const { lang, locale } of languages) {
      for (const { username, role } of users) {
        const context = await browser.newContext({ viewport: vp, locale, serviceWorkers: 'allow' });
        const page = await context.newPage();
        page.on('pageerror', (e) => problems.push(`${username}/${lang}/${vp.name}: ${e.message}`));
        await page.goto(base);
        await page.waitForSelector('[data-testid=login-screen]');
        const htmlLang = await page.getAttribute('html', 'lang');
        if (htmlLang !== lang) problems.push(`browser ${locale} gave <html lang=${htmlLang}>`);
        const tag = `${vp.name}-${lang}`;
        if (username === 'liaison1') {
          await shot(page, `login-${tag}`);
          await signIn(page, 'liaison1', 'wrong-password');
          await page.waitForSelector('[data-testid=login-error]');
          await shot(page, `login-refused-${tag}`);
        }
        await signIn(page, username);
        await page.waitForSelector(`[data-testid=home-${role}]`);
        await shot(page, `home-${role}-${tag}`);

        // Offline reload: the service worker must serve the shell, the saved session the home.
        await page.evaluate(() => navigator.serviceWorker.ready);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        await context.setOffline(true);
        await page.reload();
        await page.waitForSelector(`[data-testid=home-${role}]`, { timeout: 10_000 });
        await page.waitForSelector('[data-testid=offline-banner]');
        await shot(page, `home-${role}-${tag}-offline`);
        if (username === 'worker1') {
          await page.click('[data-testid=sign-out]');
          await page.waitForSelector('[data-testid=login-notice]');
          await shot(page, `signed-out-offline-${tag}`);
          await signIn(page, 'worker1');
          await page.waitForSelector('[data-testid=login-screen]');
          await shot(page, `login-offline-${tag}`);
        }
        await context.close();
      }
    }
  }
  await checkSwitchFieldAndExpiry();
} finally {
  await browser.close();
}

// Language switch saved across reloads, a highlighted field, and a dead saved session sent back to sign-in.
async function checkSwitchFieldAndExpiry() {
  const context = await browser.newContext({ viewport: viewports[0], locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(base);
  await page.click('[data-testid=lang-en]');
  await page.reload();
  await page.waitForSelector('[data-testid=login-screen]');
  if ((await page.getAttribute('html', 'lang')) !== 'en') problems.push('saved language did not survive a reload');
  await page.fill('#login-username', 'liaison1');
  await page.click('[data-testid=login-submit]');
  if ((await page.getAttribute('#login-password', 'aria-invalid')) !== 'true')
    problems.push('empty password not marked');
  await shot(page, 'login-field-error-phone-en');
  await page.click('[data-testid=lang-zh-CN]');
  await page.evaluate(() => {
    const user = {
      id: 'x',
      username: 'ghost',
      displayName: '幽灵',
      role: 'liaison',
      companyId: null,
      volunteerId: null,
      communityIds: [],
    };
    localStorage.setItem(
      'anxin.session',
      JSON.stringify({ token: 'revoked', expiresAt: '2099-01-01T00:00:00Z', user }),
    );
  });
  await page.reload();
  await page.waitForSelector('[data-testid=login-notice]');
  await shot(page, 'session-expired-phone-zh-CN');
  await context.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`screenshots in ${out}`);
