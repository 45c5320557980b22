// Every nurse, every day: a station set up on the manager's device, handed to a nurse's fresh
// device by 受け渡しコード or by file, offline; the nurse's ホーム then leads with the door. A
// station that introduced before it had the app says so on ホーム, and can take it back.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { afterSave, codeOf, freshDevice, stored } from '../support/devices.js';

/** The manager's device: a named station that checks with the Web, with a contact. */
async function setUp(page, app) {
  await app.open('/stations');
  await page.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await app.open('/visit/setup');
  await page.getByRole('group', { name: '訪問での確認に使うもの' }).getByRole('radio', { name: 'マイナ在宅受付Web', exact: true }).check();
  await app.open('/contacts');
  const add = page.getByRole('region', { name: '連絡先を追加' });
  await add.getByLabel('名称（必須）').fill('NTT東日本');
  await add.getByLabel('電話番号').fill('0120-116-116');
  await add.getByLabel('種類').selectOption({ label: '導入支援事業者' });
  await add.getByRole('button', { name: '追加' }).click();
  await expect(app.status()).toHaveText('「NTT東日本」を追加しました。');
  await app.open('/');
  await page.getByRole('button', { name: '導入済みにする' }).click();
  await expect(app.heading()).toHaveText('訪問のときに');
}

