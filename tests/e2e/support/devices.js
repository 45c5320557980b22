// One station on many devices: each device a browser context of its own (its own storage), the
// app visited once so that it works offline; the codes they hand each other.
import { expect } from '@playwright/test';
import { guard } from './fixtures.js';
import { App } from './app.js';

/** What the app has saved on a device (the document's text, or null). */
export const stored = (page) => page.evaluate(() => localStorage.getItem('onshi-navi'));

/** Resolves once the app has had the chance to save: it saves after the next paint (two frames
 *  and a task from now), so a change it was given would be in localStorage by then. A test that
 *  checks something was *not* written waits for this first, never reads storage at once. */
export const afterSave = (page) => page.evaluate(() => new Promise((done) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));
}));

/** A device: a fresh profile of its own, the app visited once (so it works offline). `setUp`
 *  runs on the new page before anything else (a clock set, a document stored). */
export async function freshDevice(browser, baseURL, info, page, setUp = async () => {}) {
  const context = await browser.newContext({ viewport: page.viewportSize(), locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const other = await context.newPage();
  await setUp(other);
  const watch = guard(other, baseURL);
  const app = new App(other, info);
  await app.open(`${baseURL}/`);
  await other.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => other.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return { context, page: other, app, watch };
}

/** The 受け渡しコード a device's ほかの端末に渡す shows, once made (compressed by the platform). */
export async function codeOf(page, app) {
  await app.open('/handoff');
  const box = page.getByLabel('受け渡しコード', { exact: true });
  await expect(box).toHaveValue(/^ONSHI-HANDOFF-2\.z\./);
  return box.inputValue();
}

/** Pastes a code into ほかの端末から受け取る and reads it: gives the preview. */
export async function readCode(page, app, code) {
  await app.open('/receive');
  await page.getByLabel('受け渡しコード', { exact: true }).fill(code);
  await page.getByRole('button', { name: '読み込む' }).click();
  const preview = page.getByRole('region', { name: '受け取る内容の確認' });
  await expect(preview).toBeVisible();
  return preview;
}
