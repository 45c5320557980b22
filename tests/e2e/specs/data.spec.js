// Data you can trust: damaged store, newer data, write failures, two tabs, backup and restore,
// bad files, delete all.
import { readFile } from 'node:fs/promises';
import { test, expect, guard } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { checklistTotal } from '../support/content.js';

const KEY = 'onshi-navi';
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Sets the saved document's text before the app starts, then opens `path`. */
async function openWithStored(page, app, text, path = '/') {
  await page.goto('/about');
  await page.evaluate(([k, t]) => { localStorage.clear(); localStorage.setItem(k, t); }, [KEY, text]);
  await app.open(path);
}

test('a damaged store: the app starts, says so, keeps the text, and offers it as a download', async ({ page }, info) => {
  const app = new App(page, info);
  await openWithStored(page, app, '{"app":"onshi-navi","schema":1,"stations":[ broken');
  const banner = page.getByRole('alert').filter({ hasText: '保存されていたデータを読み取れませんでした' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('消さずに別に保管しています');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('onshi-navi.unreadable.')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"app":"onshi-navi","schema":1,"stations":[ broken']);
  await app.screenshot('damaged-store');

  await banner.getByRole('link', { name: 'データの管理を開く' }).click();
  await app.waitForScreen();
  const section = page.getByRole('region', { name: '読み取れなかったデータ' });
  // Each copy says when it was found (the time in its key) and how long it is.
  await expect(section.getByRole('listitem')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}に見つけたデータ（50 文字） ダウンロード$/);
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'ダウンロード' }).click()]);
  expect(await readFile(await download.path(), 'utf8')).toBe('{"app":"onshi-navi","schema":1,"stations":[ broken');

  // Working on is safe: the unreadable text stays kept aside.
  await app.open('/steps/1');
  await app.checkbox('現在の利用状況の確認').check();
  await expect(app.status()).toHaveText('保存しました');
  const after = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('onshi-navi.unreadable.')).length);
  expect(after).toBe(1);
  expect(JSON.parse(await stored(page)).stations[0].items['s1.current-usage'].done_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('data from a newer app is never overwritten: the app says to update', async ({ page }, info) => {
  const app = new App(page, info);
  const newer = JSON.stringify({ app: 'onshi-navi', schema: 99, current: 'x', stations: [{ id: 'x', future: true }] });
  await openWithStored(page, app, newer, '/steps/1');
  await expect(page.getByRole('alert')).toContainText('新しいバージョンのアプリのデータがあります');
  await expect(page.getByRole('alert')).toContainText('アプリを更新');
  await app.checkbox('現在の利用状況の確認').check();
  await expect(app.status()).toContainText('アプリを更新するまで保存しません');
  expect(await stored(page)).toBe(newer);
});

test('a write failure: a clear message, the change stays on screen, the next change retries', async ({ page }, info) => {
  const app = new App(page, info);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await app.open('/steps/2');
  await page.evaluate(() => { window.__failWrites = true; });
  await app.checkbox('見積内容の確認').check();
  await expect(app.status()).toContainText('端末の保存領域がいっぱいのため保存できませんでした');
  await expect(app.checkbox('見積内容の確認')).toBeChecked();
  await expect(app.item('見積内容の確認')).toContainText('完了：');
  expect(await stored(page)).toBeNull();
  await app.screenshot('write-failure');

  await page.evaluate(() => { window.__failWrites = false; });
  await app.checkbox('発注（契約）').check();
  await expect(app.status()).toHaveText('保存しました');
  await page.reload();
  await app.waitForScreen();
  await expect(app.checkbox('見積内容の確認')).toBeChecked();
  await expect(app.checkbox('発注（契約）')).toBeChecked();
});

test('two tabs: a tick in one shows in the other, and edits in both survive', async ({ page, context, baseURL }, info) => {
  const a = new App(page, info);
  const other = await context.newPage();
  const watch = guard(other, baseURL);
  const b = new App(other, info);
  await a.open('/steps/3');
  await b.open('/steps/3');

  await a.checkbox('アカウント登録').check();
  await expect(b.checkbox('アカウント登録')).toBeChecked({ timeout: 1000 });
  await expect(b.item('アカウント登録')).toContainText('完了：', { timeout: 1000 });

  // Different items, at the same moment, in the two tabs.
  await Promise.all([a.checkbox('オンライン資格確認利用申請').check(), b.checkbox('オンライン請求利用申請・開始届').check()]);
  await expect(a.checkbox('オンライン請求利用申請・開始届')).toBeChecked({ timeout: 1000 });
  await expect(b.checkbox('オンライン資格確認利用申請')).toBeChecked({ timeout: 1000 });
  for (const p of [page, other]) {
    await p.reload();
    const app = new App(p, info);
    await app.waitForScreen();
    for (const name of ['アカウント登録', 'オンライン資格確認利用申請', 'オンライン請求利用申請・開始届']) {
      await expect(app.checkbox(name)).toBeChecked();
    }
  }
  watch.check();
  await other.close();
});

test('two tabs: an amount saved in one shows in the other, but never over text refused there', async ({ page, context }, info) => {
  const a = new App(page, info);
  const other = await context.newPage();
  const b = new App(other, info);
  await a.open('/steps/1');
  await b.open('/steps/1');
  const amountIn = (p) => p.getByRole('group', { name: 'オンライン資格確認/オンライン請求用端末' }).getByLabel('金額（円・税込）');

  await amountIn(page).fill('300000');
  await amountIn(page).blur();
  await expect(amountIn(other)).toHaveValue('300,000', { timeout: 1000 });

  // In the other tab, a refused text waits to be fixed: a later amount from the first tab is
  // saved but does not replace it.
  await amountIn(other).fill('30万');
  await expect(amountIn(other)).toHaveAttribute('aria-invalid', 'true');
  await amountIn(other).blur();
  // The other tab hears of the first tab's save by a storage event. The app listens from its
  // start, so it has taken the event in before this later listener; after the frames and the
  // task that follow, it has also shown whatever it took from it.
  await other.evaluate(() => {
    window.__tookIn = new Promise((done) => addEventListener('storage', function heard(e) {
      if (e.key !== 'onshi-navi' || JSON.parse(e.newValue).stations[0].records.quotes['q.terminal']?.amount !== 310000) return;
      removeEventListener('storage', heard);
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));
    }));
  });
  await amountIn(page).fill('310000');
  await amountIn(page).blur();
  await other.evaluate(() => window.__tookIn);
  expect(await other.evaluate(() => JSON.parse(localStorage.getItem('onshi-navi')).stations[0].records.quotes['q.terminal'].amount)).toBe(310000);
  await expect(amountIn(other)).toHaveValue('30万');
  // Fixed there, it is saved from there.
  await amountIn(other).fill('320000');
  await expect(amountIn(page)).toHaveValue('320,000', { timeout: 1000 });
  await other.close();
});

