// The foundation: every step reachable from ホーム, ticks kept with their dates, deep links.
import { test, expect } from '../support/fixtures.js';
import { App, STEPS } from '../support/app.js';
import { checklistTotal, guideSteps, progressText } from '../support/content.js';

test('ホーム shows the phases, the steps with progress, and what to do next', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  await expect(app.heading()).toHaveText('導入の進み具合');
  for (const phase of ['1. 見積依頼・発注', '2. 導入・運用準備', '3. 補助金申請（導入完了後）']) {
    await expect(page.getByRole('heading', { name: phase, level: 2 })).toBeVisible();
  }
  const next = page.getByRole('region', { name: '次にやること' });
  await expect(next.getByRole('link')).toContainText('現在の利用状況の確認');
  await expect(page.getByRole('progressbar', { name: '全体の進み具合' })).toBeVisible();
  await expect(page.getByText(progressText(0, await checklistTotal()))).toBeVisible();
  await expect(page.getByText(/まずは導入支援事業者にご確認ください/).first()).toBeVisible();
  await app.screenshot('home');
});

test('every step is reachable from ホーム and shows its checklist', async ({ page }, info) => {
  const app = new App(page, info);
  // Each step's checklist as the guide's content file lists it.
  const checklists = Object.fromEntries((await guideSteps()).map((step) => [step.number, step.items]));
  const phaseOf = { 1: '1. 見積依頼・発注', 2: '1. 見積依頼・発注', 3: '2. 導入・運用準備', 4: '2. 導入・運用準備', 5: '3. 補助金申請（導入完了後）' };
  for (const step of STEPS) {
    await app.open('/');
    await page.getByRole('region', { name: phaseOf[step.number] })
      .getByRole('link', { name: `${step.label} ${step.title}`, exact: true }).click();
    await app.waitForScreen();
    await expect(page).toHaveURL(new RegExp(`/steps/${step.number}$`));
    await expect(app.heading()).toHaveText(`${step.label} ${step.title}`);
    expect(checklists[step.number].length, `${step.label} has a checklist`).toBeGreaterThan(0);
    for (const name of checklists[step.number]) {
      await expect(app.checkbox(name)).not.toBeChecked();
    }
    await app.screenshot(`step-${step.number}`);
  }
});

test('STEP01 shows whom to ask for each quote target', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  const targets = page.getByRole('region', { name: '主な見積対象' });
  // Every target of STEP01 in the guide's content file, and nothing else.
  const titles = (await guideSteps()).find((step) => step.number === 1).quoteTargets;
  await expect(targets.getByRole('listitem')).toHaveCount(titles.length);
  for (const title of titles) {
    const target = targets.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true, level: 3 }) });
    await expect(target).toContainText('見積依頼先');
  }
  const rececon = targets.getByRole('listitem').filter({ hasText: 'レセプト作成用端末/レセプト作成用ソフト' });
  await expect(rececon).toContainText('見積依頼先');
  await expect(rececon).toContainText('レセコン事業者');
  await expect(targets.getByRole('listitem').filter({ hasText: 'ネットワーク回線の敷設' })).toContainText('導入支援事業者');
});

test('a tick is kept with its date across a reload, and an untick clears it', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/3');
  const box = app.checkbox('アカウント登録');
  await box.check();
  await expect(app.status()).toHaveText('保存しました');
  const today = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date()).reduce((o, p) => ({ ...o, [p.type]: p.value }), {});
  const done = `完了：${today.year}年${today.month}月${today.day}日`;
  await expect(app.item('アカウント登録')).toContainText(done);
  await expect(app.item('アカウント登録').getByText('未完了', { exact: true })).toBeHidden();
  await expect(app.item('アカウント登録').getByLabel('完了日を変更')).toBeVisible();

  await page.reload();
  await app.waitForScreen();
  await expect(app.checkbox('アカウント登録')).toBeChecked();
  await expect(app.item('アカウント登録')).toContainText(done);

  await app.open('/');
  const steps = await guideSteps();
  await expect(page.getByText(progressText(1, await checklistTotal()))).toBeVisible();
  const step3 = steps.find((step) => step.number === 3).items.length;
  await expect(page.getByRole('listitem').filter({ hasText: 'STEP03' }).first()).toContainText(`進行中（1/${step3}）`);

  await app.open('/steps/3');
  await app.checkbox('アカウント登録').uncheck();
  await page.reload();
  await app.waitForScreen();
  await expect(app.checkbox('アカウント登録')).not.toBeChecked();
  await expect(app.item('アカウント登録').getByText('未完了', { exact: true })).toBeVisible();
  await expect(app.item('アカウント登録')).not.toContainText('完了：');
  await expect(app.item('アカウント登録').getByLabel('完了日を変更')).toBeHidden();
});

