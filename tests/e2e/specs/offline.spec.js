// Offline-first and installable: the service worker, every screen offline, safe updates,
// installability, offline awareness, install and storage notes.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { SCREENS } from '../support/screens.js';
import { makeBuilds, publish, serve, stop } from '../support/builds.js';


/** Opens the app and waits until the service worker controls the page. */
async function openControlled(page, app, path = '/') {
  await app.open(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('the service worker registers and controls the page after the first visit', async ({ page }, info) => {
  const app = new App(page, info);
  await openControlled(page, app);
  await page.reload();
  await app.waitForScreen();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('onshi-navi-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(cached).toContain('/');
  expect(cached.some((p) => p.endsWith('.wasm'))).toBe(true);
  expect(cached).toContain('/manifest.webmanifest');
});

test('offline: every screen renders by navigation and by reloading its deep link', async ({ page, context }, info) => {
  const app = new App(page, info);
  await openControlled(page, app);
  await context.setOffline(true);
  await expect(page.getByRole('status', { name: '接続の状態' })).toHaveText('オフライン');
  // By navigation inside the app.
  await app.goTo('手順');
  await expect(app.heading()).toHaveText('手順');
  await page.getByRole('region', { name: '2. 導入・運用準備' }).getByRole('link', { name: 'STEP03 導入', exact: true }).click();
  await expect(app.heading()).toHaveText('STEP03 導入');
  // By loading each deep link.
  for (const [path, title] of SCREENS) {
    await page.goto(path);
    await expect(app.heading(), path).toHaveText(title);
  }
  await app.screenshot('offline');
});

test('an item ticked offline is still ticked after an offline reload and back online', async ({ page, context }, info) => {
  const app = new App(page, info);
  await openControlled(page, app, '/steps/4');
  await context.setOffline(true);
  await app.checkbox('業務等の変更点の確認').check();
  await expect(app.status()).toHaveText('保存しました');
  await page.reload();
  await app.waitForScreen();
  await expect(app.checkbox('業務等の変更点の確認')).toBeChecked();
  await context.setOffline(false);
  await page.reload();
  await app.waitForScreen();
  await expect(app.checkbox('業務等の変更点の確認')).toBeChecked();
  await expect(page.getByText('オフライン', { exact: true })).toHaveCount(0);
});

test('offline, the portal link says it needs a connection', async ({ page, context }, info) => {
  const app = new App(page, info);
  await openControlled(page, app, '/vendors');
  await context.setOffline(true);
  await expect(page.getByText('いまはオフラインのため開けません。インターネットにつながってからお試しください。')).toBeVisible();
});

test('an update: the app offers 更新, loads the new build, and no old file fails meanwhile', async ({ browser }, info) => {
  test.setTimeout(60_000);
  const dir = `/tmp/onshi-navi-update-${info.project.name}`;
  const { a, b } = await makeBuilds(dir);
  const site = `${dir}/site`;
  await publish(a, site);
  const port = info.project.name === 'phone' ? 8093 : 8094;
  const server = await serve(site, port);
  const context = await browser.newContext({ viewport: info.project.use.viewport, locale: 'ja-JP' });
  const page = await context.newPage();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  try {
    const app = new App(page, info);
    await openControlled(page, app, `http://127.0.0.1:${port}/steps/1`);
    await app.checkbox('現在の利用状況の確認').check();
    expect(await page.evaluate(() => document.querySelector('meta[name=build]'))).toBeNull();

    await publish(b, site);
    // The app checks for a new version when it is shown again; a reload does it too.
    await page.reload();
    await app.waitForScreen();
    const banner = page.getByRole('status', { name: '更新のお知らせ' });
    await expect(banner).toContainText('新しいバージョンがあります', { timeout: 15_000 });
    // Meanwhile the open page still works entirely from build A's cache.
    await app.goTo('ホーム');
    await app.open(`http://127.0.0.1:${port}/steps/2`);
    await expect(banner).toContainText('新しいバージョンがあります');
    await app.screenshot('update-offered');

    await banner.getByRole('button', { name: '更新' }).click();
    // The page reloads once; evaluating during the reload throws, so poll past it.
    const build = () => page.evaluate(() => document.querySelector('meta[name=build]')?.content).catch(() => 'reloading');
    await expect.poll(build, { timeout: 15_000 }).toBe('B');
    await app.waitForScreen();
    await expect(banner).toBeEmpty();
    await app.open(`http://127.0.0.1:${port}/steps/1`);
    await expect(app.checkbox('現在の利用状況の確認')).toBeChecked();
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toEqual(['onshi-navi-b-build-version']);
    expect(failed).toEqual([]);
  } finally {
    await context.close();
    await stop(server);
  }
});

test('Chromium finds the app installable, with the manifest fields', async ({ baseURL }, info) => {
  // Installability needs a real (not incognito) profile.
  const profile = await mkdtemp(join(tmpdir(), 'onshi-navi-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: info.project.use.launchOptions?.executablePath ?? '/usr/bin/chromium',
    args: info.project.use.launchOptions?.args ?? ['--no-sandbox'],
    viewport: info.project.use.viewport,
    locale: 'ja-JP',
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const app = new App(page, info);
    await openControlled(page, app, `${baseURL}/`);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data);
    expect(manifest).toMatchObject({
      name: 'オン資導入ナビ', short_name: 'オン資ナビ', lang: 'ja', start_url: '/', scope: '/', display: 'standalone',
      theme_color: '#0b5c8f', background_color: '#f6f7f9',
    });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      expect((await page.request.get(`${baseURL}${icon.src}`)).headers()['content-type']).toBe('image/png');
    }
    await expect(page.locator('link[rel=apple-touch-icon]')).toHaveAttribute('href', '/icons/apple-touch-icon-180.png');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('where the browser offers installation, ホーム画面に追加 opens its prompt', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/more');
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    event.prompt = () => { window.__installPrompted = true; };
    window.dispatchEvent(event);
  });
  await page.getByRole('button', { name: 'ホーム画面に追加' }).click();
  expect(await page.evaluate(() => window.__installPrompted)).toBe(true);
  await expect(page.getByRole('button', { name: 'ホーム画面に追加' })).toHaveCount(0);
});

test('on iOS Safari: the how-to, and the plain words about separate and cleared data', async ({ browser, baseURL }, info) => {
  const context = await browser.newContext({
    viewport: info.project.use.viewport, locale: 'ja-JP',
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });
  const page = await context.newPage();
  const app = new App(page, info);
  await app.open(`${baseURL}/more`);
  await expect(page.getByText('共有ボタン')).toBeVisible();
  await expect(page.getByText('「ホーム画面に追加」をタップ')).toBeVisible();
  await app.open(`${baseURL}/about`);
  await expect(page.getByText(/ホーム画面に追加したアプリと Safari は、それぞれ別にデータを保存します/)).toBeVisible();
  await expect(page.getByText(/7日間使わなかったサイトのデータが消されることがあります/)).toBeVisible();
  await context.close();
});

test('出典 says whether storage is persistent, and what that means', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await app.checkbox('現在の利用状況の確認').check();
  await app.open('/about');
  await expect(page.locator('.persistence')).toContainText(/永続ストレージ/);
  await expect(page.locator('.persistence')).toContainText(/書き出し|ときどき書き出して/);
});