test('export, then import into a fresh profile, restores everything', async ({ page, browser, baseURL }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await app.checkbox('現在の利用状況の確認').check();
  await app.item('現在の利用状況の確認').getByLabel('完了日を変更').fill('2024-01-15');
  await app.open('/steps/5');
  await app.checkbox('補助金申請').check();
  await app.open('/data');
  await expect(page.getByText('まだ書き出していません。')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '書き出す', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^onshi-navi-\d{8}\.json$/);
  const file = await download.path();
  const text = await readFile(file, 'utf8');
  const json = JSON.parse(text);
  expect(json.app).toBe('onshi-navi');
  // The format this build writes (model/document.rs).
  const source = await readFile(new URL('../../../src/model/document.rs', import.meta.url), 'utf8');
  expect(json.schema).toBe(Number(source.match(/pub const SCHEMA_VERSION: u32 = (\d+);/)[1]));
  expect(json.exported_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  expect(json.stations).toHaveLength(1);
  await expect(page.getByText(/最後に書き出した日時：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)).toBeVisible();
  await app.screenshot('data');

  const fresh = await browser.newContext({ viewport: page.viewportSize(), locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const other = await fresh.newPage();
  const watch = guard(other, baseURL);
  const restored = new App(other, info);
  await restored.open(`${baseURL}/data`);
  await other.getByLabel('バックアップファイル（.json）').setInputFiles(file);
  const preview = other.getByRole('region', { name: '読み込む内容の確認' });
  const total = await checklistTotal();
  await expect(preview).toContainText(`名称未設定の事業所（チェック 2/${total}`);
  await expect(preview).toContainText(`（チェック 0/${total}`);
  await restored.screenshot('import-preview');
  await preview.getByRole('button', { name: '読み込んで置き換える' }).click();
  await expect(restored.status()).toHaveText('バックアップを読み込みました。');
  await restored.open(`${baseURL}/steps/1`);
  await expect(restored.item('現在の利用状況の確認')).toContainText('完了：2024年1月15日（令和6年）');
  await restored.open(`${baseURL}/steps/5`);
  await expect(restored.checkbox('補助金申請')).toBeChecked();
  watch.check();
  await fresh.close();
});

test('each bad file gets a clear message and changes nothing', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await app.checkbox('現在の利用状況の確認').check();
  await app.open('/data');
  const before = await stored(page);
  const valid = JSON.parse(before);
  const deep = `{"app":"onshi-navi","schema":1,"x":${'['.repeat(3000)}${']'.repeat(3000)}}`;
  const cases = [
    ['not-json.json', 'これはJSONではありません', 'JSON）として読み取れません'],
    ['other-app.json', JSON.stringify({ name: 'other', todos: [] }), 'オン資導入ナビのデータではありません'],
    ['newer.json', JSON.stringify({ ...valid, schema: 42 }), '新しいバージョンのアプリで作られたデータです'],
    ['wrong-types.json', JSON.stringify({ ...valid, stations: [{ id: 'a', name: 12 }] }), '項目の型が違います'],
    ['deep.json', deep, '入れ子が深すぎて'],
    ['huge.json', `{"app":"onshi-navi","pad":"${'x'.repeat(6 * 1024 * 1024)}"}`, 'データが大きすぎます'],
  ];
  for (const [name, content, message] of cases) {
    await page.getByLabel('バックアップファイル（.json）').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = page.getByRole('alert');
    await expect(alert, name).toContainText(message);
    await expect(alert, name).toContainText('いまのデータは変わっていません。');
    await expect(page.getByRole('region', { name: '読み込む内容の確認' })).toHaveCount(0);
    expect(await stored(page), name).toBe(before);
    if (name === 'newer.json') await app.screenshot('import-error');
  }
});

test('すべて削除 asks first, names what will be lost, and suggests a backup', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/2');
  await app.checkbox('見積内容の確認').check();
  await app.open('/data');
  await page.getByRole('button', { name: 'すべて削除…' }).click();
  const dialog = page.getByRole('dialog', { name: 'すべてのデータを削除しますか？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`名称未設定の事業所（チェック 1/${await checklistTotal()}`);
  await expect(dialog.getByRole('button', { name: '先に書き出す' })).toBeVisible();
  await app.screenshot('delete-all-dialog');
  await dialog.getByRole('button', { name: 'やめる' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'すべて削除…' })).toBeFocused();
  expect(JSON.parse(await stored(page)).stations[0].items['s2.review-quotes']).toBeTruthy();

  await page.getByRole('button', { name: 'すべて削除…' }).click();
  await dialog.getByRole('button', { name: 'すべて削除する' }).click();
  await expect(app.status()).toHaveText('すべてのデータを削除しました。');
  await app.open('/steps/2');
  await expect(app.checkbox('見積内容の確認')).not.toBeChecked();
});

test('a change is saved after the next paint, and kept when the page is closed right after it', async ({ page, context }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await app.checkbox('現在の利用状況の確認').check();
  await page.getByLabel('担当者').fill('閉じる直前の入力');
  // Closed at once, before the save that waits for the next paint could run on its own.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  const reopened = new App(again, info);
  await reopened.open('/steps/1');
  await expect(reopened.checkbox('現在の利用状況の確認')).toBeChecked();
  await expect(again.getByLabel('担当者')).toHaveValue('閉じる直前の入力');
  const saved = JSON.parse(await stored(again));
  expect(saved.stations[0].records.contact.person).toBe('閉じる直前の入力');
  // The clock has the change stamped, so another tab's older copy cannot undo it.
  expect(Object.keys(saved.clock).some((path) => path.endsWith('/records/contact/person'))).toBe(true);
});

test('a change is saved when the page is hidden (a phone switching apps)', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await expect(page.getByLabel('担当者')).toBeEditable();
  // Typed and hidden in one task: no frame is painted in between, so the save that waits for the
  // next paint cannot have run, and only the hidden page's own save can have written the change.
  const saved = await page.evaluate((key) => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === '担当者');
    label.control.value = '切り替え前';
    label.control.dispatchEvent(new Event('input', { bubbles: true }));
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    // As browsers fire it: at the document, bubbling up to the window.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    return localStorage.getItem(key);
  }, KEY);
  expect(saved, 'written when the page was hidden').not.toBeNull();
  expect(JSON.parse(saved).stations[0].records.contact.person).toBe('切り替え前');
});

