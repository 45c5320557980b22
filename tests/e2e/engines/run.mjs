// The end-to-end suite in the other engines: WebKit (the iPad's) and Firefox, each at a phone and a
// tablet window size, covering what a user does. Run by scripts/test.sh after the Playwright suite:
//   node --test-reporter=spec engines/run.mjs [webkit|firefox ...]
// Each test is a fresh session (a fresh profile). Screenshots go to screenshots/<engine>-<size>/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Key } from 'selenium-webdriver';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, newSession } from './engines.js';
import { BlankWindow, EnginePage, commandsInFlight, until, withDeadline } from './page.js';
import { makeBuilds, publish, serve, stop } from '../support/builds.js';
import { SCREENS } from '../support/screens.js';
import { checklistTotal } from '../support/content.js';
import { oldDocument } from '../support/documents.js';
// What counts as the engine's blank window, checked without a browser before the engines run.
import './page.test.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SCREENSHOTS = join(ROOT, 'screenshots');
const chosen = process.argv.slice(2).filter((a) => a in ENGINES);
const engines = chosen.length ? chosen : Object.keys(ENGINES);

const shotName = (path) => (path === '/' ? 'home' : path.slice(1).replaceAll('/', '-'));

/** Today in Japan as the app writes a completion date: 2026年11月30日. */
function todayInJapan() {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date()).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The tel: link for `number` on the screen shown: its name as the engine computes it (a ☎
 *  drawn before it may be part of it). */
function telLink(page, number) {
  return until(`the tel: link for ${number}`, async () => {
    for (const link of await page.all('link')) {
      // WebKit names no link outside the accessibility tree (the side menu, hidden on a phone).
      if ((await link.getAccessibleName().catch(() => '')).includes(`${number} に電話`)) return link;
    }
    return null;
  });
}

const counts = {};
let port = 9100;

