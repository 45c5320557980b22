// Japanese input: a name or an amount is checked and saved when the IME composition ends, never
// at each kana — nothing is saved, and nothing refused, while the text is still being composed.
// Chromium's DevTools protocol composes text as an IME does (Input.imeSetComposition), then
// commits it (Input.insertText).
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { afterSave } from '../support/devices.js';

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('onshi-navi')));

/** Composes `kana` in a field as an IME does — after its text, or over all of it — checks, then
 *  commits `text`. */
async function compose(page, field, { kana, text, over = false }, whileComposing) {
  const cdp = await page.context().newCDPSession(page);
  await field.focus();
  await (over ? field.selectText() : field.press('End'));
  for (let n = 1; n <= kana.length; n++) {
    await cdp.send('Input.imeSetComposition', { text: kana.slice(0, n), selectionStart: n, selectionEnd: n });
  }
  await afterSave(page);
  await whileComposing();
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

test('a contact\'s name is saved when the composition ends, never mid-kana', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/contacts');
  const add = page.getByRole('region', { name: '連絡先を追加' });
  await add.getByLabel('名称（必須）').fill('A社');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(app.status()).toHaveText('「A社」を追加しました。');
  const name = page.getByRole('group', { name: '連絡先 1' }).getByLabel('名称');
  await compose(page, name, { kana: 'さくら', text: '桜' }, async () => {
    await expect(name).toHaveValue('A社さくら');
    expect((await stored(page)).stations[0].contacts[0].name).toBe('A社');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });
  await expect(name).toHaveValue('A社桜');
  await expect.poll(async () => (await stored(page))?.stations[0].contacts[0]?.name).toBe('A社桜');
});

test('an amount is checked when the composition ends: no refusal flashes while it is typed', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  const card = page.getByRole('group', { name: 'オンライン資格確認/オンライン請求用端末' });
  const amount = card.getByLabel('金額（円・税込）');
  await amount.fill('1,000');
  await expect.poll(async () => (await stored(page))?.stations[0].records.quotes['q.terminal']?.amount).toBe(1000);
  // Kana on the way to full-width digits would be refused if checked as typed.
  await compose(page, amount, { kana: 'にせん', text: '２０００', over: true }, async () => {
    await expect(amount).toHaveValue('にせん');
    await expect(card.getByRole('alert')).toHaveCount(0);
    await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
    expect((await stored(page)).stations[0].records.quotes['q.terminal'].amount).toBe(1000);
  });
  await expect.poll(async () => (await stored(page))?.stations[0].records.quotes['q.terminal']?.amount).toBe(2000);
  await amount.blur();
  await expect(amount).toHaveValue('2,000');
});