test('the done date can be changed and is shown with the era', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/3');
  await app.checkbox('電子証明書発行申請').check();
  await app.item('電子証明書発行申請').getByLabel('完了日を変更').fill('2024-01-15');
  await expect(app.item('電子証明書発行申請')).toContainText('完了：2024年1月15日（令和6年）');
  await page.reload();
  await expect(app.item('電子証明書発行申請')).toContainText('完了：2024年1月15日（令和6年）');
});

test('次にやること moves on as items are ticked and links to the item', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/1');
  await app.checkbox('現在の利用状況の確認').check();
  await app.open('/');
  const next = page.getByRole('region', { name: '次にやること' });
  await expect(next.getByRole('link')).toContainText('見積のご相談・ご依頼');
  await next.getByRole('link').click();
  await expect(page).toHaveURL(/\/steps\/1#item-s1\.request-quotes$/);
  await expect(app.checkbox('見積のご相談・ご依頼')).toBeInViewport();
});

test('a link to a place in a step shows that place whole, below the top bar', async ({ page }, info) => {
  const app = new App(page, info);
  const clearOfTopBar = async (heading) => {
    await expect(heading).toBeInViewport();
    const bar = await page.getByRole('banner').boundingBox();
    const box = await heading.boundingBox();
    expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  };
  // Opened cold (a link from 記録 to a step's records) …
  await app.open('/steps/1#records');
  await clearOfTopBar(page.getByRole('heading', { name: '記録', level: 2, exact: true }));
  // … and within the app (次にやること to its checklist item).
  await app.open('/');
  await page.getByRole('region', { name: '次にやること' }).getByRole('link').click();
  await expect(page).toHaveURL(/#item-s1\.current-usage$/);
  await clearOfTopBar(app.item('現在の利用状況の確認'));
});

test('every screen reloads on its own URL, and the back button works', async ({ page }, info) => {
  const app = new App(page, info);
  const screens = [
    ['/', '導入の進み具合'],
    ['/steps', '手順'],
    ['/steps/2', 'STEP02 発注'],
    ['/vendors', '導入支援事業者等（予定）'],
    ['/about', '出典・このアプリについて'],
    ['/more', 'その他'],
  ];
  for (const [path, title] of screens) {
    await app.open(path);
    await page.reload();
    await expect(app.heading()).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`オン資導入ナビ`));
  }
  await app.open('/');
  await app.goTo('手順');
  await expect(app.heading()).toHaveText('手順');
  await page.goBack();
  await expect(app.heading()).toHaveText('導入の進み具合');
  await app.open('/steps/9');
  await expect(app.heading()).toHaveText('ページが見つかりません');
});

test('a step opened cold fills in below its top, in page order, and nothing on screen moves', async ({ page }, info) => {
  const app = new App(page, info);
  // The parts below a step's top are built in slices after the first paint; none may push
  // what is already on screen. Every layout shift is recorded from the start (the user does
  // nothing here; Chromium marks load-time shifts as after input when emulating touch).
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__shifts.push(e.value)))
      .observe({ type: 'layout-shift', buffered: true });
  });
  for (const step of STEPS) {
    await app.open(`/steps/${step.number}`);
    const top = async (locator) => (await locator.boundingBox()).y;
    const lead = await top(app.heading());
    const checklist = await top(page.getByRole('heading', { name: 'チェックリスト', level: 2 }));
    const records = await top(page.getByRole('heading', { name: '記録', level: 2, exact: true }));
    const pager = await top(page.getByRole('navigation', { name: '前後のステップ' }));
    expect(lead).toBeLessThan(checklist);
    expect(checklist).toBeLessThan(records);
    expect(records).toBeLessThan(pager);
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  }
});

