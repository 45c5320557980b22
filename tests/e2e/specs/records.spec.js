// Station records, the documents made from them, and several stations.
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { checklistTotal } from '../support/content.js';

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('onshi-navi')));

test('STEP01 records survive a reload', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  const records = page.getByRole('region', { name: '記録' });
  const contact = records.getByRole('group', { name: '事業所と連絡先（見積依頼メモに使います）' });
  await contact.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await contact.getByLabel('担当者').fill('山田 花子');
  await contact.getByLabel('電話').fill('03-1234-5678');
  await contact.getByLabel('メール').fill('sakura@example.jp');
  const rececon = records.getByRole('group', { name: '現在のレセコン（レセプト作成用端末・ソフト）' });
  await rececon.getByRole('radio', { name: 'あり' }).check();
  await rececon.getByLabel('レセコン事業者').fill('株式会社レセコン');
  await rececon.getByLabel('製品名').fill('ナースレセプト Pro');
  const network = records.getByRole('group', { name: 'ネットワーク回線' });
  await network.getByLabel('事業者名').fill('NTT東日本');
  await network.getByLabel('回線種別').fill('光回線');
  await network.getByLabel('サービス名').fill('フレッツ光');
  await records.getByLabel('導入希望時期').fill('2024-06');
  await expect(records.getByText('2024年6月（令和6年6月）')).toBeVisible();
  const mobile = records.getByRole('group', { name: 'モバイル端末（スマホ・タブレット）' });
  await mobile.getByLabel('依頼先（導入支援事業者）').selectOption('リコージャパン株式会社');
  await mobile.getByLabel('依頼日').fill('2024-01-15');
  await mobile.getByLabel('金額（円・税込）').fill('55,000');
  const receconQuote = records.getByRole('group', { name: 'レセプト作成用端末/レセプト作成用ソフト' });
  await receconQuote.getByRole('button', { name: '記録したレセコン事業者（株式会社レセコン）を入れる' }).click();
  await receconQuote.getByLabel('金額（円・税込）').fill('１２０，０００');
  const totals = page.getByRole('table', { name: '見積の合計（税込）' });
  await expect(totals).toContainText('リコージャパン株式会社55,000円');
  await expect(totals).toContainText('株式会社レセコン120,000円');
  await expect(totals).toContainText('合計175,000円');
  await app.screenshot('step-1-records');

  await page.reload();
  await app.waitForScreen();
  await expect(contact.getByLabel('事業所名')).toHaveValue('さくら訪問看護ステーション');
  await expect(contact.getByLabel('メール')).toHaveValue('sakura@example.jp');
  await expect(rececon.getByRole('radio', { name: 'あり' })).toBeChecked();
  await expect(network.getByLabel('サービス名')).toHaveValue('フレッツ光');
  await expect(records.getByLabel('導入希望時期')).toHaveValue('2024-06');
  await expect(mobile.getByLabel('依頼先（導入支援事業者）')).toHaveValue('リコージャパン株式会社');
  await expect(mobile.getByLabel('依頼日')).toHaveValue('2024-01-15');
  await expect(mobile.getByLabel('金額（円・税込）')).toHaveValue('55,000');
  await expect(receconQuote.getByLabel('依頼先（レセコン事業者）')).toHaveValue('株式会社レセコン');
  await expect(receconQuote.getByLabel('金額（円・税込）')).toHaveValue('120,000');
  await expect(page.getByRole('banner')).toContainText('さくら訪問看護ステーション');
});

test('a bad amount shows a message and the saved amount stays', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  const card = page.getByRole('group', { name: 'オンライン資格確認/オンライン請求用端末' });
  const amount = card.getByLabel('金額（円・税込）');
  await amount.fill('300000');
  await amount.blur();
  await expect(amount).toHaveValue('300,000');
  // Saved after the next paint; from then on, a refused amount must never replace it.
  await expect.poll(async () => (await stored(page))?.stations[0].records.quotes['q.terminal']?.amount).toBe(300000);
  for (const [bad, says] of [['5万', '数字とカンマだけ'], ['-100', 'マイナス'], ['12.5', '小数'], ['300,000円', '「円」']]) {
    await amount.fill(bad);
    await expect(card.getByRole('alert')).toContainText(says);
    await expect(amount).toHaveValue(bad);
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect((await stored(page)).stations[0].records.quotes['q.terminal'].amount).toBe(300000);
  }
  await app.screenshot('amount-error');
  await page.reload();
  await app.waitForScreen();
  await expect(page.getByRole('group', { name: 'オンライン資格確認/オンライン請求用端末' }).getByLabel('金額（円・税込）')).toHaveValue('300,000');
});

