// Renders public/icons/anxin*.svg into the PNG icons the web manifest and iOS need, through Debian's Chromium.
// Run once when the logo changes (`node scripts/client-icons.mjs`); the PNGs are committed. Must not run in a build.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

// Rounded icons keep a transparent corner; full-bleed ones (maskable, Apple) are cropped by the platform itself.
const outputs = [
  { svg: 'anxin.svg', png: 'icon-192.png', size: 192, transparent: true },
  { svg: 'anxin.svg', png: 'icon-512.png', size: 512, transparent: true },
  { svg: 'anxin-maskable.svg', png: 'icon-maskable-512.png', size: 512, transparent: false },
  { svg: 'anxin-maskable.svg', png: 'apple-touch-icon-180.png', size: 180, transparent: false },
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
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { svg, png, size, transparent } of outputs) {
    const markup = readFileSync(join(iconsDir, svg), 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    await page.screenshot({ path: join(iconsDir, png), omitBackground: transparent });
    console.log(`wrote public/icons/${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