test('a screen left before it is built is gone at once and never built further', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/steps/2');
  // All in one task, so no frame is painted and no slice released meanwhile: move to STEP01 by
  // a link, let its top be built (effects run as microtasks), watch its article, then follow a
  // link to STEP02. The article left is off the page at once; it is torn down after the next
  // paint, and until then nothing of it may run (the next screen's slices would otherwise build
  // its rest).
  const seen = await page.evaluate(async () => {
    const follow = (path) => {
      const link = Object.assign(document.createElement('a'), { href: path, textContent: path });
      document.body.append(link);
      link.click();
      link.remove();
    };
    follow('/steps/1');
    for (let i = 0; i < 1000 && !document.querySelector('main h1')?.textContent.includes('STEP01'); i++) {
      await Promise.resolve();
    }
    const left = document.querySelector('main article.step');
    const busy = left.getAttribute('aria-busy') === 'true';
    let changes = 0;
    new MutationObserver((list) => { changes += list.length; })
      .observe(left, { subtree: true, childList: true, characterData: true, attributes: true });
    follow('/steps/2');
    for (let i = 0; i < 1000 && left.isConnected; i++) await Promise.resolve();
    const inPage = left.isConnected;
    // The screen left could only be built further by the slices released for STEP02, one after
    // each paint, and it is torn down after the first. Once STEP02 is no longer busy, every slice
    // is out; after one more paint and task, whatever a slice set off has run.
    const built = await new Promise((done) => {
      const start = performance.now();
      const look = () => {
        const step = document.querySelector('main article.step');
        if (step && step !== left && !document.querySelector('main [aria-busy="true"]')) {
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 0)));
        } else if (performance.now() - start > 10_000) {
          done(false);
        } else {
          requestAnimationFrame(look);
        }
      };
      look();
    });
    return { busy, inPage, built, changes };
  });
  expect(seen.busy, 'STEP01 was still being built when it was left').toBe(true);
  expect(seen.inPage, 'the screen left is off the page in the tap').toBe(false);
  expect(seen.built, 'STEP02 was built to the end').toBe(true);
  expect(seen.changes, 'nothing of the screen left ran after it was left').toBe(0);
  await expect(app.heading()).toContainText('STEP02');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'チェックリスト', level: 2 })).toHaveCount(1);
});

test('links change the screen without reloading the page, mark where you are, and back/forward return', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/');
  // A marker that a full page load would wipe.
  await page.evaluate(() => { window.stayedInPage = true; });
  const current = () => app.nav().locator('[aria-current="page"]');
  await expect(current()).toHaveCount(1);
  await expect(current()).toContainText('ホーム');

  await app.goTo('手順');
  await expect(app.heading()).toHaveText('手順');
  await expect(current()).toContainText('手順');
  await page.getByRole('main').getByRole('link', { name: /STEP03/ }).first().click();
  await expect(app.heading()).toContainText('STEP03');
  await expect(page).toHaveURL(/\/steps\/3$/);
  // A step is under 手順 in the main menu; on a tablet the side list marks the step itself.
  await expect(app.nav().getByRole('link', { name: '手順', exact: true })).toHaveAttribute('aria-current', 'page');
  if (app.project === 'tablet') {
    await expect(app.nav().getByRole('link', { name: /STEP03/ })).toHaveAttribute('aria-current', 'page');
  }
  // Focus moves to the new screen's heading, for screen readers and keyboards.
  await expect(app.heading()).toBeFocused();

  await page.goBack();
  await expect(app.heading()).toHaveText('手順');
  await page.goBack();
  await expect(app.heading()).toHaveText('導入の進み具合');
  await page.goForward();
  await expect(app.heading()).toHaveText('手順');
  expect(await page.evaluate(() => window.stayedInPage)).toBe(true);

  // The skip link stays a jump within the page.
  await page.getByRole('link', { name: '本文へ移動' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/steps#main$/);
  await expect(app.heading()).toHaveText('手順');
  expect(await page.evaluate(() => window.stayedInPage)).toBe(true);
});

test('導入支援事業者 lists the vendors and the portal, and says when the link needs a connection', async ({ page, context }, info) => {
  const app = new App(page, info);
  await app.open('/');
  await app.goTo('その他');
  await page.getByRole('link', { name: '導入支援事業者等（予定）' }).click();
  await app.waitForScreen();
  for (const vendor of ['NTT東日本（東日本電信電話株式会社）', 'NTT西日本（西日本電信電話株式会社）', 'リコージャパン株式会社', '株式会社NTTデータ中国', '菱洋エレクトロ株式会社']) {
    await expect(page.getByRole('listitem').filter({ hasText: vendor })).toBeVisible();
  }
  await expect(page.getByText(/パッケージ商品/).first()).toBeVisible();
  const portal = page.getByRole('link', { name: /医療機関等向け総合ポータルサイト/ });
  await expect(portal).toHaveAttribute('href', 'https://iryohokenjyoho.service-now.com/csm?id=csm_index');
  await expect(portal).toHaveAttribute('target', '_blank');
  await app.screenshot('vendors');
  await context.setOffline(true);
  await expect(page.getByText('いまはオフラインのため開けません。')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('外部サイトが開きます。')).toBeVisible();
});

test('出典 shows the source, its edition, the caveat and that data stays here', async ({ page }, info) => {
  const app = new App(page, info);
  await app.open('/more');
  await page.getByRole('link', { name: '出典・このアプリについて' }).click();
  await app.waitForScreen();
  await expect(page.getByText('厚生労働省保険局')).toBeVisible();
  await expect(page.getByText('令和5年11月（2023年11月）')).toBeVisible();
  await expect(page.getByText(/すべてこの端末（このブラウザ）の中だけに保存されます/)).toBeVisible();
  await expect(page.getByText(/各事業所でお使いのネットワーク状況/)).toBeVisible();
  await app.screenshot('about');
});
