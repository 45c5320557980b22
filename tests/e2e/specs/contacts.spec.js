// 連絡先: the station's own contacts (added, checked, edited, deleted) as tel: links, beside the
// 依頼先 they match; the official lines with sources, also beside the 訪問 card's situations.
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';

test('a contact typed as people type it is kept in one form, and is a tel: link on 連絡先 and beside its 依頼先', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/more');
  await page.getByRole('link', { name: /^連絡先/ }).click();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('連絡先');
  await expect(page.getByText('利用者の名前や電話番号は入れないでください。')).toBeVisible();
  const add = page.getByRole('region', { name: '連絡先を追加' });
  await add.getByLabel('名称（必須）').fill('テスト事業者');
  await add.getByLabel('電話番号').fill('０３－１２３４－５６７８');
  // A contact is その他 until the user says what it is.
  await expect(add.getByLabel('種類')).toHaveValue('other');
  await add.getByLabel('種類').selectOption({ label: '導入支援事業者' });
  await add.getByRole('button', { name: '追加' }).click();
  await expect(app.status()).toHaveText('「テスト事業者」を追加しました。');
  await page.reload();
  await app.waitForScreen();
  const card = page.getByRole('group', { name: '連絡先 1' });
  await expect(card.getByLabel('名称')).toHaveValue('テスト事業者');
  await expect(card.getByRole('link', { name: '03-1234-5678 に電話' })).toHaveAttribute('href', 'tel:0312345678');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('onshi-navi')));
  expect(stored.stations[0].contacts[0]).toMatchObject({ name: 'テスト事業者', phone: '0312345678', kind: 'support' });
  await app.screenshot('contacts');

  // Beside a step whose 依頼先 is a 導入支援事業者.
  await app.open('/steps/1');
  const item = app.item('見積のご相談・ご依頼');
  await expect(item.getByRole('link', { name: '03-1234-5678' })).toHaveAttribute('href', 'tel:0312345678');
  await expect(item.getByRole('link', { name: 'テスト事業者' })).toHaveAttribute('href', /\/contacts#contact-/);
});

test('something that is not a phone number is refused next to the field, and nothing is added or lost', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/contacts');
  const add = page.getByRole('region', { name: '連絡先を追加' });
  await add.getByLabel('名称（必須）').fill('テスト事業者');
  await add.getByLabel('電話番号').fill('abc');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(add.getByRole('alert')).toContainText('電話番号として読み取れません');
  await expect(add.getByLabel('電話番号')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('group', { name: /^連絡先 \d+$/ })).toHaveCount(0);
  await expect(add.getByLabel('名称（必須）')).toHaveValue('テスト事業者');
  // No name: refused too.
  await add.getByLabel('名称（必須）').fill('');
  await add.getByLabel('電話番号').fill('090-1234-5678');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(add.getByRole('alert')).toHaveText('名称を入れてください。');
  await expect(page.getByRole('group', { name: /^連絡先 \d+$/ })).toHaveCount(0);
  // An edit that is not a number keeps the saved one.
  await add.getByLabel('名称（必須）').fill('回線の会社');
  await add.getByRole('button', { name: '追加' }).click();
  const card = page.getByRole('group', { name: '連絡先 1' });
  // Added without a kind, it is その他: never shown beside a step as its 依頼先's contact.
  await expect(card.getByLabel('種類')).toHaveValue('other');
  await card.getByLabel('電話番号').fill('03-12');
  await expect(card.getByRole('alert')).toContainText('電話番号として読み取れません');
  await page.reload();
  await app.waitForScreen();
  await expect(page.getByRole('group', { name: '連絡先 1' }).getByLabel('電話番号')).toHaveValue('090-1234-5678');
});

test('deleting a contact asks first; vendors in the records are offered, never added', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await page.getByRole('group', { name: '現在のレセコン（レセプト作成用端末・ソフト）' }).getByLabel('レセコン事業者').fill('株式会社レセコン');
  await app.open('/contacts');
  await expect(page.getByRole('group', { name: /^連絡先 \d+$/ })).toHaveCount(0);
  await page.getByRole('button', { name: '「株式会社レセコン」（レセコン事業者）を入れる' }).click();
  const add = page.getByRole('region', { name: '連絡先を追加' });
  await expect(add.getByLabel('名称（必須）')).toHaveValue('株式会社レセコン');
  await expect(add.getByLabel('種類')).toHaveValue('rececon');
  await add.getByRole('button', { name: '追加' }).click();
  await expect(page.getByRole('group', { name: '連絡先 1' }).getByLabel('種類')).toHaveValue('rececon');
  // The form is empty again, its kind back to その他.
  await expect(add.getByLabel('名称（必須）')).toHaveValue('');
  await expect(add.getByLabel('種類')).toHaveValue('other');
  await expect(page.getByRole('button', { name: /株式会社レセコン.*を入れる/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'この連絡先を削除…' }).click();
  const dialog = page.getByRole('dialog', { name: 'この連絡先を削除しますか？' });
  await expect(dialog).toContainText('「株式会社レセコン」を連絡先から削除します。');
  await dialog.getByRole('button', { name: 'やめる' }).click();
  await expect(page.getByRole('group', { name: '連絡先 1' })).toBeVisible();
  await page.getByRole('button', { name: 'この連絡先を削除…' }).click();
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByRole('group', { name: /^連絡先 \d+$/ })).toHaveCount(0);
});

test('the official lines: tel: links with their sources; offline, a lost card finds the 24-hour line', async ({ page, context }, info) => {
  const app = new App(page, info);
  await app.open('/contacts');
  const lines = page.getByRole('region', { name: '公的な窓口' });
  await expect(lines.getByRole('link', { name: '0120-95-0178' })).toHaveAttribute('href', 'tel:0120950178');
  // The hours as the one 国保連 page that gives them says, named as that page's.
  const help = lines.getByRole('listitem').filter({ hasText: '0120-60-7210' });
  await expect(help).toContainText('秋田県国保連の医療機関・薬局・訪問看護ステーション向けの案内では');
  await expect(help).toContainText('8日〜10日 8:00〜24:00');
  await expect(help).not.toContainText('混み合います');
  const portal = lines.getByRole('listitem').filter({ hasText: '0800-080-4583' });
  await expect(portal).toContainText('参考');
  await expect(portal).toContainText('ポータルで確かめてください');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto('/visit#no-card');
  await app.waitForScreen();
  const noCard = page.getByRole('group').filter({ hasText: 'マイナンバーカードを持っていない' });
  await expect(noCard).toContainText('一時利用停止');
  await expect(noCard.getByRole('link', { name: '0120-95-0178' })).toHaveAttribute('href', 'tel:0120950178');
  await expect(noCard.getByText(/^出典：/).first()).toContainText('J-LIS');
  await page.goto('/visit#system-down');
  await expect(page.getByRole('group').filter({ hasText: '資格確認のシステムが使えない' }).getByRole('link', { name: '0800-080-4583' })).toBeVisible();
  await context.setOffline(false);
});