test('a station handed to a fresh device by code, offline: its ホーム leads with the door', async ({ page, browser, baseURL }, info) => {
  const app = new App(page, info);
  await setUp(page, app);
  await app.screenshot('home-daily');
  const code = await codeOf(page, app);
  await expect(page.getByRole('region', { name: '渡すもの・渡さないもの' })).toContainText('利用者の情報（このアプリは、利用者の情報を保存しません）');
  await app.screenshot('handoff');

  const nurse = await freshDevice(browser, baseURL, info, page);
  await nurse.context.setOffline(true);
  // A fresh device says where its set-up can come from.
  await nurse.page.getByRole('link', { name: 'ほかの端末から受け取る' }).click();
  await nurse.app.waitForScreen();
  await expect(nurse.app.heading()).toHaveText('ほかの端末から受け取る');
  await nurse.page.getByLabel('受け渡しコード', { exact: true }).fill(`これを貼ってください\n${code}\n`);
  await nurse.page.getByRole('button', { name: '読み込む' }).click();
  const preview = nurse.page.getByRole('region', { name: '受け取る内容の確認' });
  await expect(preview).toContainText('事業所「さくら訪問看護ステーション」を追加します（導入済み）');
  await expect(preview).toContainText('連絡先を追加：NTT東日本（導入支援事業者） 0120-116-116');
  await expect(preview).toContainText('訪問での確認の方法：マイナ在宅受付Web');
  await nurse.app.screenshot('receive-preview');
  await afterSave(nurse.page);
  expect(await stored(nurse.page), 'nothing is written before 受け取る').toBeNull();
  await preview.getByRole('button', { name: '受け取る' }).click();
  await expect(nurse.app.status()).toHaveText('「さくら訪問看護ステーション」の設定を受け取りました。');

  await nurse.page.getByRole('link', { name: 'ホームへ' }).click();
  await nurse.app.waitForScreen();
  await expect(nurse.app.heading()).toHaveText('訪問のときに');
  await expect(nurse.page.getByText('さくら訪問看護ステーション・導入済み')).toBeVisible();
  await expect(nurse.page.getByRole('region', { name: 'この事業所の確認の方法' })).toContainText('マイナ在宅受付Web');
  // Each situation at the door one tap away.
  await nurse.page.getByRole('region', { name: 'うまくいかないとき' }).getByRole('link', { name: /暗証番号を忘れた/ }).click();
  await nurse.app.waitForScreen();
  await expect(nurse.page).toHaveURL(/\/visit#pin$/);
  await expect(nurse.page.getByRole('group').filter({ hasText: '暗証番号を忘れた・ロックされた' })).toContainText('目視確認はできません');
  await expect(nurse.page.getByText('この事業所の確認の方法：マイナ在宅受付Web')).toBeVisible();
  await nurse.app.open(`${baseURL}/contacts`);
  await expect(nurse.page.getByRole('link', { name: '0120-116-116 に電話' })).toHaveAttribute('href', 'tel:0120116116');
  nurse.watch.check();
  await nurse.context.close();
});

test('by file: the nurse receives the file the manager saved, and her own contact survives a second hand-off', async ({ page, browser, baseURL }, info) => {
  const app = new App(page, info);
  await setUp(page, app);
  await app.open('/handoff');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '受け渡しのファイルを保存する' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^onshi-navi-handoff-\d{8}\.txt$/);
  const file = await download.path();
  expect(await readFile(file, 'utf8')).toMatch(/^オン資導入ナビ 受け渡しコード（さくら訪問看護ステーション）\nONSHI-HANDOFF-2\.z\./);

  const nurse = await freshDevice(browser, baseURL, info, page);
  await nurse.context.setOffline(true);
  await nurse.app.open(`${baseURL}/receive`);
  await nurse.page.getByLabel('受け渡しのファイル', { exact: true }).setInputFiles(file);
  await nurse.page.getByRole('region', { name: '受け取る内容の確認' }).getByRole('button', { name: '受け取る' }).click();
  await expect(nurse.app.status()).toHaveText('「さくら訪問看護ステーション」の設定を受け取りました。');
  // The nurse adds a contact of her own.
  await nurse.app.open(`${baseURL}/contacts`);
  const add = nurse.page.getByRole('region', { name: '連絡先を追加' });
  await add.getByLabel('名称（必須）').fill('近くの薬局');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(nurse.app.status()).toHaveText('「近くの薬局」を追加しました。');

  // The manager changes the contact's number and hands off again.
  await app.open('/contacts');
  await page.getByRole('group', { name: '連絡先 1' }).getByLabel('電話番号').fill('0120-000-111');
  await page.getByRole('group', { name: '連絡先 1' }).getByLabel('電話番号').blur();
  const code = await codeOf(page, app);
  await nurse.app.open(`${baseURL}/receive`);
  await nurse.page.getByLabel('受け渡しコード', { exact: true }).fill(code);
  await nurse.page.getByRole('button', { name: '読み込む' }).click();
  const preview = nurse.page.getByRole('region', { name: '受け取る内容の確認' });
  await expect(preview).toContainText('連絡先を更新：NTT東日本（導入支援事業者） 0120-000-111');
  await expect(preview).not.toContainText('近くの薬局');
  await preview.getByRole('button', { name: '受け取る' }).click();
  await nurse.app.open(`${baseURL}/contacts`);
  await expect(nurse.page.getByRole('link', { name: '0120-000-111 に電話' })).toBeVisible();
  await expect(nurse.page.getByRole('group', { name: '連絡先 2' }).getByLabel('名称')).toHaveValue('近くの薬局');
  // The same hand-off again changes nothing, and says so.
  await nurse.app.open(`${baseURL}/receive`);
  await nurse.page.getByLabel('受け渡しコード', { exact: true }).fill(code);
  await nurse.page.getByRole('button', { name: '読み込む' }).click();
  await expect(nurse.page.getByRole('region', { name: '受け取る内容の確認' })).toContainText('設定と同じです。受け取っても変わるものはありません');
  nurse.watch.check();
  await nurse.context.close();
});

