// In the source's own words: every official statement on 訪問 and in その後の動き opens, by tap or
// keyboard, to the words of its sources (出典の文言); 訪問 says which visits need the check; the
// cases nurses meet at the door are there for each way of checking; a 導入済み station's ホーム
// shows the month's claim, due on the 10th.
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';

/** Chooses how the station checks at home, on 訪問の準備. */
async function chooseTool(page, app, label) {
  await app.open('/visit/setup');
  await page.getByRole('group', { name: '訪問での確認に使うもの' }).getByRole('radio', { name: label, exact: true }).check();
  await app.open('/visit');
}

/** The official statements on the screen (a 公式 tag in main, outside the small print that
 *  names a line's sources) that have no 「出典の文言」 beside them. */
const withoutWords = (page) => page.evaluate(() => {
  const missing = [];
  let count = 0;
  for (const tag of document.querySelectorAll('main .fact-kind.kind-official')) {
    if (tag.closest('.fact-source, .later-note-sources')) continue;
    count++;
    const holder = tag.closest('li') ?? tag.closest('p');
    const words = holder.querySelector('details.source-words') ?? holder.nextElementSibling;
    if (!words?.matches('details.source-words')) missing.push(holder.textContent.trim().slice(0, 40));
  }
  return { count, missing };
});

for (const tool of ['マイナ資格確認アプリ（居宅同意取得型）', 'マイナ在宅受付Web']) {
  test(`every official statement on 訪問 has its 出典の文言 (${tool})`, async ({ page }, info) => {
    const app = new App(page, info);
    await chooseTool(page, app, tool);
    const { count, missing } = await withoutWords(page);
    expect(count, 'official statements on 訪問').toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
}

test('その後の動き: every official fact opens to its source\'s words by keyboard; the printed card leaves them out', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/later');
  const { count, missing } = await withoutWords(page);
  expect(count, 'official facts').toBeGreaterThan(10);
  expect(missing).toEqual([]);
  // Keyboard only: the first fact's 出典の文言, reached by Tab and opened with Enter.
  const first = page.getByRole('listitem').filter({ has: page.locator('.kind-official') }).first();
  const summary = first.getByText('出典の文言', { exact: true });
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  const quote = first.locator('details.source-words blockquote').first();
  await expect(quote).toBeVisible();
  await expect(quote).toHaveText(/^「.+」$/);
  await expect(first.locator('details.source-words figcaption').first()).toContainText(/（.+）$/);
  await app.screenshot('later-source-words');
  // Print: the words stay on screen only.
  await page.emulateMedia({ media: 'print' });
  await expect(quote).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await app.open('/visit/card');
  await expect(page.getByText('出典の文言')).toHaveCount(0);
});

test('訪問 says which visits need the check: 医療保険, and the two cases of a 要介護 patient, either enough', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/visit');
  const scope = page.getByRole('region', { name: '資格確認が要る訪問' });
  await expect(scope).toContainText('医療保険の訪問看護');
  await expect(scope.locator('.scope-summary .fact-kind')).toHaveText('公式');
  await scope.getByText('介護保険の方は？（医療保険の訪問になる場合）').click();
  await expect(scope).toContainText('特別訪問看護指示書');
  await expect(scope).toContainText('別表第七');
  await expect(scope).toContainText('両方そろう必要はありません');
  await expect(scope).toContainText('14日間');
  // What is not described for 介護保険 is said as such.
  await expect(scope.getByRole('listitem').filter({ hasText: '介護保険の訪問看護でオンライン資格確認を行うかどうか' }).locator('.fact-kind')).toHaveText('未確認');
  await app.screenshot('visit-scope');

  // From a 導入済み station's ホーム: one line, and its link opens the cases.
  await app.open('/');
  await page.getByRole('button', { name: '導入済みにする' }).click();
  await expect(app.heading()).toHaveText('訪問のときに');
  const tool = page.getByRole('region', { name: 'この事業所の確認の方法' });
  await expect(tool).toContainText('医療保険の訪問看護では、オンライン資格確認が原則として義務です');
  await tool.getByRole('link', { name: '介護保険の方は？' }).click();
  await app.waitForScreen();
  await expect(page).toHaveURL(/\/visit#scope$/);
  await expect(page.getByText('特別訪問看護指示書による訪問', { exact: false })).toBeVisible();
});

test('the cases at the door the app did not name, for a station with the app and for one with the Web only', async ({ page }, info) => {
  const app = new App(page, info);
  const cases = ['カードは読めたのに「資格(無効)」「資格情報なし」と出た', '本人がカードや暗証番号を扱えない（認知症・独り暮らしなど）',
    '本人が同意の意思を示せない', 'カードが家にない（家族や施設が預かっている）', '公費の受給者証や、生活保護の医療券がある'];
  for (const tool of ['マイナ資格確認アプリ（居宅同意取得型）', 'マイナ在宅受付Web']) {
    await chooseTool(page, app, tool);
    const list = page.getByRole('region', { name: 'うまくいかないとき' });
    for (const title of cases) {
      await list.getByText(title, { exact: true }).click();
      const situation = list.getByRole('group').filter({ has: page.getByText(title, { exact: true }) });
      await expect(situation.getByRole('listitem').first()).toBeVisible();
    }
    const manage = list.getByRole('group').filter({ hasText: '本人がカードや暗証番号を扱えない' });
    await expect(manage).toContainText('資格確認書');
    if (tool === 'マイナ在宅受付Web') {
      await expect(manage).toContainText('目視確認はできません');
      await expect(manage).not.toContainText('目視確認（カードの顔写真と本人を見比べる）で確認できます');
    } else {
      await expect(manage).toContainText('目視確認（カードの顔写真と本人を見比べる）で確認できます');
    }
    // Nothing official on proxy consent: said so, with what to do meanwhile.
    const consent = list.getByRole('group').filter({ hasText: '本人が同意の意思を示せない' });
    await expect(consent).toContainText('公式の情報は見つかっていません');
    await expect(consent).toContainText('ステーションに相談してください');
  }
  await app.screenshot('visit-new-cases');
  // The devices a station prepares: an iPad reads the card through a Bluetooth reader.
  await app.open('/visit/setup');
  await expect(page.getByText(/Bluetooth接続のカードリーダー/).first()).toBeVisible();
});

test('a 導入済み station\'s ホーム shows the month\'s claim, due on the 10th with its weekday, then the next', async ({ page }, info) => {
  const app = new App(page, info);
  await page.clock.setFixedTime(new Date('2026-12-06T10:00:00+09:00'));
  await app.open('/');
  await page.getByRole('button', { name: '導入済みにする' }).click();
  const dates = page.getByRole('region', { name: 'この事業所の期日' });
  await expect(dates).toContainText('11月分の請求');
  await expect(dates).toContainText('2026年12月10日（木・令和8年）');
  await expect(dates).toContainText('各月分を翌月10日まで');
  // The window, as the 国保連 page that gives it says, with its source.
  await expect(dates).toContainText('秋田県国保連の案内');
  await app.screenshot('home-claim');
  await page.clock.setFixedTime(new Date('2026-12-11T10:00:00+09:00'));
  await page.reload();
  await app.waitForScreen();
  await expect(dates).toContainText('12月分の請求');
  await expect(dates).toContainText('2027年1月10日（日・令和9年）');
});
