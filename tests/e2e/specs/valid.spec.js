// Valid by the standard's own checker: the rendered DOM of every screen (after the app has built
// it, with records filled so lists and tables are not empty) passes the Nu HTML Checker (npm
// vnu-jar, run with the machine's Java) with no errors. Every engine forgives different
// mistakes; the standard does not.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { PATHS as SCREENS } from '../support/screens.js';

const vnu = createRequire(import.meta.url)('vnu-jar');


test('every screen\'s rendered HTML passes the Nu HTML Checker', async ({ page }, info) => {
  test.setTimeout(180_000);
  const app = new App(page, info);
  await app.open('/steps/1');
  await app.checkbox('現在の利用状況の確認').check();
  await page.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await app.open('/steps/4');
  await page.getByRole('button', { name: '職員を追加' }).click();
  await app.open('/contacts');
  await page.getByLabel('名称（必須）').fill('テスト事業者');
  await page.getByRole('button', { name: '追加' }).click();
  const dir = await mkdtemp(join(tmpdir(), 'onshi-vnu-'));
  const files = [];
  for (const path of SCREENS) {
    await app.open(path);
    const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
    const file = join(dir, `${path === '/' ? 'home' : path.slice(1).replaceAll('/', '-')}.html`);
    await writeFile(file, html);
    files.push(file);
  }
  const run = promisify(execFile);
  let report;
  try {
    await run('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { maxBuffer: 16 * 1024 * 1024 });
    report = { messages: [] };
  } catch (e) {
    // vnu exits 1 when it finds errors; the JSON report is on stderr.
    report = JSON.parse(e.stderr);
  }
  await rm(dir, { recursive: true, force: true });
  const errors = report.messages.filter((m) => m.type === 'error')
    .map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message}`);
  expect(errors).toEqual([]);
});
