// One station on many devices, and nothing wrong at the door: two stations that kept the old
// first id are not made one; a contact deleted on one device and corrected later on another stays
// whole; a manager whose clock runs a day ahead does not undo a nurse's later edit. Each device a
// browser context of its own.
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { afterSave, codeOf, freshDevice, readCode, stored } from '../support/devices.js';
import { oldDocument } from '../support/documents.js';

const DAY = 86_400_000;

/** Stores a document on a device and opens a screen of it. */
async function withStored(page, app, text, path) {
  await page.evaluate((t) => localStorage.setItem('onshi-navi', t), text);
  await app.open(path);
}

/** The names in each of a device's contacts, on its 連絡先 screen (this station's). */
async function contactNames(page, app) {
  await app.open('/contacts');
  const names = page.getByRole('group', { name: /^連絡先 \d+$/ }).getByLabel('名称');
  return names.evaluateAll((fields) => fields.map((f) => f.value));
}

test('two stations that kept the old id under different names: the preview asks, and 別の事業所として追加する keeps each its own', async ({ page, browser, baseURL }, info) => {
  const app = new App(page, info);
  // The second manager's device, set up before ids were random.
  await page.goto('/about');
  await withStored(page, app, oldDocument('つばき訪問看護ステーション', 'つばきの業者', '0120111222'), '/');
  const code = await codeOf(page, app);

  // A nurse who already works for another station, also made before ids were random.
  const nurse = await freshDevice(browser, baseURL, info, page);
  await withStored(nurse.page, nurse.app, oldDocument('さくら訪問看護ステーション', 'さくらの薬局', '0312345678'), '/receive');
  const before = await stored(nurse.page);
  const preview = await readCode(nurse.page, nurse.app, code);
  const question = preview.getByRole('group', { name: '同じ事業所ですか？' });
  await expect(question).toContainText('受け取る事業所「つばき訪問看護ステーション」は、この端末の「さくら訪問看護ステーション」と同じ識別子ですが、名前が違います');
  const update = question.getByRole('radio', { name: 'この端末の「さくら訪問看護ステーション」を更新する' });
  const another = question.getByRole('radio', { name: '別の事業所として追加する' });
  // Nothing chosen, and nothing to receive until the user says which.
  await expect(update).not.toBeChecked();
  await expect(another).not.toBeChecked();
  await expect(preview.getByRole('button', { name: '受け取る' })).toBeDisabled();
  await nurse.app.screenshot('receive-asks');
  await another.check();
  await expect(preview).toContainText('事業所「つばき訪問看護ステーション」を追加します（導入中）');
  await expect(preview).toContainText('連絡先を追加：つばきの業者（導入支援事業者） 0120-111-222');
  await afterSave(nurse.page);
  expect(await stored(nurse.page), 'nothing is written before 受け取る').toBe(before);
  await preview.getByRole('button', { name: '受け取る' }).click();
  await expect(nurse.app.status()).toHaveText('「つばき訪問看護ステーション」の設定を受け取りました。');

  // Two stations, each with its own contacts.
  expect(await contactNames(nurse.page, nurse.app)).toEqual(['つばきの業者']);
  await nurse.app.open('/stations');
  await expect(nurse.page.getByRole('heading', { level: 2, name: 'さくら訪問看護ステーション' })).toBeVisible();
  await expect(nurse.page.getByRole('heading', { level: 2, name: 'つばき訪問看護ステーション' })).toBeVisible();
  await nurse.page.getByRole('listitem').filter({ hasText: 'さくら訪問看護ステーション' }).getByRole('button', { name: 'この事業所で作業する' }).click();
  expect(await contactNames(nurse.page, nurse.app)).toEqual(['さくらの薬局']);

  // The manager changes the number and hands on again: it reaches the added station, without a question.
  await app.open('/contacts');
  const number = page.getByRole('group', { name: '連絡先 1' }).getByLabel('電話番号');
  await number.fill('0120-000-333');
  await number.blur();
  const again = await readCode(nurse.page, nurse.app, await codeOf(page, app));
  await expect(again.getByRole('group', { name: '同じ事業所ですか？' })).toHaveCount(0);
  await expect(again).toContainText('連絡先を更新：つばきの業者（導入支援事業者） 0120-000-333');
  await again.getByRole('button', { name: '受け取る' }).click();
  await expect(nurse.app.status()).toHaveText('「つばき訪問看護ステーション」の設定を受け取りました。');
  // Receiving made it the current station again.
  expect(await contactNames(nurse.page, nurse.app)).toEqual(['つばきの業者']);
  await expect(nurse.page.getByRole('link', { name: '0120-000-333 に電話' })).toBeVisible();
  await nurse.app.open('/stations');
  await expect(nurse.page.getByRole('button', { name: 'この事業所を削除…' })).toHaveCount(2);
  nurse.watch.check();
  await nurse.context.close();
});

