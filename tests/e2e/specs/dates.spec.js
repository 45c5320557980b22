// The guide read in 2026: facts that know the date, ホーム's いまの状況, the station's dates, the
// certificate's renewal, and the calendar file. The device's clock is fixed in each test, so the
// deadlines read the same whatever day the suite runs.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { homeLines, laterCheckedOn, laterFacts, monthsAfter, visitCheckedOn } from '../support/content.js';

/** Fixes the page's clock (Date) at a local day in Japan; timers still run. */
async function onDay(page, day) {
  await page.clock.setFixedTime(new Date(`${day}T10:00:00+09:00`));
}

test('その後の動き tells ended arrangements as ended, below what still applies', async ({ page }, info) => {
  const app = new App(page, info);
  const checked = await laterCheckedOn();
  await onDay(page, checked.iso);
  await app.open('/later');
  await expect(page.getByText(`${checked.text}時点で出典を確かめた情報です`, { exact: false })).toBeVisible();
  const cards = page.getByRole('region', { name: '健康保険証・資格確認書' });
  // The three found told as current in the list of 2026-11-24.
  const grace = cards.getByRole('listitem').filter({ hasText: '期限の切れた健康保険証' });
  await expect(grace).toContainText('終了（令和8年3月31日まで）');
  await expect(grace).toContainText('令和8年3月31日で終わりました');
  await expect(grace).not.toContainText('受け付けることができます');
  const koki = cards.getByRole('listitem').filter({ hasText: '全員に資格確認書を交付する扱い' });
  await expect(koki).toContainText('終了（令和8年7月31日まで）');
  await expect(koki).toContainText('令和8年7月末まででした');
  await expect(page.locator('main')).not.toContainText('全員に資格確認書が交付されています');
  const photo = page.getByRole('region', { name: '訪問時の本人確認' }).getByRole('listitem');
  await expect(photo).toContainText('マイナ資格確認アプリ（居宅同意取得型）を使うときだけ');
  await expect(photo).toContainText('マイナ在宅受付Webでは、いつも4桁の暗証番号が必要です');
  // What ended comes after what still applies.
  const items = cards.getByRole('listitem');
  const ended = await items.evaluateAll((lis) => lis.map((li) => li.classList.contains('ended')));
  expect(ended.indexOf(true)).toBeGreaterThan(0);
  expect(ended.slice(ended.indexOf(true)).every(Boolean)).toBe(true);
  // Every fact names its kind and at least one dated source.
  for (const item of await page.locator('.later-fact').all()) {
    await expect(item).toContainText(/公式|参考|未確認/);
    await expect(item).toContainText(/出典：.+（(\d{4}年|日付の記載なし|日付は未確認)/);
  }
  await expect(page.getByText('この情報は古くなっているかもしれません')).toHaveCount(0);
  await app.screenshot('later-2026');
});

test('before its last day an arrangement reads as current, with its end date', async ({ page }, info) => {
  const app = new App(page, info);
  await onDay(page, '2026-03-01');
  await app.open('/later');
  const grace = page.getByRole('listitem').filter({ hasText: '期限の切れた健康保険証' });
  await expect(grace).toContainText('令和8年3月31日まで');
  await expect(grace).not.toContainText('終了');
  await expect(grace).toContainText('受け付けることができます');
});

test('six months after the check, その後の動き, ホーム, 訪問 and its card say the facts may be out of date', async ({ page }, info) => {
  const app = new App(page, info);
  const later = await laterCheckedOn();
  const visit = await visitCheckedOn();
  const stale = () => page.getByRole('note').filter({ hasText: 'この情報は古くなっているかもしれません' });
  // On the last day of the six months, nowhere.
  await onDay(page, monthsAfter(later.iso < visit.iso ? later.iso : visit.iso, 6));
  for (const path of ['/', '/later', '/visit', '/visit/card']) {
    await app.open(path);
    await expect(stale()).toHaveCount(0);
  }
  // The day after the later of the two checks' six months, everywhere, each with its own day.
  await onDay(page, monthsAfter(later.iso > visit.iso ? later.iso : visit.iso, 6, 1));
  await app.open('/');
  await expect(stale()).toContainText(`出典を確かめたのは${later.text}`);
  await expect(stale().getByRole('link', { name: /医療機関等向け総合ポータルサイト/ })).toBeVisible();
  await app.open('/later');
  await expect(stale()).toBeVisible();
  // Nurses carry 訪問 and its printed card: they say it too.
  await app.open('/visit');
  await expect(stale()).toContainText(`出典を確かめたのは${visit.text}`);
  await expect(stale().getByRole('link', { name: /医療機関等向け総合ポータルサイト/ })).toBeVisible();
  await app.open('/visit/card');
  await expect(stale()).toContainText(`出典を確かめたのは${visit.text}`);
  await page.emulateMedia({ media: 'print' });
  await expect(stale()).toBeVisible();
  await app.screenshot('visit-card-stale-print');
});

