// The guide read today: その後の動き with sources, notes beside STEP03 and STEP05, the guide's
// own sentences untouched.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.js';
import { App } from '../support/app.js';

/** The facts as the content file lists them (statement, source_url), read without a TOML parser. */
async function factsFromContent() {
  const text = await readFile(new URL('../../../content/later.ja.toml', import.meta.url), 'utf8');
  return text.split('[[facts]]').slice(1).map((block) => ({
    statement: block.match(/^statement = "(.*)"$/m)[1],
    url: block.match(/^source_url = "(.*)"$/m)[1],
    kind: block.match(/^kind = "(.*)"$/m)[1],
  }));
}

test('その後の動き lists every fact by topic with its source link, date and kind', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  await page.getByRole('link', { name: 'その後の動き', exact: true }).click();
  await app.waitForScreen();
  await expect(app.heading()).toHaveText('その後の動き');
  for (const topic of ['開始と義務化', '経過措置', '補助金', '訪問時の本人確認', '健康保険証']) {
    await expect(page.getByRole('heading', { name: topic, level: 2 })).toBeVisible();
  }
  const facts = await factsFromContent();
  expect(facts.length).toBeGreaterThanOrEqual(10);
  const items = page.locator('.later-fact');
  await expect(items).toHaveCount(facts.length);
  for (const fact of facts) {
    const item = items.filter({ hasText: fact.statement });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('link')).toHaveAttribute('href', fact.url);
    await expect(item).toContainText(/出典：.+（\d{4}年/);
    await expect(item).toContainText(fact.kind === 'official' ? '公式' : '参考（報道）');
    if (fact.kind === 'report') await expect(item).toContainText('ポータルサイトで確認してください');
  }
  await expect(page.getByText(/2026年11月25日時点でまとめた情報です/)).toBeVisible();
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
  await expect(note).toContainText('令和6年6月1日に始まり');
  await expect(note).toContainText('令和6年12月2日から原則義務');
  await expect(note.getByRole('link', { name: /【解説ページ】経過措置\(訪問看護\)/ })).toHaveAttribute('href', /iryohokenjyoho\.service-now\.com/);
  // The guide's own sentence, word for word (the Western date follows it, apart).
  await expect(app.item('アカウント登録')).toContainText('※令和6年1月から医療機関等向け総合ポータルサイトへの登録が可能となる予定です。（令和6年1月＝2024年1月）');
  await expect(page.getByText('まず、医療機関等向け総合ポータルサイトへのアカウント登録を行ってください ※令和6年1月からアカウント登録が可能となる予定です')).toBeVisible();

  await app.open('/steps/5');
  const subsidy = page.getByRole('complementary', { name: 'その後の動き（ガイド発行後の情報）' });
  await expect(subsidy).toContainText('上限42.9万円');
  await expect(subsidy).toContainText('申請期間は終了していると報じられています');
  await expect(subsidy).toContainText('総合ポータルサイトで確認してください');
  await expect(subsidy).toContainText('参考（報道）');
  await expect(app.item('補助金申請')).toContainText('補助金に関する詳細な内容については、実施要領などで別途周知いたします。');
  await expect(page.getByText('ポータルサイト等の掲載内容を確認し、ポータルサイトを通じて補助金の申請を行ってください')).toBeVisible();
  await app.screenshot('step-5-later-note');
});
