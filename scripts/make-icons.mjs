// Renders the app icons (PNG) from their SVG sources in public/icons/ with Chromium.
// Run after editing an SVG:  node scripts/make-icons.mjs
// (uses the Playwright package installed there and Debian's Chromium).
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

// Playwright lives with the end-to-end tests.
const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const dir = new URL('../public/icons/', import.meta.url).pathname;
const outputs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  // iOS masks the corners itself: give it the full-bleed artwork.
  ['icon-maskable.svg', 'apple-touch-icon-180.png', 180],
  ['icon.svg', 'favicon-32.png', 32],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [source, target, size] of outputs) {
  const svg = await readFile(dir + source, 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
  await page.locator('svg').screenshot({ path: dir + target, omitBackground: true });
  console.log(`${target} (${size}×${size})`);
}
await browser.close();
