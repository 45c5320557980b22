// Usable by everyone: axe-core on every screen and state (light and dark), a keyboard-only walk,
// and 200% text on a phone without sideways scrolling.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { PATHS as SCREENS } from '../support/screens.js';


async function expectNoViolations(page, what) {
  // From the top: wherever a tap left the page, a target under the sticky top bar reads to axe as
  // obscured, which says where the page was scrolled, not how it is built.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, what).toEqual([]);
}

/** Fills some records so forms, lists and tables are not empty. The clock is fixed so that
 *  ホーム's dates show the same warning whatever day the suite runs. */
async function fillSome(page, app) {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00+09:00'));
  await app.open('/steps/1');
  await app.checkbox('現在の利用状況の確認').check();
  await page.getByLabel('事業所名').fill('さくら訪問看護ステーション');
  await page.getByRole('group', { name: 'オンライン資格確認/オンライン請求用端末' }).getByLabel('金額（円・税込）').fill('300000');
  await app.open('/steps/4');
  await page.getByRole('button', { name: '職員を追加' }).click();
  await page.getByRole('group', { name: '職員 1' }).getByLabel('氏名').fill('佐藤');
  await app.open('/steps/5');
  await page.getByRole('button', { name: '領収書を追加' }).click();
  // ホーム's dates with a warning (a start month whose deadline has passed) and a certificate.
  await app.open('/steps/3');
  await page.getByLabel('電子証明書の到着日（簡易書留）').fill('2023-09-01');
  await app.open('/');
  await page.getByLabel('オンライン請求を始める月').fill('2026-12');
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing on any screen (${scheme})`, async ({ page }, info) => {
    test.setTimeout(120_000);
    const app = new App(page, info);
    await page.emulateMedia({ colorScheme: scheme });
    await fillSome(page, app);
    for (const path of SCREENS) {
      await app.open(path);
      await expectNoViolations(page, `${path} (${scheme})`);
      await app.screenshot(`${scheme}-${path === '/' ? 'home' : path.slice(1).replace('/', '-')}`);
    }
  });
}

test('axe finds nothing in states: errors, hints, dialogs, previews, offline, print', async ({ page, context }, info) => {
  test.setTimeout(90_000);
  const app = new App(page, info);
  await app.open('/steps/1');
  await page.getByRole('group', { name: 'オンライン資格確認/オンライン請求用端末' }).getByLabel('金額（円・税込）').fill('3万');
  await page.getByLabel('電話').fill('12');
  await page.getByLabel('メール').fill('x');
  await page.getByRole('group', { name: 'モバイル端末（スマホ・タブレット）' }).getByLabel('依頼先（導入支援事業者）').selectOption('その他（事業者名を入力）');
  await app.checkbox('現在の利用状況の確認').check();
  await expectNoViolations(page, 'step 1 with an amount error and hints');

  await context.setOffline(true);
  await expectNoViolations(page, 'offline');
  await context.setOffline(false);

  await app.open('/data');
  await page.getByRole('button', { name: 'すべて削除…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'delete-all dialog');
  await page.keyboard.press('Escape');
  await page.getByLabel('バックアップファイル（.json）').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'import error');
  const doc = await page.evaluate(() => localStorage.getItem('onshi-navi'));
  await page.getByLabel('バックアップファイル（.json）').setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(doc) });
  await expect(page.getByRole('region', { name: '読み込む内容の確認' })).toBeVisible();
  await expectNoViolations(page, 'import preview');

  await app.open('/stations');
  await page.getByRole('button', { name: 'この事業所を削除…' }).click();
  await expectNoViolations(page, 'delete-station dialog');
  await page.keyboard.press('Escape');

  await app.open('/print');
  await page.emulateMedia({ media: 'print' });
  await expectNoViolations(page, 'print view');
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/about');
  await page.evaluate(() => localStorage.setItem('onshi-navi', '{broken'));
  await app.open('/');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'damaged-store banner');
});

test('one h1 per screen, headings in order, landmarks present', async ({ page }, info) => {
  const app = new App(page, info);
  for (const path of SCREENS) {
    await app.open(path);
    await expect(page.locator('h1'), path).toHaveCount(1);
    const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.filter((h) => h.closest('dialog') === null).map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1], `${path}: ${levels}`).toBeLessThanOrEqual(1);
    expect(levels[0], path).toBe(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
  }
});

/** Presses Tab (or Shift+Tab) until `target` has focus. */
async function tabTo(page, target, { back = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with the keyboard`);
}

test('keyboard only: follow a step, tick it, fill a record, reach the print view', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  // The skip link is first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
  const step4 = page.getByRole('region', { name: '2. 導入・運用準備' }).getByRole('link', { name: 'STEP04 運用準備', exact: true });
  await tabTo(page, step4);
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('STEP04 運用準備');
  await expect(app.heading()).toBeFocused();

  await tabTo(page, app.checkbox('業務等の変更点の確認'));
  await page.keyboard.press('Space');
  await expect(app.checkbox('業務等の変更点の確認')).toBeChecked();
  await tabTo(page, app.checkbox('職員への説明'));
  await page.keyboard.press('Space');
  await expect(app.checkbox('職員への説明')).toBeChecked();
  // Back with Shift+Tab, and untick and tick again.
  await tabTo(page, app.checkbox('業務等の変更点の確認'), { back: true });
  await page.keyboard.press('Space');
  await expect(app.checkbox('業務等の変更点の確認')).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(app.checkbox('業務等の変更点の確認')).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: '職員を追加' }));
  await page.keyboard.press('Enter');
  const name = page.getByRole('group', { name: '職員 1' }).getByLabel('氏名');
  await expect(name).toBeFocused();
  await page.keyboard.type('佐藤');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: '職員 1' }).getByLabel('説明日')).toBeFocused();

  const records = app.nav().getByRole('link', { name: '記録', exact: true });
  await tabTo(page, records, { limit: 120 });
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('記録と書類');
  await tabTo(page, page.getByRole('link', { name: '導入記録（印刷用）' }));
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('導入記録');
  await expect(page.getByRole('row').filter({ hasText: '職員への説明' }).first()).toContainText('✓ 完了');
  await expect(page.getByRole('table', { name: '職員への説明', exact: true })).toContainText('佐藤');
  await tabTo(page, page.getByRole('button', { name: '印刷' }), { back: true });
  await expect(page.getByRole('button', { name: '印刷' })).toBeFocused();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('onshi-navi')));
  expect(stored.stations[0].records.staff[0].name).toBe('佐藤');
});

test('200% text: nothing scrolls sideways on any screen (390 px phone, and tablet)', async ({ page }, info) => {
  const app = new App(page, info);
  await fillSome(page, app);
  // The browser's own text size setting, at 200% (as a user would set it).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  for (const path of SCREENS) {
    await app.open(path);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, `${path} at 200%`).toBeLessThanOrEqual(client);
    if (['/', '/steps/1', '/data', '/visit'].includes(path)) await app.screenshot(`text-200-${path === '/' ? 'home' : path.slice(1).replace('/', '-')}`);
  }
});