test('a contact deleted on one device and corrected later on another keeps its name, on both', async ({ page, browser, baseURL }, info) => {
  const app = new App(page, info);
  await app.open('/stations');
  await page.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await app.open('/contacts');
  const add = page.getByRole('region', { name: '連絡先を追加' });
  await add.getByLabel('名称（必須）').fill('NTT東日本');
  await add.getByLabel('電話番号').fill('0120-116-116');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(app.status()).toHaveText('「NTT東日本」を追加しました。');
  const first = await codeOf(page, app);

  const nurse = await freshDevice(browser, baseURL, info, page);
  const preview = await readCode(nurse.page, nurse.app, first);
  await preview.getByRole('button', { name: '受け取る' }).click();
  await expect(nurse.app.status()).toHaveText('「さくら訪問看護ステーション」の設定を受け取りました。');

  // The manager deletes the contact.
  await app.open('/contacts');
  await page.getByRole('button', { name: 'この連絡先を削除…' }).click();
  await page.getByRole('dialog', { name: 'この連絡先を削除しますか？' }).getByRole('button', { name: '削除する' }).click();
  await expect(app.status()).toHaveText('「NTT東日本」を削除しました。');
  const deleted = await codeOf(page, app);
  // Later, the nurse corrects its number.
  await nurse.app.open('/contacts');
  const number = nurse.page.getByRole('group', { name: '連絡先 1' }).getByLabel('電話番号');
  await number.fill('0120-000-999');
  await number.blur();
  await expect(nurse.app.status()).toHaveText('保存しました');

  // The manager's hand-off arrives: her correction is newer, so nothing changes, and it says why.
  const newer = await readCode(nurse.page, nurse.app, deleted);
  await expect(newer).toContainText('この端末にある「さくら訪問看護ステーション」の設定のほうが新しいため、受け取っても変わるものはありません。');
  await expect(newer).toContainText('連絡先：NTT東日本（その他） 0120-000-999（渡す側で削除されたあと、この端末で変更したもの）');
  await nurse.app.screenshot('receive-newer-here');
  await newer.getByRole('button', { name: '閉じる' }).click();
  expect(await contactNames(nurse.page, nurse.app)).toEqual(['NTT東日本']);
  await expect(nurse.page.getByRole('link', { name: '0120-000-999 に電話' })).toHaveAttribute('href', 'tel:0120000999');

  // She hands it back: the manager's device takes the contact back whole, its name with it.
  const back = await readCode(page, app, await codeOf(nurse.page, nurse.app));
  await expect(back).toContainText('連絡先を追加：NTT東日本（その他） 0120-000-999');
  await back.getByRole('button', { name: '受け取る' }).click();
  expect(await contactNames(page, app)).toEqual(['NTT東日本']);
  // No contact anywhere without a name.
  for (const device of [page, nurse.page]) {
    const doc = JSON.parse(await stored(device));
    for (const station of doc.stations) for (const contact of station.contacts ?? []) expect(contact.name).not.toBe('');
  }
  nurse.watch.check();
  await nurse.context.close();
});