test('what is not a hand-off, or is damaged, is refused with a reason, and nothing changes', async ({ page }, info) => {
  const app = new App(page, info);
  await setUp(page, app);
  const code = await codeOf(page, app);
  await app.open('/data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '書き出す', exact: true }).click()]);
  const backup = await readFile(await download.path(), 'utf8');
  await app.open('/receive');
  // Read once the export's own change (its date) is saved: the page it was made on is gone.
  const before = await stored(page);
  expect(JSON.parse(before).last_export).toBeTruthy();
  const damaged = code.slice(0, 30) + (code[30] === 'A' ? 'B' : 'A') + code.slice(31);
  for (const [text, says] of [
    [damaged, '途中で切れているか、変わっています'],
    [code.slice(0, code.length - 20), '途中で切れているか、変わっています'],
    ['こんにちは', '受け渡しのデータではありません'],
    [backup, 'これはバックアップのファイルです'],
    [code.replace('ONSHI-HANDOFF-2.', 'ONSHI-HANDOFF-9.'), '新しいバージョンのアプリで作られた受け渡しです'],
  ]) {
    await page.getByLabel('受け渡しコード', { exact: true }).fill(text);
    await page.getByRole('button', { name: '読み込む' }).click();
    await expect(page.getByRole('alert')).toContainText(says);
    await expect(page.getByRole('alert')).toContainText('この端末のデータは変わっていません。');
    await expect(page.getByRole('region', { name: '受け取る内容の確認' })).toHaveCount(0);
  }
  await app.screenshot('receive-refused');
  // A file that is an image, or a backup.
  await page.getByLabel('受け渡しのファイル', { exact: true }).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await expect(page.getByRole('alert')).toContainText('受け渡しのデータではありません');
  await page.getByLabel('受け渡しのファイル', { exact: true }).setInputFiles({ name: 'onshi-navi-20261202.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByRole('alert')).toContainText('これはバックアップのファイルです');
  await afterSave(page);
  expect(await stored(page)).toBe(before);
});

test('やめる leaves everything as it was; markup in a name shows as text', async ({ page, browser, baseURL }, info) => {
  const app = new App(page, info);
  await app.open('/stations');
  await page.getByLabel('事業所名').fill('<b>さくら</b><img src=x onerror="document.title=1">');
  const code = await codeOf(page, app);
  const nurse = await freshDevice(browser, baseURL, info, page);
  await nurse.app.open(`${baseURL}/receive`);
  await nurse.page.getByLabel('受け渡しコード', { exact: true }).fill(code);
  await nurse.page.getByRole('button', { name: '読み込む' }).click();
  const preview = nurse.page.getByRole('region', { name: '受け取る内容の確認' });
  await expect(preview).toContainText('事業所「<b>さくら</b><img src=x onerror="document.title=1">」を追加します（導入中）');
  await expect(preview.locator('b, img')).toHaveCount(0);
  await preview.getByRole('button', { name: 'やめる' }).click();
  await expect(preview).toHaveCount(0);
  await afterSave(nurse.page);
  expect(await stored(nurse.page)).toBeNull();
  await nurse.page.getByLabel('受け渡しコード', { exact: true }).fill(code);
  await nurse.page.getByRole('button', { name: '読み込む' }).click();
  await nurse.page.getByRole('region', { name: '受け取る内容の確認' }).getByRole('button', { name: '受け取る' }).click();
  await expect(nurse.page.getByRole('banner')).toContainText('<b>さくら</b><img src=x onerror="document.title=1">');
  expect(await nurse.page.title()).not.toBe('1');
  nurse.watch.check();
  await nurse.context.close();
});

test('導入済み is one reversible choice: on ホーム while introducing, and with the station\'s settings', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  await expect(app.heading()).toHaveText('導入の進み具合');
  // The door is one tap away while introducing too.
  await expect(page.getByRole('link', { name: '訪問時の資格確認（利用者宅で）' })).toBeVisible();
  await app.screenshot('home-introducing');
  await page.getByRole('button', { name: '導入済みにする' }).click();
  await expect(app.heading()).toHaveText('訪問のときに');
  await expect(page.getByRole('link', { name: '導入の手順と進み具合' })).toBeVisible();
  // The plan stays reachable.
  await app.goTo('手順');
  await expect(app.heading()).toHaveText('手順');
  await app.open('/stations');
  const box = page.getByRole('checkbox', { name: '導入済み（オンライン資格確認・オンライン請求をすでに使っている）' });
  await expect(box).toBeChecked();
  await box.uncheck();
  await app.open('/');
  await expect(app.heading()).toHaveText('導入の進み具合');
  await page.reload();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('導入の進み具合');
});