test('phone and e-mail get a hint, and are saved anyway', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await page.getByLabel('電話').fill('1234');
  await expect(page.getByText(/電話番号は「03-1234-5678」のように/)).toBeVisible();
  await page.getByLabel('メール').fill('sakura');
  await expect(page.getByText(/メールアドレスは「name@example.jp」の形で/)).toBeVisible();
  // Saved after the next paint, which may come after the hint is seen.
  await expect.poll(async () => (await stored(page))?.stations[0].records.contact).toMatchObject({ phone: '1234', email: 'sakura' });
  await page.getByLabel('電話').fill('03-1234-5678');
  await expect(page.getByText(/電話番号は「03-1234-5678」のように/)).toHaveCount(0);
});

test('STEP02–STEP05 records: orders, installation, staff and changes, receipts with checks', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/2');
  const support = page.getByRole('group', { name: '導入支援事業者への発注' });
  await support.getByLabel('発注日').fill('2024-02-01');
  await support.getByLabel('機器の搬入・セットアップ予定日').fill('2024-03-15');
  await app.screenshot('step-2-records');

  await app.open('/steps/3');
  await page.getByLabel('電子証明書の到着日（簡易書留）').fill('2024-03-01');
  await page.getByLabel('立会者（ステーション職員）').fill('山田');
  await app.screenshot('step-3-records');

  await app.open('/steps/4');
  await page.getByRole('button', { name: '職員を追加' }).click();
  await expect(page.getByRole('group', { name: '職員 1' }).getByLabel('氏名')).toBeFocused();
  await page.getByRole('group', { name: '職員 1' }).getByLabel('氏名').fill('佐藤');
  await page.getByRole('group', { name: '職員 1' }).getByLabel('説明日').fill('2024-04-01');
  await page.getByRole('button', { name: '職員を追加' }).click();
  await page.getByRole('group', { name: '職員 2' }).getByLabel('氏名').fill('鈴木');
  await expect(page.getByText('説明済み 1 名 / 記録 2 名')).toBeVisible();
  await page.getByRole('button', { name: '変更点を追加' }).click();
  await page.getByRole('group', { name: '変更点 1' }).getByLabel('内容').fill('訪問時にマイナ保険証を読み取る');
  await app.screenshot('step-4-records');
  await page.getByRole('group', { name: '職員 1' }).getByRole('button', { name: '削除' }).click();
  await expect(page.getByRole('group', { name: '職員 1' }).getByLabel('氏名')).toHaveValue('鈴木');
  await expect(page.getByRole('group', { name: '職員 2' })).toHaveCount(0);

  await app.open('/steps/5');
  const checks = page.getByRole('list', { name: '領収書の確認' });
  await expect(checks).toContainText('！ まだ 領収書が2枚以上ある（いま 0 枚）');
  await page.getByRole('button', { name: '領収書を追加' }).click();
  const first = page.getByRole('group', { name: '領収書 1' });
  await first.getByLabel('発行元', { exact: true }).fill('NTT東日本');
  await first.getByLabel('発行元の種類').selectOption('導入支援事業者');
  await first.getByLabel('金額（円）').fill('429000');
  await expect(checks).toContainText('✓ できている 導入支援事業者の領収書がある');
  await expect(checks).toContainText('！ まだ レセコン事業者の領収書がある');
  await page.getByRole('button', { name: '領収書を追加' }).click();
  const second = page.getByRole('group', { name: '領収書 2' });
  await second.getByLabel('発行元', { exact: true }).fill('株式会社レセコン');
  await second.getByLabel('発行元の種類').selectOption('レセコン事業者');
  await second.getByLabel('金額（円）').fill('120,000');
  await expect(checks).toContainText('✓ できている 領収書が2枚以上ある（いま 2 枚）');
  await expect(checks).toContainText('✓ できている レセコン事業者の領収書がある');
  await expect(page.getByText('領収書の合計：549,000円')).toBeVisible();
  await page.getByLabel('補助金の申請日').fill('2024-05-10');
  await app.screenshot('step-5-records');

  await page.reload();
  await app.waitForScreen();
  await expect(page.getByRole('group', { name: '領収書 2' }).getByLabel('金額（円）')).toHaveValue('120,000');
  await app.open('/steps/4');
  await expect(page.getByRole('group', { name: '職員 1' }).getByLabel('氏名')).toHaveValue('鈴木');
  await expect(page.getByRole('group', { name: '変更点 1' }).getByLabel('内容')).toHaveValue('訪問時にマイナ保険証を読み取る');
});