/** A document with one change made `days` before `now` and no backup yet. */
function changedDaysAgo(now, days) {
  return JSON.stringify({
    app: 'onshi-navi', schema: 5, current: 'st-1',
    stations: [{ id: 'st-1', name: 'さくら', items: {}, records: {} }],
    clock: { '/stations/#st-1/name': now - days * 86_400_000 },
  });
}

test('changes seven days without a backup file bring a calm reminder; あとで puts it off, a backup ends it', async ({ page }, info) => {
  const app = new App(page, info);
  const now = new Date('2026-11-29T10:00:00+09:00').getTime();
  await page.clock.setFixedTime(now);
  await openWithStored(page, app, changedDaysAgo(now, 6), '/');
  await expect(page.getByRole('region', { name: 'バックアップをおすすめします' })).toHaveCount(0);
  await expect(page.getByText('最後のバックアップ：まだありません')).toBeVisible();

  await openWithStored(page, app, changedDaysAgo(now, 8), '/');
  const reminder = page.getByRole('region', { name: 'バックアップをおすすめします' });
  await expect(reminder).toContainText('ファイルに書き出していない変更が、7日以上そのままです。');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await app.screenshot('backup-reminder');
  await reminder.getByRole('button', { name: 'あとで（7日後にまたお知らせ）' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await app.waitForScreen();
  await expect(page.getByRole('region', { name: 'バックアップをおすすめします' })).toHaveCount(0);
  expect(JSON.parse(await stored(page)).backup_reminder_dismissed).toBe(now);

  // Seven days later it comes back; writing the backup from it ends it.
  await page.clock.setFixedTime(now + 7 * 86_400_000);
  await page.reload();
  await app.waitForScreen();
  const again = page.getByRole('region', { name: 'バックアップをおすすめします' });
  const [download] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: 'バックアップを書き出す' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^onshi-navi-\d{8}\.json$/);
  await expect(again).toHaveCount(0);
  await expect(page.getByText('最後のバックアップ：今日')).toBeVisible();
  await app.open('/data');
  await expect(page.getByText('最後のバックアップ：今日')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'なぜ書き出すのか（Safari の7日ルール）' })).toBeVisible();
});

