// 訪問: the eligibility check at the patient's door (居宅同意取得型), told to the station as it
// checks at home; its preparation; the printed card; offline.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { checklistTotal, progressText, situationTitles, visitCheckedOn } from '../support/content.js';

/** The statements of content/visit.ja.toml by id (text, kind, for, photo_check). */
async function statements() {
  const text = await readFile(new URL('../../../content/visit.ja.toml', import.meta.url), 'utf8');
  const byId = {};
  for (const block of text.split(/^\[\[/m).slice(1)) {
    const id = block.match(/^id = "(.*)"$/m)?.[1];
    const body = block.match(/^text = "(.*)"$/m)?.[1];
    if (!id || !body) continue;
    byId[id] = { text: body, photo: /^photo_check = true$/m.test(block), for: block.match(/^for = (\[.*\])$/m)?.[1] };
  }
  return byId;
}

/** Chooses how the station checks at home, on 訪問の準備. */
async function chooseTool(page, app, label) {
  await app.open('/visit/setup');
  await page.getByRole('group', { name: '訪問での確認に使うもの' }).getByRole('radio', { name: label, exact: true }).check();
  await app.open('/visit');
}

test('訪問 is one tap from a cold start, and every situation opens to what to do, with sources', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  await app.goTo('訪問');
  await expect(app.heading()).toHaveText('訪問時の資格確認');
  await expect(page).toHaveURL(/\/visit$/);
  await expect(page.getByText('このアプリは、利用者の名前・カードの番号・確認の結果を保存しません。')).toBeVisible();
  const list = page.getByRole('region', { name: 'うまくいかないとき' });
  // Every situation the content file lists.
  const situations = await situationTitles();
  expect(situations.length, 'the content file has situations').toBeGreaterThan(0);
  for (const title of situations) {
    const situation = list.getByRole('group').filter({ has: page.getByText(title, { exact: true }) });
    await list.getByText(title, { exact: true }).click();
    await expect(situation.getByRole('listitem').first()).toBeVisible();
    await expect(situation).toContainText(/公式|参考|未確認/);
    await expect(situation.getByText(/^出典：/).first()).toBeVisible();
    await expect(situation.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  }
  // Where nothing official was found, it says so.
  await expect(list.getByRole('group').filter({ hasText: 'スマートフォンのマイナ保険証を出された' })).toContainText('公式の情報は見つかっていません');
  await expect(page.getByRole('region', { name: '2回目以降の訪問（再照会）' })).toContainText('再照会');
  await app.screenshot('visit');
});

test('a station with the Web only is never offered 目視確認; with the app, a locked PIN offers it', async ({ page }, info) => {
  const app = new App(page, info);
  const all = await statements();
  const appOnly = Object.values(all).filter((s) => s.photo);
  // The point needs at least one statement only the app's way of checking allows.
  expect(appOnly.length).toBeGreaterThan(0);

  await chooseTool(page, app, 'マイナ在宅受付Web');
  await expect(page.getByText('この事業所の確認の方法：マイナ在宅受付Web')).toBeVisible();
  await expect(page.getByText('目視確認（カードの顔写真で本人を確かめる方法）を使うには、マイナ資格確認アプリ（居宅同意取得型）が必要です。')).toBeVisible();
  for (const title of await situationTitles()) await page.getByText(title, { exact: true }).click();
  const main = page.locator('main');
  for (const statement of appOnly) await expect(main).not.toContainText(statement.text);
  const pin = page.getByRole('group').filter({ hasText: '暗証番号を忘れた・ロックされた' });
  await expect(pin).toContainText('目視確認はできません');
  await expect(page.getByRole('region', { name: '初回の訪問' })).toContainText('マイナ在宅受付Webでは目視確認はできません');
  await app.screenshot('visit-web');

  await chooseTool(page, app, 'マイナ資格確認アプリ（居宅同意取得型）');
  await page.getByText('暗証番号を忘れた・ロックされた', { exact: true }).click();
  await expect(page.getByRole('group').filter({ hasText: '暗証番号を忘れた・ロックされた' }))
    .toContainText('目視確認（カードの顔写真と本人を見比べる）を選べば、暗証番号なしで確認できます。');
  await expect(page.getByRole('region', { name: '初回の訪問' })).toContainText('看護師が目視確認');
  // A link to a situation opens it.
  await app.open('/visit#face-card');
  // The situation itself (its own words folded inside it are a group too).
  await expect(page.getByRole('group').filter({ has: page.getByText('顔認証マイナンバーカード（暗証番号がないカード）', { exact: true }) })).toContainText('マイナ資格確認アプリの目視確認');
});

test('訪問の準備: the tool, devices and the app\'s own checklist are kept, apart from the guide\'s progress', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/visit/setup');
  await page.getByRole('group', { name: '訪問での確認に使うもの' }).getByRole('radio', { name: '両方' }).check();
  await page.getByRole('group', { name: '資格確認端末の「訪問診療等機能」' }).getByRole('radio', { name: '設定した' }).check();
  await page.getByRole('button', { name: '端末を追加' }).click();
  const device = page.getByRole('group', { name: '端末 1' });
  await expect(device.getByLabel('端末の名前（例：訪問用タブレット1）')).toBeFocused();
  await device.getByLabel('端末の名前（例：訪問用タブレット1）').fill('訪問用タブレット1');
  await device.getByLabel('登録した日').fill('2024-10-15');
  const checklist = page.getByRole('region', { name: '準備のチェックリスト' });
  // It names the guide's own count of items, whatever that is.
  await expect(checklist).toContainText(`厚生労働省のガイドの${await checklistTotal()}項目とは別`);
  await checklist.getByRole('checkbox', { name: 'マイナ資格確認アプリの端末を登録する' }).check();
  await expect(checklist.getByRole('listitem').filter({ hasText: 'マイナ資格確認アプリの端末を登録する' })).toContainText('完了：');
  await app.screenshot('visit-setup');
  await page.reload();
  await app.waitForScreen();
  await expect(page.getByRole('group', { name: '訪問での確認に使うもの' }).getByRole('radio', { name: '両方' })).toBeChecked();
  await expect(page.getByRole('group', { name: '端末 1' }).getByLabel('端末の名前（例：訪問用タブレット1）')).toHaveValue('訪問用タブレット1');
  await expect(checklist.getByRole('checkbox', { name: 'マイナ資格確認アプリの端末を登録する' })).toBeChecked();
  // The guide's progress does not count the app's items.
  await app.open('/');
  await expect(page.getByText(progressText(0, await checklistTotal()))).toBeVisible();
  // A Web-only station registers no app devices and has no such item.
  await chooseTool(page, app, 'マイナ在宅受付Web');
  await app.open('/visit/setup');
  await expect(page.getByRole('region', { name: 'アプリを登録した端末' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'マイナ資格確認アプリの端末を登録する' })).toHaveCount(0);
});

test('offline: 訪問 works after one visit, reloaded on its own address', async ({ page, context }, info) => {
  const app = new App(page, info);
  await app.open('/visit');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto('/visit#pin');
  await expect(app.heading()).toHaveText('訪問時の資格確認');
  await expect(page.getByRole('group').filter({ hasText: '暗証番号を忘れた・ロックされた' })).toContainText('3回続けて間違えるとロックされます');
  await context.setOffline(false);
});

test('the printed card is one A4 page with the station, its tool, the sources and the date', async ({ page, browserName }, info) => {
  const app = new App(page, info);
  await chooseTool(page, app, 'マイナ資格確認アプリ（居宅同意取得型）');
  await app.open('/stations');
  await page.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await app.open('/visit/card');
  const card = page.locator('main');
  await expect(card).toContainText('さくら訪問看護ステーション');
  await expect(card).toContainText('確認の方法：マイナ資格確認アプリ（居宅同意取得型）');
  await expect(card).toContainText(`出典（${(await visitCheckedOn()).text}時点で確認）：`);
  await expect(card).toContainText('京都医報（2025年3月）');
  await expect(card).toContainText('（未確認）');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
  await app.screenshot('visit-card-print');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'the card prints on one page').toBe(1);
});

