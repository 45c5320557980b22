// The guide read today: その後の動き with sources, notes beside STEP03 and STEP05, the guide's
// own sentences untouched.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';
import { laterCheckedOn, laterTopics } from '../support/content.js';

/** The facts as the content file lists them (id, text, kind, source ids), and each source's
 *  address, read without a TOML parser. */
async function factsFromContent() {
  const read = (name) => readFile(new URL(`../../../content/${name}`, import.meta.url), 'utf8');
  const sources = Object.fromEntries((await read('sources.ja.toml')).split('[[sources]]').slice(1)
    .map((block) => [block.match(/^id = "(.*)"$/m)[1], block.match(/^url = "(.*)"$/m)[1]]));
  return (await read('later.ja.toml')).split('[[topics.facts]]').slice(1).map((block) => ({
    id: block.match(/^id = "(.*)"$/m)[1],
    text: block.match(/^text = "(.*)"$/m)[1],
    ended: block.match(/^ended_text = "(.*)"$/m)?.[1],
    until: block.match(/^until = "(.*)"$/m)?.[1],
    kind: block.match(/^kind = "(.*)"$/m)[1],
    urls: JSON.parse(block.match(/^sources = (\[.*\])$/m)[1]).map((id) => sources[id]),
  }));
}

test('その後の動き lists every fact by topic with its source links, dates and kind', async ({ page }, info) => {
  const app = new App(page, info);
  const checked = await laterCheckedOn();
  await page.clock.setFixedTime(new Date(`${checked.iso}T10:00:00+09:00`));
  await app.open('/');
  await page.getByRole('link', { name: 'その後の動き', exact: true }).click();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('その後の動き');
  const topics = await laterTopics();
  expect(topics.length, 'the content file has topics').toBeGreaterThan(0);
  for (const topic of topics) {
    await expect(page.getByRole('heading', { name: topic, level: 2 })).toBeVisible();
  }
  const facts = await factsFromContent();
  expect(facts.length, 'the content file has facts').toBeGreaterThan(0);
  const items = page.locator('.later-fact');
  await expect(items).toHaveCount(facts.length);
  const label = { official: '公式', report: '参考', unconfirmed: '未確認' };
  for (const fact of facts) {
    const item = page.locator(`#fact-${fact.id}`);
    // Every arrangement in the file has ended by the day of the check: told in the past tense.
    await expect(item).toContainText(fact.until ? fact.ended : fact.text);
    if (fact.until) await expect(item).toContainText('終了（');
    for (const url of fact.urls) await expect(item.locator(`a[href="${url}"]`)).toHaveCount(1);
    await expect(item).toContainText(/出典：.+（(\d{4}年|日付の記載なし|日付は未確認)/);
    await expect(item.locator('.fact-kind')).toHaveText(label[fact.kind]);
    if (fact.kind === 'report') await expect(item).toContainText('総合ポータルサイトで確認してください');
    if (fact.kind === 'unconfirmed') await expect(item).toContainText('公式の情報は見つかっていません');
  }
  await expect(page.getByText(`${checked.text}時点で出典を確かめた情報です`, { exact: false })).toBeVisible();
  await app.screenshot('later');
});

test('その後の動き is reachable from 出典', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/about');
  await expect(page.getByText('令和5年11月（2023年11月）')).toBeVisible();
  await page.getByRole('link', { name: 'その後の動き', exact: true }).click();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('その後の動き');
});

test('STEP03 and STEP05 carry a marked note; the guide sentences are unchanged', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/3');
  const note = page.getByRole('complementary', { name: 'その後の動き（ガイド発行後の情報）' });
  await expect(note).toContainText('令和6年6月に始まり');
  await expect(note).toContainText('令和6年12月2日から原則として義務');
  await expect(note).toContainText('2か月前の20日までに');
  await expect(note.getByRole('link', { name: /よくあるご質問（オンライン請求の利用申請）/ })).toHaveAttribute('href', /iryohokenjyoho\.service-now\.com/);
  // The guide's own sentence, word for word (the Western date follows it, apart).
  await expect(app.item('アカウント登録')).toContainText('※令和6年1月から医療機関等向け総合ポータルサイトへの登録が可能となる予定です。（令和6年1月＝2024年1月）');
  await expect(page.getByText('まず、医療機関等向け総合ポータルサイトへのアカウント登録を行ってください ※令和6年1月からアカウント登録が可能となる予定です')).toBeVisible();

  await app.open('/steps/5');
  const subsidy = page.getByRole('complementary', { name: 'その後の動き（ガイド発行後の情報）' });
  await expect(subsidy).toContainText('上限42.9万円');
  await expect(subsidy).toContainText('申請したものが対象でした');
  await expect(subsidy).toContainText('いま申請できる国の導入補助金は見つかっていません');
  await expect(subsidy).toContainText('総合ポータルサイトで確認してください');
  await expect(subsidy).toContainText('参考');
  await expect(app.item('補助金申請')).toContainText('補助金に関する詳細な内容については、実施要領などで別途周知いたします。');
  await expect(page.getByText('ポータルサイト等の掲載内容を確認し、ポータルサイトを通じて補助金の申請を行ってください')).toBeVisible();
  await app.screenshot('step-5-later-note');
});

test('every plan the guide tells in the future tense has a note: STEP01 and the vendor page', async ({ page }, info) => {
  const app = new App(page, info);
  const note = () => page.getByRole('complementary', { name: 'その後の動き（ガイド発行後の情報）' });
  await app.open('/steps/1');
  // The guide's sentence stays as it is; the note beside it says when it was written.
  await expect(page.getByText('導入パッケージを発売予定です', { exact: false })).toBeVisible();
  await expect(note()).toContainText('令和5年11月の発行時点の予定です');
  await expect(note()).toContainText('このアプリでは確かめていません');
  await expect(note().getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  await app.open('/vendors');
  await expect(page.getByRole('heading', { name: '導入支援事業者（予定）※順不同' })).toBeVisible();
  await expect(note()).toContainText('令和5年11月の発行時点の予定です');
  await expect(note()).toContainText('令和6年6月に始まり');
  await app.screenshot('vendors-later-note');
});

test('the 令和8年度 revision: its start told as reported, the draft\'s conditions as official, what is not confirmed said plainly', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/later');
  const fees = page.getByRole('region', { name: '診療報酬の加算（参考）' });
  // No official words for the day it took effect were found: reported, not official.
  const revision = fees.getByRole('listitem').filter({ hasText: '6月から実施されると報じられていました' });
  await expect(revision.locator('.fact-kind')).toHaveText('参考');
  await expect(revision.getByRole('link', { name: /令和8年度診療報酬改定/ })).toHaveAttribute('href', /mhlw\.go\.jp/);
  const draft = fees.getByRole('listitem').filter({ hasText: '改定の案（中医協 第644回' });
  await expect(draft.locator('.fact-kind')).toHaveText('公式');
  await expect(fees).not.toContainText('答申前の資料による');
  const unchecked = fees.getByRole('listitem').filter({ hasText: 'このアプリでは確かめられていません' });
  await expect(unchecked.locator('.fact-kind')).toHaveText('未確認');
});