for (const engineName of engines) {
  const engine = ENGINES[engineName];
  counts[engineName] = { started: 0, passed: 0, retried: [] };

  describe(engine.label, () => {
    let server;
    let downloads;
    before(async () => {
      server = await engine.start(port++);
      downloads = await mkdtemp(join(tmpdir(), `onshi-${engineName}-downloads-`));
    });
    after(async () => {
      await server?.stop();
      await rm(downloads, { recursive: true, force: true });
    });

    for (const size of ['phone', 'tablet']) {
      describe(size, () => {
        const appPort = port++;
        const base = `http://127.0.0.1:${appPort}`;
        let app;
        before(async () => { app = await serve(join(ROOT, 'dist'), appPort); });
        // Awaited, so that the run ends with no server of its own left behind.
        after(() => stop(app));
        /** Serves dist again on this size's port, once the old server is gone and the port free. */
        const restartApp = async () => {
          await stop(app);
          app = await serve(join(ROOT, 'dist'), appPort);
        };

        /** A test with a fresh session; counted per engine; a screenshot of the page on failure.
         *  A test whose window stayed blank (`BlankWindow`: not even the app's shell) runs once
         *  more in a new session, and the run's summary says so with what the page held: that is
         *  the engine's own rare blank window, and an app that fails to start fails both times.
         *  Any other failure, a screen that shows but never finishes among them, fails at once.
         *  A test that does not end fails before the runner's timeout, naming the WebDriver
         *  command left unanswered; the clean-up after it is bounded too. */
        const it = (name, body, timeout = 120_000) => test(name, { timeout: 2 * timeout + 60_000 }, async () => {
          counts[engineName].started++;
          for (let attempt = 1; ; attempt++) {
            const driver = await newSession(engineName, server, size, downloads);
            const inFlight = commandsInFlight(driver);
            const page = new EnginePage(driver, { engine: engineName, size, base, screenshots: SCREENSHOTS });
            try {
              await withDeadline(() => body(page, { driver, restartApp }), timeout, inFlight);
              counts[engineName].passed++;
              return;
            } catch (e) {
              await withDeadline(() => page.screenshot(`failed-${name.slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-')}`), 10_000).catch(() => {});
              if (attempt === 1 && e instanceof BlankWindow) {
                counts[engineName].retried.push(`${size}: ${name}: ${e.message}`);
                continue;
              }
              throw e;
            } finally {
              await withDeadline(() => driver.quit(), 10_000).catch(() => {});
            }
          }
        });

        it('every screen renders from a cold start (by the navigation) and from its deep link', async (page) => {
          await page.open('/');
          assert.equal(await page.heading(), '導入の進み具合');
          const nav = await page.get('navigation', size === 'phone' ? 'メインメニュー' : 'メニューと手順');
          for (const [link, title] of [['手順', '手順'], ['訪問', '訪問時の資格確認'], ['記録', '記録と書類'], ['その他', 'その他'], ['ホーム', '導入の進み具合']]) {
            await page.click('link', link, nav);
            await until(`「${title}」 after tapping ${link}`, async () => (await page.heading()) === title);
          }
          for (const [path, title] of SCREENS) {
            await page.open(path);
            assert.equal(await page.heading(), title, path);
            // No sideways scrolling at this width.
            const overflow = await page.driver.executeScript('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
            assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
            await page.screenshot(shotName(path));
          }
        });

        it('a tick survives a reload, with its date', async (page) => {
          await page.open('/steps/1');
          await page.click('checkbox', '現在の利用状況の確認');
          await page.waitForText('the status', () => page.status(), '保存しました');
          await page.reload();
          assert.equal(await page.checked('現在の利用状況の確認'), true);
          await page.waitForText('the item', () => page.item('現在の利用状況の確認'), `完了：${todayInJapan()}`);
        });

        it('records (text, month, date, amount with a refused bad value) survive a reload', async (page) => {
          await page.open('/steps/1');
          const records = await page.get('region', '記録');
          await page.fill('事業所名', 'さくら訪問看護ステーション', records);
          await page.pick('導入希望時期', '2024-06', records);
          await page.waitForText('the month in words', records, '2024年6月（令和6年6月）');
          const mobile = await page.get('group', 'モバイル端末（スマホ・タブレット）', records);
          await page.pick('依頼日', '2024-01-15', mobile);
          await page.waitForText('the date in words', mobile, '令和6年1月15日');
          await page.fill('金額（円・税込）', '55,000', mobile);
          assert.equal(await page.value('金額（円・税込）', mobile), '55,000');
          // 「55,000円」: refused as typed, and the last good amount stays saved.
          await page.append('金額（円・税込）', '円', mobile);
          await page.waitForText('the refusal', () => page.get('alert', undefined, mobile), '「円」');
          await page.waitForStored('the amount 55,000 saved', (doc) => doc.stations[0].records.quotes['q.mobile']?.amount === 55000);
          await page.screenshot('records-amount-refused');
          await page.reload();
          const kept = await page.get('region', '記録');
          assert.equal(await page.value('事業所名', kept), 'さくら訪問看護ステーション');
          assert.equal(await page.value('導入希望時期', kept), '2024-06');
          const keptMobile = await page.get('group', 'モバイル端末（スマホ・タブレット）', kept);
          assert.equal(await page.value('依頼日', keptMobile), '2024-01-15');
          assert.equal(await page.value('金額（円・税込）', keptMobile), '55,000');
        });

        it('a month field: where the engine has no month picker, a hint gives the format', async (page) => {
          await page.open('/steps/1');
          const field = await page.get('field', '導入希望時期');
          const type = await field.getAttribute('type');
          const hint = await page.driver.executeScript('return document.getElementById(arguments[0].id + "-format")?.textContent ?? null', field);
          const described = await field.getAttribute('aria-describedby');
          if (type === 'month') {
            assert.equal(hint, null);
          } else {
            assert.equal(hint, '入力の例：2025-04（年-月）');
            assert.match(described, /-format/);
          }
        });

        it('titles break between phrases, never inside a word (no auto-phrase here)', async (page) => {
          // Where each rendered line of every phrased title (guide steps and items, situations, quote
          // and order records, later topics) ends, by the characters' boxes: it must be where the
          // title has a <wbr>, or after punctuation.
          const check = async (path) => {
            await page.open(path);
            const bad = await page.driver.executeScript(`
              const bad = [];
              for (const el of document.querySelectorAll('.phrased')) {
                if (!el.getClientRects().length) continue;
                const allowed = new Set();
                const chars = [];
                const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
                for (let node = walk.nextNode(); node; node = walk.nextNode()) {
                  if (node.nodeName === 'WBR') allowed.add(chars.length);
                  if (node.nodeType === 3) for (let i = 0; i < node.length; i++) chars.push([node, i]);
                }
                const text = chars.map(([n, i]) => n.data[i]).join('');
                let lastTop = null;
                chars.forEach(([node, i], offset) => {
                  const range = document.createRange();
                  range.setStart(node, i); range.setEnd(node, i + 1);
                  const top = Math.round(range.getBoundingClientRect().top);
                  if (lastTop !== null && top > lastTop + 4 && !allowed.has(offset) && !'・、。）」 '.includes(text[offset - 1])) {
                    bad.push(text.slice(0, offset) + '／' + text.slice(offset));
                  }
                  lastTop = top;
                });
              }
              return bad;`);
            assert.deepEqual(bad, [], `${path}: titles broken inside a word`);
          };
          await check('/visit');
          await page.screenshot('visit-phrases');
          await check('/steps/1');
          await check('/steps/2');
          await check('/steps');
          await check('/later');
        });

        it('a backup exported here restores everything in a fresh profile', async (page, { driver }) => {
          await page.open('/steps/1');
          await page.click('checkbox', '現在の利用状況の確認');
          await page.pick('完了日を変更', '2024-01-15', await page.item('現在の利用状況の確認'));
          await page.open('/steps/5');
          await page.click('checkbox', '補助金申請');
          await page.open('/data');
          // Keep what the app hands to the browser as the file, whatever the engine does with it.
          await driver.executeScript(`window.__exported = [];
            const make = URL.createObjectURL;
            URL.createObjectURL = (blob) => { blob.text().then((t) => window.__exported.push(t)); return make.call(URL, blob); };`);
          for (const f of await readdir(downloads)) await rm(join(downloads, f), { force: true });
          await page.click('button', '書き出す');
          const text = await until('the exported file', () => driver.executeScript('return window.__exported[0]'));
          const json = JSON.parse(text);
          assert.equal(json.app, 'onshi-navi');
          assert.equal(json.stations.length, 1);
          await page.waitForText('the last export', () => page.get('region', 'バックアップを書き出す'), '最後に書き出した日時：');
          if (engineName === 'firefox') {
            // Firefox saves it as a real download.
            const file = await until('the downloaded file', async () => (await readdir(downloads)).find((f) => /^onshi-navi-\d{8}\.json$/.test(f)));
            assert.deepEqual(JSON.parse(await readFile(join(downloads, file), 'utf8')), json);
          }
          await page.screenshot('data-exported');
          await driver.quit();

          const path = join(downloads, `backup-${size}.json`);
          await writeFile(path, text);
          const fresh = new EnginePage(await newSession(engineName, server, size, downloads), page);
          try {
            await fresh.open('/steps/1');
            assert.equal(await fresh.checked('現在の利用状況の確認'), false, 'a new session is a fresh profile');
            await fresh.open('/data');
            await (await fresh.get('field', 'バックアップファイル（.json）')).sendKeys(path);
            const preview = await fresh.get('region', '読み込む内容の確認');
            await fresh.waitForText('the preview', preview, `チェック 2/${await checklistTotal()}`);
            await fresh.screenshot('import-preview');
            await fresh.click('button', '読み込んで置き換える', preview);
            await fresh.waitForText('the status', () => fresh.status(), 'バックアップを読み込みました。');
            await fresh.open('/steps/1');
            await fresh.waitForText('the item', () => fresh.item('現在の利用状況の確認'), '完了：2024年1月15日（令和6年）');
            await fresh.open('/steps/5');
            assert.equal(await fresh.checked('補助金申請'), true);
          } finally {
            await fresh.driver.quit();
          }
        });

        it('a bad backup file is refused with a clear message and nothing changes', async (page) => {
          await page.open('/steps/1');
          await page.click('checkbox', '現在の利用状況の確認');
          await page.waitForText('the status', () => page.status(), '保存しました');
          await page.open('/data');
          const before = await page.stored();
          const valid = JSON.parse(before);
          const dir = await mkdtemp(join(tmpdir(), 'onshi-bad-'));
          try {
            for (const [name, content, says] of [
              ['not-json.json', 'これはJSONではありません', 'JSON）として読み取れません'],
              ['newer.json', JSON.stringify({ ...valid, schema: 42 }), '新しいバージョンのアプリで作られたデータです'],
            ]) {
              await writeFile(join(dir, name), content);
              const input = await page.get('field', 'バックアップファイル（.json）');
              await input.clear().catch(() => {});
              await input.sendKeys(join(dir, name));
              const alert = await page.get('alert');
              await page.waitForText(name, alert, says);
              await page.waitForText(name, alert, 'いまのデータは変わっていません。');
              assert.equal((await page.all('region', '読み込む内容の確認')).length, 0);
              assert.equal(await page.stored(), before, name);
              if (name === 'newer.json') await page.screenshot('import-refused');
            }
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        });

        it('すべて削除 asks in a modal dialog: やめる and Esc keep everything, focus comes back', async (page, { driver }) => {
          await page.open('/steps/2');
          await page.click('checkbox', '見積内容の確認');
          await page.waitForText('the status', () => page.status(), '保存しました');
          await page.open('/data');
          const before = await page.stored();
          await page.click('button', 'すべて削除…');
          const dialog = await page.get('dialog', 'すべてのデータを削除しますか？');
          assert.equal(await dialog.isDisplayed(), true);
          assert.equal(await driver.executeScript('return arguments[0].matches(":modal")', dialog), true);
          await page.waitForText('the dialog', dialog, `名称未設定の事業所（チェック 1/${await checklistTotal()}`);
          await page.screenshot('delete-all-dialog');
          await page.click('button', 'やめる', dialog);
          await until('the dialog to close', async () => !(await dialog.isDisplayed()));
          const focused = await driver.switchTo().activeElement();
          assert.equal(await focused.getAccessibleName(), 'すべて削除…');
          await page.click('button', 'すべて削除…');
          await until('the dialog to open', () => dialog.isDisplayed());
          await driver.actions().sendKeys(Key.ESCAPE).perform();
          await until('Esc to close the dialog', async () => !(await dialog.isDisplayed()));
          assert.equal(await page.stored(), before);
          await page.click('button', 'すべて削除…');
          await page.click('button', 'すべて削除する', await page.get('dialog', 'すべてのデータを削除しますか？'));
          await page.waitForText('the status', () => page.status(), 'すべてのデータを削除しました。');
          await page.open('/steps/2');
          assert.equal(await page.checked('見積内容の確認'), false);
        });

        it('見積依頼メモ: コピー says it copied, or how to copy by hand; 共有 only where the engine shares', async (page, { driver }) => {
          await page.open('/memo');
          const memo = await page.get('region', '導入支援事業者あて');
          await page.click('button', 'コピー', memo);
          const said = await page.waitForText('the status', () => page.status(), 'コピー');
          assert.match(said, /コピーしました。|コピーできませんでした。文面を長押し/);
          const shares = await driver.executeScript('return typeof navigator.share === "function"');
          assert.equal((await page.all('button', '共有', memo)).length, shares ? 1 : 0);
          await page.screenshot('memo-copied');
        });

        it('offline after one visit: every screen works, and a tick made then survives', async (page, { driver, restartApp }) => {
          await page.openControlled('/');
          // Gone for sure, not just told to go: the screens below are then served by the
          // service worker alone.
          await stop(app);
          try {
            for (const [path, title] of SCREENS) {
              await page.open(path);
              assert.equal(await page.heading(), title, `${path} offline`);
            }
            await page.open('/steps/4');
            await page.click('checkbox', '業務等の変更点の確認');
            await page.waitForText('the status', () => page.status(), '保存しました');
            await page.reload();
            assert.equal(await page.checked('業務等の変更点の確認'), true);
            await page.screenshot('offline-ticked');
            assert.equal(await driver.executeScript('return navigator.serviceWorker.controller !== null'), true);
          } finally {
            await restartApp();
          }
          await page.reload();
          assert.equal(await page.checked('業務等の変更点の確認'), true);
        });

        it('a station handed off by code and by file reaches a fresh profile offline: its ホーム leads with the door; a damaged code changes nothing; a newer hand-off updates the contact and keeps the nurse\'s own', async (page, { driver, restartApp }) => {
          // The manager's device: a named station that checks with the Web, with a contact, 導入済み.
          await page.open('/stations');
          await page.fill('事業所名', 'さくら訪問看護ステーション');
          await page.open('/visit/setup');
          await page.click('radio', 'マイナ在宅受付Web', await page.get('group', '訪問での確認に使うもの'));
          await page.open('/contacts');
          const add = await page.get('region', '連絡先を追加');
          await page.fill('名称（必須）', 'NTT東日本', add);
          await page.fill('電話番号', '0120-116-116', add);
          await page.choose('種類', '導入支援事業者', add);
          await page.click('button', '追加', add);
          await page.waitForText('the status', () => page.status(), '「NTT東日本」を追加しました。');
          await page.open('/');
          await page.click('button', '導入済みにする');
          await until('the daily ホーム', async () => (await page.heading()) === '訪問のときに');
          await page.screenshot('home-daily-manager');
          await page.open('/handoff');
          const code = await until('the code', async () => {
            const value = await page.value('受け渡しコード');
            return value?.startsWith('ONSHI-HANDOFF-2.') ? value : null;
          });
          await page.screenshot('handoff');
          // The manager changes the contact's number: a second, newer hand-off.
          await page.open('/contacts');
          await page.fill('電話番号', '0120-000-111', await page.get('group', '連絡先 1'));
          await page.waitForStored('the new number', (doc) => doc.stations.some((s) => s.contacts?.some((c) => c.phone === '0120000111')));
          await page.open('/handoff');
          const changed = await until('the second code', async () => {
            const value = await page.value('受け渡しコード');
            return value?.startsWith('ONSHI-HANDOFF-2.') && value !== code ? value : null;
          });
          await driver.quit();

          const dir = await mkdtemp(join(tmpdir(), 'onshi-handoff-'));
          try {
            for (const by of ['code', 'file']) {
              // A nurse's device: a fresh profile, the app visited once, then no network.
              const nurse = new EnginePage(await newSession(engineName, server, size, downloads), page);
              try {
                await nurse.openControlled('/');
                await stop(app);
                try {
                  await nurse.open('/receive');
                  if (by === 'code') {
                    const at = 40;
                    const damaged = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
                    await nurse.fill('受け渡しコード', damaged);
                    await nurse.click('button', '読み込む');
                    await nurse.waitForText('the refusal', () => nurse.get('alert'), '途中で切れているか、変わっています');
                    assert.equal((await nurse.all('region', '受け取る内容の確認')).length, 0);
                    assert.equal(await nurse.stored(), null, 'a damaged code changes nothing');
                    await nurse.screenshot('receive-refused');
                    await nurse.fill('受け渡しコード', code);
                    await nurse.click('button', '読み込む');
                  } else {
                    const file = join(dir, `handoff-${size}.txt`);
                    await writeFile(file, `オン資導入ナビ 受け渡しコード（さくら訪問看護ステーション）\n${code}\n`);
                    await (await nurse.get('field', '受け渡しのファイル')).sendKeys(file);
                  }
                  const preview = await nurse.get('region', '受け取る内容の確認');
                  await nurse.waitForText('the preview', preview, '事業所「さくら訪問看護ステーション」を追加します（導入済み）');
                  await nurse.waitForText('the preview', preview, '連絡先を追加：NTT東日本');
                  assert.equal(await nurse.stored(), null, 'nothing is written before 受け取る');
                  await nurse.screenshot(`receive-preview-by-${by}`);
                  await nurse.click('button', '受け取る', preview);
                  await nurse.waitForText('the status', () => nurse.status(), '「さくら訪問看護ステーション」の設定を受け取りました。');
                  await nurse.open('/');
                  assert.equal(await nurse.heading(), '訪問のときに');
                  await nurse.waitForText('the way of checking', () => nurse.get('region', 'この事業所の確認の方法'), 'マイナ在宅受付Web');
                  await nurse.screenshot(`home-daily-by-${by}`);
                  await nurse.open('/visit');
                  await nurse.waitForText('訪問', () => nurse.get('region', 'うまくいかないとき'), '暗証番号を忘れた・ロックされた');
                  assert.match(await nurse.text(await nurse.get('region', 'うまくいかないとき')), /目視確認はできません/);
                  await nurse.open('/contacts');
                  assert.equal(await (await telLink(nurse, '0120-116-116')).getAttribute('href'), 'tel:0120116116');
                  if (by === 'file') {
                    // The nurse adds a contact of her own, then receives the manager's newer hand-off.
                    const own = await nurse.get('region', '連絡先を追加');
                    await nurse.fill('名称（必須）', '近くの薬局', own);
                    await nurse.click('button', '追加', own);
                    await nurse.waitForText('the status', () => nurse.status(), '「近くの薬局」を追加しました。');
                    await nurse.open('/receive');
                    await nurse.fill('受け渡しコード', changed);
                    await nurse.click('button', '読み込む');
                    const again = await nurse.get('region', '受け取る内容の確認');
                    await nurse.waitForText('the preview', again, '連絡先を更新：NTT東日本（導入支援事業者） 0120-000-111');
                    assert.doesNotMatch(await nurse.text(again), /近くの薬局/);
                    await nurse.click('button', '受け取る', again);
                    await nurse.waitForText('the status', () => nurse.status(), '「さくら訪問看護ステーション」の設定を受け取りました。');
                    await nurse.open('/contacts');
                    assert.equal(await (await telLink(nurse, '0120-000-111')).getAttribute('href'), 'tel:0120000111');
                    assert.equal(await nurse.value('名称', await nurse.get('group', '連絡先 2')), '近くの薬局');
                    await nurse.screenshot('contacts-after-second-handoff');
                  }
                } finally {
                  await restartApp();
                }
              } finally {
                await nurse.driver.quit();
              }
            }
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        });

        /** The 受け渡しコード this session's ほかの端末に渡す shows, once made. */
        const codeOf = async (page) => {
          await page.open('/handoff');
          return until('the code', async () => {
            const value = await page.value('受け渡しコード');
            return value?.startsWith('ONSHI-HANDOFF-2.z.') ? value : null;
          });
        };
        /** Pastes a code into ほかの端末から受け取る and reads it: gives the preview. */
        const readCode = async (page, code) => {
          await page.open('/receive');
          await page.fill('受け渡しコード', code);
          await page.click('button', '読み込む');
          return page.get('region', '受け取る内容の確認');
        };

        it('two stations that kept the old id under different names: the preview asks, nothing chosen, and 別の事業所として追加する keeps each its own contacts', async (page, { driver }) => {
          // The second manager's device, set up before ids were random.
          await page.open('/about');
          await driver.executeScript('localStorage.setItem("onshi-navi", arguments[0])', oldDocument('つばき訪問看護ステーション', 'つばきの業者', '0120111222'));
          const code = await codeOf(page);
          await driver.quit();
          const nurse = new EnginePage(await newSession(engineName, server, size, downloads), page);
          try {
            await nurse.open('/about');
            await nurse.driver.executeScript('localStorage.setItem("onshi-navi", arguments[0])', oldDocument('さくら訪問看護ステーション', 'さくらの薬局', '0312345678'));
            const preview = await readCode(nurse, code);
            const question = await nurse.get('group', '同じ事業所ですか？', preview);
            await nurse.waitForText('the question', question, '名前が違います');
            for (const radio of await nurse.all('radio', undefined, question)) assert.equal(await radio.isSelected(), false, 'nothing chosen');
            assert.equal(await (await nurse.get('button', '受け取る', preview)).isEnabled(), false, '受け取る waits for the answer');
            await nurse.screenshot('receive-asks');
            await nurse.click('radio', '別の事業所として追加する', question);
            await nurse.waitForText('the preview', preview, '事業所「つばき訪問看護ステーション」を追加します');
            await nurse.click('button', '受け取る', preview);
            await nurse.waitForText('the status', () => nurse.status(), '「つばき訪問看護ステーション」の設定を受け取りました。');
            await nurse.open('/contacts');
            assert.equal(await nurse.value('名称', await nurse.get('group', '連絡先 1')), 'つばきの業者');
            assert.equal((await nurse.all('group', '連絡先 2')).length, 0, 'only its own contacts');
            await nurse.open('/stations');
            await nurse.click('button', 'この事業所で作業する');
            await nurse.waitForText('the status', () => nurse.status(), '「さくら訪問看護ステーション」で作業します。');
            await nurse.open('/contacts');
            assert.equal(await nurse.value('名称', await nurse.get('group', '連絡先 1')), 'さくらの薬局');
            assert.equal((await nurse.all('group', '連絡先 2')).length, 0, 'only its own contacts');
          } finally {
            await nurse.driver.quit();
          }
        });

        it('a contact deleted on one device and corrected later on another keeps its name', async (page, { driver }) => {
          await page.open('/stations');
          await page.fill('事業所名', 'さくら訪問看護ステーション');
          await page.open('/contacts');
          const add = await page.get('region', '連絡先を追加');
          await page.fill('名称（必須）', 'NTT東日本', add);
          await page.fill('電話番号', '0120-116-116', add);
          await page.click('button', '追加', add);
          await page.waitForText('the status', () => page.status(), '「NTT東日本」を追加しました。');
          const first = await codeOf(page);
          // The manager deletes the contact, then hands on again.
          await page.open('/contacts');
          await page.click('button', 'この連絡先を削除…');
          await page.click('button', '削除する', await page.get('dialog', 'この連絡先を削除しますか？'));
          await page.waitForText('the status', () => page.status(), '「NTT東日本」を削除しました。');
          const deleted = await codeOf(page);
          await driver.quit();
          const nurse = new EnginePage(await newSession(engineName, server, size, downloads), page);
          try {
            const preview = await readCode(nurse, first);
            await nurse.click('button', '受け取る', preview);
            await nurse.waitForText('the status', () => nurse.status(), '「さくら訪問看護ステーション」の設定を受け取りました。');
            // Later than his deletion, she corrects the number.
            await nurse.open('/contacts');
            await nurse.fill('電話番号', '0120-000-999', await nurse.get('group', '連絡先 1'));
            await nurse.waitForStored('the new number', (doc) => doc.stations.some((s) => s.contacts?.some((c) => c.phone === '0120000999')));
            const newer = await readCode(nurse, deleted);
            await nurse.waitForText('the reason', newer, '設定のほうが新しいため、受け取っても変わるものはありません');
            await nurse.waitForText('the reason', newer, '連絡先：NTT東日本（その他） 0120-000-999');
            await nurse.screenshot('receive-newer-here');
            await nurse.click('button', '閉じる', newer);
            await nurse.open('/contacts');
            assert.equal(await nurse.value('名称', await nurse.get('group', '連絡先 1')), 'NTT東日本');
            assert.equal(await (await telLink(nurse, '0120-000-999')).getAttribute('href'), 'tel:0120000999');
          } finally {
            await nurse.driver.quit();
          }
        });

        it('検索: 「ろっく」 opens the PIN situation, 「０１２０」 finds the official lines, a contact is found by its memo, offline', async (page, { restartApp }) => {
          await page.openControlled('/contacts');
          const add = await page.get('region', '連絡先を追加');
          await page.fill('名称（必須）', '近くの薬局', add);
          await page.click('button', '追加', add);
          await page.waitForText('the status', () => page.status(), '「近くの薬局」を追加しました。');
          await page.fill('メモ（担当者・受付時間など）', '夜間の担当は佐藤さん', await page.get('group', '連絡先 1'));
          await page.waitForStored('the memo', (doc) => doc.stations.some((s) => s.contacts?.some((c) => c.memo.includes('佐藤'))));
          await stop(app);
          try {
            /** Types a query where this size has its search field: the top bar's on a tablet, the
             *  search screen's (one tap away) on a phone. */
            const searchFor = async (text) => {
              if (size === 'phone') {
                if (!(await page.driver.getCurrentUrl()).endsWith('/search')) {
                  await page.click('link', '検索', await page.get('search', 'アプリ内の検索'));
                  await until('the search screen', async () => (await page.heading()) === '検索');
                }
                await page.fill('アプリ内を検索', text, await page.get('search', 'アプリ内の検索（この画面）'));
              } else {
                await page.fill('アプリ内を検索', text, await page.get('search', 'アプリ内の検索'));
                await until('the search screen', async () => (await page.heading()) === '検索');
              }
            };
            await page.open('/');
            await searchFor('ろっく');
            const visit = await page.get('region', await until('the 訪問 results', async () => {
              for (const region of await page.all('region')) {
                const name = (await region.getAccessibleName().catch(() => '')) ?? '';
                if (name.startsWith('訪問（')) return name;
              }
              return null;
            }));
            await page.screenshot('search-results');
            const pin = await until('the PIN situation', async () => {
              for (const link of await page.all('link', undefined, visit)) {
                if ((await link.getText()).includes('暗証番号を忘れた・ロックされた')) return link;
              }
              return null;
            });
            await pin.click();
            await until('the situation open and focused', () => page.driver.executeScript(
              'const d = document.getElementById("pin"); return d && d.open && document.activeElement === d'));
            assert.match(await page.driver.getCurrentUrl(), /\/visit#pin$/);
            await searchFor('０１２０');
            await page.waitForText('the official lines', () => page.driver.findElement({ css: '.search-output' }), 'マイナンバー総合フリーダイヤル');
            await searchFor('佐藤');
            const found = await page.driver.findElement({ css: '.search-output' });
            await page.waitForText('the contact', found, '近くの薬局');
            assert.equal(await page.driver.executeScript('return JSON.stringify({ ...localStorage }).includes("佐藤さん」")'), false);
          } finally {
            await restartApp();
          }
        });

        it('two windows ticking different items keep both', async (page, { driver }) => {
          await page.open('/steps/3');
          const first = await driver.getWindowHandle();
          await driver.switchTo().newWindow('window');
          const second = await driver.getWindowHandle();
          await page.open('/steps/3');
          await driver.switchTo().window(first);
          await page.click('checkbox', 'オンライン資格確認利用申請');
          await driver.switchTo().window(second);
          // The other window follows the change (a storage event), without a reload.
          await until('the tick to show in the other window', () => page.checked('オンライン資格確認利用申請'));
          await page.click('checkbox', 'オンライン請求利用申請・開始届');
          await driver.switchTo().window(first);
          await until('the second tick to show in the first window', () => page.checked('オンライン請求利用申請・開始届'));
          for (const handle of [first, second]) {
            await driver.switchTo().window(handle);
            await page.reload();
            for (const name of ['オンライン資格確認利用申請', 'オンライン請求利用申請・開始届']) {
              assert.equal(await page.checked(name), true, name);
            }
          }
        });

        it('a new build served: the app offers 更新, and after it the tick is kept', async (page, { driver }) => {
          const dir = join(tmpdir(), `onshi-navi-update-${engineName}-${size}`);
          const { a, b } = await makeBuilds(dir);
          const site = join(dir, 'site');
          await publish(a, site);
          const updatePort = port + 50 + (size === 'phone' ? 0 : 1) + (engineName === 'webkit' ? 0 : 2);
          const updates = await serve(site, updatePort);
          try {
            const url = `http://127.0.0.1:${updatePort}`;
            await page.openControlled(`${url}/steps/1`);
            await page.click('checkbox', '現在の利用状況の確認');
            await page.waitForText('the status', () => page.status(), '保存しました');
            await publish(b, site);
            // The app looks for a new version when it is opened or shown again.
            await page.open(`${url}/steps/1`);
            const banner = () => page.get('status', '更新のお知らせ');
            await page.waitForText('the update banner', banner, '新しいバージョンがあります', 20_000);
            await page.screenshot('update-offered');
            await page.click('button', '更新', await banner());
            await until('build B', () => driver.executeScript('return document.querySelector("meta[name=build]")?.content === "B"'), 20_000);
            await page.waitForScreen();
            assert.equal(await page.checked('現在の利用状況の確認'), true);
          } finally {
            await stop(updates);
            await rm(dir, { recursive: true, force: true });
          }
        });
      });
    }

    after(() => {
      const { started, passed, retried } = counts[engineName];
      // A test the runner ended (its timeout) never reached its own count: failed is what did not pass.
      console.log(`${engine.label}: ${passed} passed, ${started - passed} failed${retried.length ? `; ${retried.length} run again after the engine's blank window:` : ''}`);
      for (const line of retried) console.log(`  ${line}`);
    });
  });
}