test('ホーム leads with where things stand today, each line with its source', async ({ page }, info) => {
  const app = new App(page, info);
  const checked = await laterCheckedOn();
  await onDay(page, checked.iso);
  await app.open('/');
  const today = page.getByRole('region', { name: `いまの状況（${checked.text}時点）` });
  const lines = today.getByRole('listitem');
  // The lines the content file lists, in its order, each its fact as it stands on the day.
  const [wanted, facts] = [await homeLines(), await laterFacts()];
  expect(wanted.length, 'the content file has lines for ホーム').toBeGreaterThan(0);
  await expect(lines).toHaveCount(wanted.length);
  for (const [i, { label, fact: id }] of wanted.entries()) {
    const fact = facts[id];
    const over = fact.until !== undefined && fact.until < checked.iso;
    await expect(lines.nth(i)).toContainText(label);
    await expect(lines.nth(i)).toContainText(over ? fact.ended : fact.text);
    // A day that closed only a part of an arrangement is told as that part's end, not its own.
    if (over && fact.untilWhat) await expect(lines.nth(i)).toContainText(`${fact.untilWhat}は終了（`);
  }
  for (const line of await lines.all()) {
    await expect(line.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  }
  // It comes before the guide's plan.
  const order = await page.locator('main h2').allTextContents();
  expect(order.indexOf(`いまの状況（${checked.text}時点）`)).toBeLessThan(order.indexOf('次にやること'));
  expect(order.indexOf('この事業所の期日')).toBeLessThan(order.indexOf('次にやること'));
});

test('the month online claims start gives the application deadline and the quote month on ホーム', async ({ page }, info) => {
  const app = new App(page, info);
  await onDay(page, '2026-11-29');
  await app.open('/');
  const dates = page.getByRole('region', { name: 'この事業所の期日' });
  await dates.getByLabel('オンライン請求を始める月').fill('2027-04');
  const deadline = dates.getByRole('listitem').filter({ hasText: 'オンライン請求の利用申請の締切' });
  await expect(deadline).toContainText('2027年2月20日（土・令和9年）');
  await expect(deadline).toContainText('あと83日');
  await expect(deadline.getByRole('link', { name: /総合ポータルサイト オンライン請求FAQ/ })).toHaveAttribute('href', /iryohokenjyoho/);
  const quotes = dates.getByRole('listitem').filter({ hasText: '見積を依頼する目安' });
  await expect(quotes).toContainText('2026年12月（令和8年12月）中');
  await expect(quotes).toContainText('参考');
  await expect(dates.getByText('次の期日')).toBeVisible();
  await expect(dates.locator('.next-due')).toContainText('見積を依頼する目安');
  await expect(dates.getByText('ご注意')).toHaveCount(0);
  await app.screenshot('home-dates');
  await page.reload();
  await app.waitForScreen();
  await expect(dates.getByLabel('オンライン請求を始める月')).toHaveValue('2027-04');

  // A month whose deadline has passed is warned of, in words.
  await dates.getByLabel('オンライン請求を始める月').fill('2027-01');
  await expect(dates.getByRole('listitem').filter({ hasText: 'ご注意' })).toContainText(
    '2027年1月から始めるための利用申請の締切（2026年11月20日（金・令和8年））を過ぎています');
  await expect(dates.getByRole('listitem').filter({ hasText: 'オンライン請求の利用申請の締切' }).first()).toContainText('過ぎました');
});

test('a recorded certificate date gives its expiry and renewal, and a renewal moves them', async ({ page }, info) => {
  const app = new App(page, info);
  await onDay(page, '2027-04-01');
  await app.open('/steps/3');
  const records = page.getByRole('region', { name: '記録' });
  await records.getByLabel('電子証明書の到着日（簡易書留）').fill('2024-03-01');
  await expect(records.getByText(/有効期限の目安：2027年5月31日（月・令和9年）（到着日から3年3か月）/)).toBeVisible();
  await app.goTo('ホーム');
  const dates = page.getByRole('region', { name: 'この事業所の期日' });
  const expiry = dates.getByRole('listitem').filter({ hasText: '電子証明書の有効期限（目安）' });
  await expect(expiry).toContainText('2027年5月31日（月・令和9年）');
  await expect(dates.getByRole('listitem').filter({ hasText: 'ご注意' })).toContainText('電子証明書を更新できる時期です');
  await expect(dates.locator('.next-due')).toContainText('電子証明書');

  await app.open('/steps/3');
  await records.getByLabel('電子証明書を更新した日（最新）').fill('2027-04-10');
  await expect(records.getByText(/有効期限の目安：2030年7月9日（火・令和12年）（更新した日から3年3か月）/)).toBeVisible();
  await app.goTo('ホーム');
  await expect(expiry).toContainText('2030年7月9日（火・令和12年）');
  await expect(dates.getByText('ご注意')).toHaveCount(0);
});

test('カレンダーに追加 downloads one .ics with every dated item, read back by ical.js', async ({ page }, info) => {
  const app = new App(page, info);
  await onDay(page, '2026-11-29');
  await app.open('/steps/3');
  await page.getByLabel('電子証明書の到着日（簡易書留）').fill('2024-03-01');
  await app.open('/');
  const dates = page.getByRole('region', { name: 'この事業所の期日' });
  await dates.getByLabel('オンライン請求を始める月').fill('2027-04');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dates.getByRole('button', { name: 'カレンダーに追加' }).click(),
  ]);
  // Named by the station's id, random since schema 7.
  const id = await page.evaluate(() => JSON.parse(localStorage.getItem('onshi-navi')).current);
  expect(id).toMatch(/^station-[A-Za-z0-9_-]{22}$/);
  // The file's name keeps to letters, digits and hyphens (every browser keeps those).
  const name = `onshi-navi-${id.replace(/[^A-Za-z0-9-]/g, '-')}.ics`;
  expect(download.suggestedFilename()).toBe(name);
  await expect(app.status()).toContainText(`${name} を保存しました`);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.includes('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
  const deadline = byUid[`${id}.claims-application-deadline@onshi-navi`];
  expect(deadline.summary).toBe('オンライン請求の利用申請の締切（名称未設定の事業所）');
  expect(deadline.startDate.isDate).toBe(true);
  expect(deadline.startDate.toString()).toBe('2027-02-20');
  expect(deadline.endDate.toString()).toBe('2027-02-21');
  expect(deadline.description).toContain('総合ポータルサイト');
  expect(byUid[`${id}.certificate-expires@onshi-navi`].startDate.toString()).toBe('2027-05-31');
  expect(byUid[`${id}.certificate-arrived@onshi-navi`].startDate.toString()).toBe('2024-03-01');
  expect(Object.keys(byUid)).toEqual(expect.arrayContaining([
    `${id}.claims-start@onshi-navi`, `${id}.latest-quote-month@onshi-navi`, `${id}.certificate-renewable@onshi-navi`]));
  // The monthly claim, from the first after the month online claims start: one event that repeats.
  const claim = byUid[`${id}.claim-due@onshi-navi`];
  expect(claim.summary).toBe('4月分の請求（名称未設定の事業所）');
  expect(claim.startDate.toString()).toBe('2027-05-10');
  expect(claim.component.getFirstPropertyValue('rrule').toString()).toBe('FREQ=MONTHLY');
  expect(events.length).toBe(7);

  // A second export of the same station keeps every UID (the calendar updates, not duplicates).
  await dates.getByLabel('オンライン請求を始める月').fill('2027-06');
  const [second] = await Promise.all([
    page.waitForEvent('download'),
    dates.getByRole('button', { name: 'カレンダーに追加' }).click(),
  ]);
  const again = new ICAL.Component(ICAL.parse(await readFile(await second.path(), 'utf8')))
    .getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(again.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
  expect(again.find((e) => e.uid.includes('claims-application-deadline')).startDate.toString()).toBe('2027-04-20');
});

test('the 導入記録 print view carries every date of the station', async ({ page }, info) => {
  const app = new App(page, info);
  await onDay(page, '2026-11-29');
  await app.open('/');
  await page.getByLabel('オンライン請求を始める月').fill('2027-04');
  await app.open('/print');
  const table = page.getByRole('table', { name: '期日・目安・記録した日付（作成日時点）' });
  await expect(table).toContainText('オンライン請求の利用申請の締切');
  await expect(table).toContainText('2027年2月20日（土・令和9年）');
  await expect(table).toContainText('根拠：公式・総合ポータルサイト オンライン請求FAQ');
  await expect(table).toContainText('見積を依頼する目安');
});