test('every checklist item has a memo that is kept', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/3');
  const item = app.item('電子証明書発行申請');
  await item.getByText('メモ', { exact: true }).click();
  await item.getByLabel('「電子証明書発行申請」のメモ').fill('簡易書留は事務所あて');
  await page.reload();
  await app.waitForScreen();
  await expect(app.item('電子証明書発行申請').getByText('メモ（記入あり）')).toBeVisible();
  await expect(app.item('電子証明書発行申請').getByLabel('「電子証明書発行申請」のメモ')).toHaveValue('簡易書留は事務所あて');
});

test('the 見積依頼メモ shows the recorded values, ready to copy', async ({ page, context }, info) => {
  const app = new App(page, info);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('/steps/1');
  await page.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await page.getByLabel('担当者').fill('山田 花子');
  await page.getByRole('radio', { name: 'あり' }).check();
  await page.getByLabel('レセコン事業者', { exact: true }).fill('株式会社レセコン');
  await page.getByLabel('製品名').fill('ナースレセプト Pro');
  await page.getByRole('group', { name: 'ネットワーク回線' }).getByLabel('回線種別').fill('光回線');
  await page.getByLabel('導入希望時期').fill('2024-06');
  await page.getByRole('link', { name: '見積依頼メモを作る（コピー・共有・印刷）' }).click();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('見積依頼メモ');
  const support = page.getByRole('region', { name: '導入支援事業者あて' });
  for (const text of ['2024年6月（令和6年6月）', '・事業者：株式会社レセコン', '・製品名：ナースレセプト Pro', '・回線種別：光回線', '事業所名：さくら訪問看護ステーション', '担当者：山田 花子']) {
    await expect(support).toContainText(text);
  }
  const rececon = page.getByRole('region', { name: 'レセコン事業者あて' });
  await expect(rececon).toContainText('株式会社レセコン ご担当者様');
  await expect(rececon).toContainText('ソフト改修');
  await support.getByRole('button', { name: 'コピー' }).click();
  await expect(app.status()).toContainText('コピーしました');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('件名：オンライン資格確認・オンライン請求の導入に関する見積のご相談・ご依頼');
  expect(copied).toContain('・回線種別：光回線');
  await app.screenshot('memo');
});

test('the print view (print media) has every step and no navigation', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/2');
  await app.checkbox('見積内容の確認').check();
  await app.open('/records');
  await page.getByRole('link', { name: '導入記録（印刷用）' }).click();
  await app.waitForScreen();
  await page.emulateMedia({ media: 'print' });
  for (const heading of ['STEP01 見積のご相談・ご依頼', 'STEP02 発注', 'STEP03 導入', 'STEP04 運用準備', 'STEP05 補助金申請（導入完了後）']) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }
  await expect(page.getByRole('row').filter({ hasText: '見積内容の確認' })).toContainText('✓ 完了');
  await expect(page.getByRole('row').filter({ hasText: '発注（契約）' })).toContainText('□ 未完了');
  await expect(page.getByRole('table', { name: '見積', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: '領収書', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: '職員への説明', exact: true })).toBeVisible();
  for (const nav of ['メインメニュー', 'メニューと手順']) {
    await expect(page.getByRole('navigation', { name: nav })).toBeHidden();
  }
  await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
  await app.screenshot('print');
  await page.emulateMedia({ media: 'screen' });
});