test('the door tells no more than its sources: a Web-only station without a PIN, an expired certificate, later visits', async ({ page }, info) => {
  const app = new App(page, info);
  await chooseTool(page, app, 'マイナ在宅受付Web');
  const situation = (title) => page.getByRole('group').filter({ has: page.getByText(title, { exact: true }) });
  for (const title of ['暗証番号を忘れた・ロックされた', '顔認証マイナンバーカード（暗証番号がないカード）']) {
    await page.getByText(title, { exact: true }).click();
    const told = situation(title);
    // No official route beyond a 資格確認書: said plainly, tagged 未確認.
    const none = told.getByRole('listitem').filter({ hasText: '資格確認書もないときにどう確認するかは、公式の情報が見つかっていません' });
    await expect(none.locator('.fact-kind')).toHaveText('未確認');
    await expect(none).toContainText('カードが読み取れないときのもの');
    // What the rules do allow, tagged 公式, with the rule as a link.
    await expect(told.getByRole('listitem').filter({ hasText: '緊急やむを得ない事由' }).locator('.fact-kind')).toHaveText('公式');
    await expect(told.getByRole('listitem').filter({ hasText: '再照会できます' }).first()).toBeVisible();
    await expect(told.getByRole('link', { name: /運営基準 第8条/ })).toHaveAttribute('href', /iuris\.jp/);
  }
  const pin = situation('暗証番号を忘れた・ロックされた');
  await expect(pin).toContainText('カードの発行を受けた市区町村の窓口でできます');
  await expect(pin).not.toContainText('いつでも');

  await page.getByText('カードの電子証明書の有効期限が切れている', { exact: true }).click();
  const expired = situation('カードの電子証明書の有効期限が切れている');
  // What happens at home comes first, and is not promised.
  const first = expired.getByRole('listitem').first();
  await expect(first.locator('.fact-kind')).toHaveText('未確認');
  await expect(first).toContainText('公式の情報は見つかっていません');
  // The three months are told as the counter's rule, with its sources.
  const counter = expired.getByRole('listitem').filter({ hasText: '3か月後の月末まで' });
  await expect(counter).toContainText('医療機関等の窓口で受診するときについては');
  await expect(counter).toContainText('利用者宅での扱いとして示されたものではありません');
  await expect(expired.getByRole('link', { name: /いわき市/ })).toHaveAttribute('href', /city\.iwaki\.lg\.jp/);
  await expect(expired.getByRole('link', { name: /協会けんぽ/ })).toHaveAttribute('href', /kyoukaikenpo\.or\.jp/);

  const later = page.getByRole('region', { name: '2回目以降の訪問（再照会）' });
  await expect(later).toContainText('カードを読み取らずに');
  await expect(later).not.toContainText('読み取りません');
  await app.screenshot('visit-web-corrections');

  // The printed card says the same.
  await app.open('/visit/card');
  const card = page.locator('main');
  await expect(card).toContainText('資格確認書もないときにどう確認するかは、公式の情報が見つかっていません');
  await expect(card).toContainText('利用者宅での扱いとして示されたものではありません');
  await expect(card).toContainText('いわき市 電子証明書の期限切れ');
  await expect(card).not.toContainText('いつでも');
  await app.screenshot('visit-card-web');
});
