// 検索: a word typed as it comes — ひらがな for カタカナ, 全角 digits, a number with or without its
// dashes — finds what the app says and what the station typed, in one or two taps, offline; a
// result opens the exact place; back returns to the results; the query is never saved.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { afterSave } from '../support/devices.js';

/** Types a query as the user does at this size: in the top bar's field on a tablet, on the
 *  search screen (one tap away) on a phone. Gives the results' container. */
async function searchFor(page, app, info, text) {
  if (info.project.name === 'phone') {
    if (!/\/search$/.test(page.url())) {
      await page.getByRole('search', { name: 'アプリ内の検索' }).getByRole('link', { name: '検索' }).click();
      await app.waitForScreen();
    }
    await page.getByRole('search', { name: 'アプリ内の検索（この画面）' }).getByLabel('アプリ内を検索').fill(text);
  } else {
    await page.getByRole('search', { name: 'アプリ内の検索' }).getByRole('searchbox', { name: 'アプリ内を検索' }).fill(text);
  }
  await expect(app.heading()).toHaveText('検索');
  return page.locator('.search-output');
}

/** The results of one group (手順, 訪問, …). */
const group = (page, label) => page.getByRole('region', { name: new RegExp(`^${label}（\\d+件）$`) });

test('「ろっく」 finds the PIN situation and opens it; back returns to the results, the query kept', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  await searchFor(page, app, info, 'ろっく');
  const visit = group(page, '訪問');
  const pin = visit.getByRole('link', { name: /暗証番号を忘れた・ロックされた/ });
  await expect(pin).toBeVisible();
  await expect(pin.locator('mark').first()).toHaveText('ロック');
  await app.screenshot('search-results');
  await pin.click();
  await app.waitForScreen();
  await expect(page).toHaveURL(/\/visit#pin$/);
  const situation = page.locator('#pin');
  await expect(situation).toHaveAttribute('open', '');
  await expect(situation).toBeFocused();
  await expect(situation).toBeInViewport();
  // Back: the results, with what was typed.
  await page.goBack();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('検索');
  await expect(page.getByRole('searchbox', { name: 'アプリ内を検索' }).filter({ visible: true })).toHaveValue('ろっく');
  await expect(group(page, '訪問').getByRole('link', { name: /暗証番号を忘れた/ })).toBeVisible();
});

test('typed forms: 「まいなんばー」, 「０１２０－９５」, 「証明書 更新」 each find what they should', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  await searchFor(page, app, info, 'まいなんばー');
  await expect(group(page, '連絡先').getByRole('link', { name: /マイナンバー総合フリーダイヤル/ }).first()).toBeVisible();
  await searchFor(page, app, info, '０１２０－９５');
  const line = group(page, '連絡先').getByRole('link', { name: /マイナンバー総合フリーダイヤル/ }).first();
  await expect(line.locator('mark').first()).toHaveText('0120-95');
  await searchFor(page, app, info, '０１２０');
  await expect(group(page, '連絡先').getByRole('link', { name: /オンライン請求 医療機関向けヘルプデスク/ })).toBeVisible();
  await searchFor(page, app, info, '証明書　更新');
  const later = group(page, 'その後の動き').getByRole('link', { name: /電子証明書/ }).first();
  await expect(later).toBeVisible();
  await later.click();
  await app.waitForScreen();
  await expect(page).toHaveURL(/\/later#fact-/);
  await expect(page.locator(':focus')).toContainText('更新');
  // Nothing found says so, and offers the screens.
  await searchFor(page, app, info, 'ぴよぴよ');
  await expect(page.getByRole('status').filter({ hasText: '一致するものは見つかりませんでした' })).toBeVisible();
  await expect(page.locator('.search-none').getByRole('link', { name: '訪問時の資格確認' })).toBeVisible();
});

test('a contact the station added is found by its memo, offline; the query is never saved', async ({ page, context }, info) => {
  const app = new App(page, info);
  await app.open('/contacts');
  const add = page.getByRole('region', { name: '連絡先を追加' });
  await add.getByLabel('名称（必須）').fill('近くの薬局');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(app.status()).toHaveText('「近くの薬局」を追加しました。');
  await page.getByRole('group', { name: '連絡先 1', exact: true }).getByLabel('メモ（担当者・受付時間など）').fill('夜間の担当は佐藤さん');
  await expect(app.status()).toHaveText('保存しました');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await searchFor(page, app, info, '佐藤');
  const contact = group(page, '連絡先').getByRole('link', { name: /近くの薬局/ });
  await expect(contact.locator('mark')).toHaveText('佐藤');
  await contact.click();
  await app.waitForScreen();
  await expect(page).toHaveURL(/\/contacts#contact-/);
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('id', /^contact-/);
  await expect(focused.getByLabel('名称', { exact: true })).toHaveValue('近くの薬局');
  // Not in storage, not in the address: read once the save that would have written it has run.
  await searchFor(page, app, info, '患者の山田');
  await expect(page).toHaveURL(/\/search$/);
  await afterSave(page);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('患者の山田');
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain('患者の山田');
  await context.setOffline(false);
});

test('keyboard only: 「/」 starts a search, results are reached by Tab and opened with Enter', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/later');
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'アプリ内を検索' }).filter({ visible: true });
  await expect(field).toBeFocused();
  await page.keyboard.type('ロック');
  await expect(group(page, '訪問').getByRole('link', { name: /暗証番号を忘れた/ })).toBeVisible();
  // 「/」 typed in a field is a character, not a shortcut.
  await page.keyboard.type('/');
  await expect(field).toHaveValue('ロック/');
  await page.keyboard.press('Backspace');
  const first = page.locator('.search-results a').first();
  for (let i = 0; i < 40 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await app.waitForScreen();
  await expect(page).toHaveURL(/#/);
});

test('the search screen passes axe with results, and reads at 200% text without sideways scrolling', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  await searchFor(page, app, info, 'カード');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  await app.screenshot('search-200');
});

test('a 導入済み station sees its steps without a status: on 手順, and in a tablet\'s side navigation', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps');
  const steps = page.locator('main');
  await expect(steps).toContainText('未着手');
  const side = page.getByRole('navigation', { name: 'メニューと手順' });
  if (info.project.name === 'tablet') await expect(side).toContainText('未着手');
  await app.open('/');
  await page.getByRole('button', { name: '導入済みにする' }).click();
  await expect(app.heading()).toHaveText('訪問のときに');
  if (info.project.name === 'tablet') {
    await expect(side).not.toContainText('未着手');
    await expect(side.getByRole('link', { name: /STEP01/ })).toBeVisible();
  }
  await app.goTo('手順');
  await expect(steps.getByRole('link', { name: /STEP01/ })).toBeVisible();
  await expect(steps).not.toContainText('未着手');
});