const IPAD = 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

test('in Safari on an iPad with data saved, ホーム画面に追加 says first how to move the data', async ({ browser, baseURL }, info) => {
  const context = await browser.newContext({ userAgent: IPAD, viewport: info.project.use.viewport, locale: 'ja-JP' });
  const page = await context.newPage();
  const watch = guard(page, baseURL);
  const app = new App(page, info);
  await app.open(`${baseURL}/more`);
  const install = page.getByRole('region', { name: 'ホーム画面に追加' });
  await expect(install).not.toContainText('引き継がれません');
  await app.open(`${baseURL}/steps/1`);
  await app.checkbox('現在の利用状況の確認').check();
  await app.open(`${baseURL}/more`);
  await expect(install).toContainText('この Safari に保存したデータは、ホーム画面に追加したアプリには引き継がれません。');
  const text = await install.innerText();
  expect(text.indexOf('引き継がれません')).toBeLessThan(text.indexOf('共有ボタン'));
  watch.check();
  await context.close();
});

test('the installed app opened for the first time on an iPad offers the import one tap away', async ({ browser, baseURL }, info) => {
  const context = await browser.newContext({ userAgent: IPAD, viewport: info.project.use.viewport, locale: 'ja-JP' });
  await context.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
  const page = await context.newPage();
  const watch = guard(page, baseURL);
  const app = new App(page, info);
  await app.open(`${baseURL}/`);
  await page.getByRole('link', { name: 'Safari のデータを読み込む' }).click();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('データの管理');
  await expect(page.getByLabel('バックアップファイル（.json）')).toBeVisible();
  watch.check();
  await context.close();
});