test('two stations keep separate progress and records; deleting asks first', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await page.getByLabel('事業所名').fill('さくら');
  await app.checkbox('現在の利用状況の確認').check();
  await page.getByRole('banner').getByRole('link', { name: /さくら/ }).click();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('事業所の管理');
  await page.getByLabel('新しい事業所の名前').fill('つばき');
  await page.getByRole('button', { name: '追加' }).click();
  await expect(app.status()).toContainText('「つばき」を追加しました');
  await expect(page.getByRole('banner')).toContainText('つばき');
  await app.screenshot('stations');

  await app.open('/steps/1');
  await expect(app.checkbox('現在の利用状況の確認')).not.toBeChecked();
  await expect(page.getByLabel('事業所名')).toHaveValue('つばき');
  await app.checkbox('見積のご相談・ご依頼').check();
  await page.getByLabel('担当者').fill('鈴木');

  await app.open('/stations');
  await page.getByRole('listitem').filter({ hasText: 'さくら' }).getByRole('button', { name: 'この事業所で作業する' }).click();
  await expect(page.getByRole('banner')).toContainText('さくら');
  await app.open('/steps/1');
  await expect(app.checkbox('現在の利用状況の確認')).toBeChecked();
  await expect(app.checkbox('見積のご相談・ご依頼')).not.toBeChecked();
  await expect(page.getByLabel('担当者')).toHaveValue('');

  await app.open('/stations');
  await page.getByRole('listitem').filter({ hasText: 'つばき' }).getByRole('button', { name: 'この事業所を削除…' }).click();
  const dialog = page.getByRole('dialog', { name: 'この事業所を削除しますか？' });
  await expect(dialog).toContainText(`つばき（チェック 1/${await checklistTotal()}`);
  await app.screenshot('delete-station');
  await dialog.getByRole('button', { name: 'やめる' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'つばき' })).toHaveCount(1);
  await page.getByRole('listitem').filter({ hasText: 'つばき' }).getByRole('button', { name: 'この事業所を削除…' }).click();
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(app.status()).toContainText('「つばき」を削除しました');
  await expect(page.getByRole('heading', { name: 'つばき' })).toHaveCount(0);
  await page.reload();
  await app.waitForScreen();
  await expect(page.getByRole('heading', { name: 'つばき' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'さくら' })).toBeVisible();
});

test('a script typed into every text field stays text after a reload', async ({ page }, info) => {
  const app = new App(page, info);
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  await page.goto('/');
  for (const path of ['/steps/1', '/steps/2', '/steps/3', '/steps/4', '/steps/5']) {
    await app.open(path);
    if (path === '/steps/4') {
      await page.getByRole('button', { name: '職員を追加' }).click();
      await page.getByRole('button', { name: '変更点を追加' }).click();
    }
    if (path === '/steps/5') await page.getByRole('button', { name: '領収書を追加' }).click();
    for (const summary of await page.locator('details.item-memo > summary').all()) await summary.click();
    const fields = page.locator('main input[type=text], main input[type=tel], main input[type=email], main textarea');
    const count = await fields.count();
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      if ((await field.getAttribute('inputmode')) === 'numeric') continue;
      await field.fill(payload);
    }
    await page.reload();
    await app.waitForScreen();
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  }
  await app.open('/steps/1');
  await expect(page.getByLabel('事業所名')).toHaveValue(payload);
  await expect(page.getByRole('banner')).toContainText(payload);
  for (const path of ['/memo', '/print', '/stations', '/records', '/data']) {
    await app.open(path);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  }
  await app.open('/memo');
  await expect(page.getByRole('region', { name: '導入支援事業者あて' })).toContainText(payload);
  expect(await page.locator('main img').count()).toBe(0);
});

test('a long list shows ten rows and more on request; a new row is shown at once', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/about');
  const staff = Array.from({ length: 23 }, (_, i) => ({ id: `staff-${i}`, name: `職員${i + 1}`, briefed_on: '2024-04-01' }));
  await page.evaluate((s) => localStorage.setItem('onshi-navi', JSON.stringify({
    app: 'onshi-navi', schema: 2, current: 'st-1', stations: [{ id: 'st-1', name: '', items: {}, records: { staff: s } }],
  })), staff);
  await app.open('/steps/4');
  const list = page.getByRole('region', { name: '職員への説明の記録' });
  await expect(list.getByRole('group', { name: /^職員 \d+$/ })).toHaveCount(10);
  await expect(list.getByText('説明済み 23 名 / 記録 23 名')).toBeVisible();
  await list.getByRole('button', { name: '職員を追加' }).click();
  await expect(list.getByRole('group', { name: '職員 24' })).toBeVisible();
  await expect(list.getByRole('group', { name: '職員 24' }).getByLabel('氏名')).toBeFocused();
  await list.getByRole('button', { name: 'さらに表示（あと13件）' }).click();
  await expect(list.getByRole('group', { name: /^職員 \d+$/ })).toHaveCount(21);
  await list.getByRole('button', { name: 'さらに表示（あと3件）' }).click();
  await expect(list.getByRole('group', { name: /^職員 \d+$/ })).toHaveCount(24);
  await expect(list.getByRole('button', { name: /さらに表示/ })).toHaveCount(0);
  await expect(list.getByRole('group', { name: '職員 23' }).getByLabel('氏名')).toHaveValue('職員23');
});