test('a manager whose clock runs a day ahead does not undo the nurse\'s later edit, and the preview says 時計', async ({ page, browser, baseURL }, info) => {
  // The nurse's device is this page, on the real clock; the manager's runs a day ahead.
  const nurseApp = new App(page, info);
  await nurseApp.open('/');
  const manager = await freshDevice(browser, baseURL, info, page, (p) => p.clock.setFixedTime(Date.now() + DAY));
  await manager.app.open('/stations');
  await manager.page.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await manager.app.open('/contacts');
  const add = manager.page.getByRole('region', { name: '連絡先を追加' });
  await add.getByLabel('名称（必須）').fill('NTT東日本');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(manager.app.status()).toHaveText('「NTT東日本」を追加しました。');
  await manager.page.getByRole('group', { name: '連絡先 1' }).getByLabel('メモ（担当者・受付時間など）').fill('担当：山田さん');
  await expect(manager.app.status()).toHaveText('保存しました');
  const first = await codeOf(manager.page, manager.app);

  const preview = await readCode(page, nurseApp, first);
  await expect(preview).toContainText('渡す側の端末の時計が、この端末の時計より進んでいるようです');
  await nurseApp.screenshot('receive-clock-ahead');
  await preview.getByRole('button', { name: '受け取る' }).click();
  await expect(nurseApp.status()).toHaveText('「さくら訪問看護ステーション」の設定を受け取りました。');
  // The nurse corrects the memo (her clock is right: a day behind his stamps).
  await nurseApp.open('/contacts');
  const memo = page.getByRole('group', { name: '連絡先 1' }).getByLabel('メモ（担当者・受付時間など）');
  await memo.fill('担当：佐藤さん（訂正）');
  await memo.blur();
  await expect(nurseApp.status()).toHaveText('保存しました');

  // The manager adds another contact and hands on again; his copy of the memo is as it was.
  await manager.app.open('/contacts');
  await add.getByLabel('名称（必須）').fill('レセコンのサポート');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(manager.app.status()).toHaveText('「レセコンのサポート」を追加しました。');
  const again = await readCode(page, nurseApp, await codeOf(manager.page, manager.app));
  await expect(again).toContainText('連絡先を追加：レセコンのサポート');
  await expect(again).not.toContainText('担当：山田さん');
  await again.getByRole('button', { name: '受け取る' }).click();
  await nurseApp.open('/contacts');
  await expect(page.getByRole('group', { name: '連絡先 1' }).getByLabel('メモ（担当者・受付時間など）')).toHaveValue('担当：佐藤さん（訂正）');
  await expect(page.getByRole('group', { name: '連絡先 2' }).getByLabel('名称')).toHaveValue('レセコンのサポート');
  manager.watch.check();
  await manager.context.close();
});

test('a station with twenty contacts makes a code that fits one message', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/stations');
  await page.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await app.open('/contacts');
  const add = page.getByRole('region', { name: '連絡先を追加' });
  for (let i = 1; i <= 20; i++) {
    await add.getByLabel('名称（必須）').fill(`株式会社サンプル事業者${i}`);
    await add.getByLabel('電話番号').fill(`03-${String(1000 + i).padStart(4, '0')}-${String(5000 + i * 7).padStart(4, '0')}`);
    await add.getByRole('button', { name: '追加' }).click();
    await expect(app.status()).toHaveText(`「株式会社サンプル事業者${i}」を追加しました。`);
  }
  for (let i = 1; i <= 20; i++) {
    await page.getByRole('group', { name: `連絡先 ${i}`, exact: true }).getByLabel('メモ（担当者・受付時間など）').fill(`担当：山田さん（平日9時〜17時）${i}`);
  }
  await expect(app.status()).toHaveText('保存しました');
  const code = await codeOf(page, app);
  console.log(`a hand-off of a station with 20 contacts made in the app: ${code.length} characters`);
  expect(code.length).toBeLessThanOrEqual(2_500);
});
