// The benchmark: builds the release app (unless --no-build) and prints, as tables,
//   1. the bytes a first visit downloads (index.html, JS, wasm, CSS): raw, gzip -9, brotli -q 11;
//   2. Lighthouse 12.2.3, mobile and desktop: performance, FCP, LCP, TBT, CLS, accessibility,
//      best practices — medians of several runs (TBT varies from run to run on a busy machine),
//      with the range of the performance score;
//   3. the installed app's start: opened from the service worker's cache, offline, with the CPU
//      slowed 4× — to the screen's heading shown with nothing still building, and the first tap
//      answered — for ホーム every day (導入済み) and while introducing, 訪問 opened by its
//      address, and ホーム on the large state; median and spread of several runs;
//   4. scale: start time and saved size with a large state (20 stations, each fully filled, with
//      50 receipts and 30 staff) against the empty state;
//   5. interactions: how long each tap or keystroke takes to answer (the browser's Event Timing,
//      the source of the INP metric) with the CPU slowed 4× (Lighthouse's mobile setting), on the
//      empty and the large state — ticking, typing in a memo and a record field, switching steps,
//      opening 記録 / 導入記録 / データの管理, switching stations — per kind each run's median,
//      their median and the worst, and each run's worst overall (the medians over the runs are
//      what the budget checks; the two states take turns), and the floor: the same tap on a blank
//      page, what the browser and the harness cost before the app does anything.
// With --check it also compares the figures with the budgets and exits 1 if one is missed.
// With --bytes-only it stops after table 1; --max-kb N then fails (exit 1) if the brotli total
// exceeds N KB — the size guard CI runs so that what was won is not lost while the budget is
// still out of reach. With --interactions-only it prints tables 1 and 5 (and checks their
// budgets with --check): what CI runs.
//
// Usage: node scripts/bench.mjs [--check] [--no-build] [--runs N] [--lighthouse-runs N]
//                               [--interaction-runs N] [--skip-lighthouse]
//                               [--bytes-only [--max-kb N]] [--interactions-only]
// Run it through scripts/bench.sh, which installs what it needs first.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const check = args.includes('--check');
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : 0) || fallback;
const runs = option('--runs', 7);
const lighthouseRuns = option('--lighthouse-runs', 3);
const interactionRuns = option('--interaction-runs', 5);
const interactionsOnly = args.includes('--interactions-only');
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = 8097;

/** Budgets (issue: fast and small on a mid-range tablet): what `--check` holds the app to. */
const BUDGET = {
  firstVisitBrotli: 260 * 1024,
  lighthouseMobilePerformance: 97,
  lighthouseMobileTbtMs: 150,
  lighthouseMobileLcpMs: 2000,
  accessibility: 100,
  bestPractices: 100,
  cls: 0,
  largeStateSlowdown: 2,
  // The installed app opened at the door: the screen ready, and its first tap answered, at 4× CPU
  // offline (medians of the runs).
  startReadyMs: 300,
  firstTapMs: 100,
  // A tick on the large state at 4× CPU, the median of the runs' medians.
  tickMs: 50,
  // A keystroke in the search field on the large state at 4× CPU, likewise (the results shown).
  searchKeystrokeMs: 50,
  // Interactions at 4× CPU. The issue's aim is every interaction within 100 ms; what holds now
  // (see ARCHITECTURE.md) is guarded so that a regression fails: the worst interaction on the
  // large state and each kind's median there, which (but for opening the screens that show the
  // records) must also stay within a few frames of the same kind on the empty state: the cost of
  // a change must not grow with what a station recorded. Each is the median over the runs of that
  // run's figure, the two states taking turns. Set from what CI runs of one unchanged build spread
  // over on this 2-core machine: a kind's median 104–184 ms, large over empty up to 40 ms for a
  // tick (80 ms once for opening 導入記録, which shows every record), the worst's median
  // 160–248 ms. Before the work of issue 16 the large state measured a 976 ms worst, switching
  // steps 400 ms, switching stations 448 ms and a 176 ms tick median (64 ms empty): a regression
  // of any of these kinds still fails.
  worstInteractionMs: 350,
  kindMedianMs: 250,
  largeOverEmptyMs: 60,
};

/** A keystroke in the search field. */
const SEARCH = 'type a search';
/** The kind of interaction that opens the screens showing what a station recorded. */
const OPEN_RECORDS = 'open 記録, 導入記録, データの管理';

/** What a tap costs on a page that does nothing: a button and a checkbox, no app, clicked and
 *  measured as the app's taps are, at 4× CPU. Read the app's figures against it: part of every
 *  tap is the browser's input handling and paint and Playwright's own work in the page (it moves
 *  the mouse there first and checks the target with listeners of its own). */
const FLOOR = 'a tap on a blank page (floor)';

const failures = [];
const budget = (ok, text) => { if (!ok) failures.push(text); return ok ? 'ok' : 'OVER'; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log();
};
/** The middle value (of an even count, the mean of the two middle ones). */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ── Build ─────────────────────────────────────────────────────────────────────────────────────
if (!args.includes('--no-build')) {
  execFileSync('trunk', ['build', '--release', '--offline'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const dist = join(root, 'dist');

// ── 1. Bytes ──────────────────────────────────────────────────────────────────────────────────
const firstVisit = readdirSync(dist).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'sw.js').sort();
const sizes = firstVisit.map((f) => {
  const data = readFileSync(join(dist, f));
  return {
    file: f,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
  };
});
const sum = (k) => sizes.reduce((s, x) => s + x[k], 0);
console.log('1. First visit (bytes downloaded)\n');
table([
  ['file', 'raw', 'gzip -9', 'brotli -q 11'],
  ...sizes.map((s) => [s.file, kb(s.raw), kb(s.gzip), kb(s.brotli)]),
  ['total', kb(sum('raw')), kb(sum('gzip')), kb(sum('brotli'))],
]);
if (interactionsOnly) {
  console.log(`budget: brotli total ≤ ${kb(BUDGET.firstVisitBrotli)} (not checked with --interactions-only: the size guard is --max-kb)\n`);
} else {
  console.log(`budget: brotli total ≤ ${kb(BUDGET.firstVisitBrotli)} → ${budget(sum('brotli') <= BUDGET.firstVisitBrotli, `first visit ${kb(sum('brotli'))} brotli > ${kb(BUDGET.firstVisitBrotli)}`)}\n`);
}

if (args.includes('--bytes-only')) {
  const limit = option('--max-kb', Infinity) * 1024;
  if (sum('brotli') > limit) {
    console.log(`Size guard: the first visit grew to ${kb(sum('brotli'))} brotli, over the ${kb(limit)} it must not exceed.`);
    process.exit(1);
  }
  if (Number.isFinite(limit)) console.log(`Size guard: ${kb(sum('brotli'))} ≤ ${kb(limit)} → ok`);
  process.exit(0);
}
if (Number.isFinite(option('--max-kb', Infinity)) && sum('brotli') > option('--max-kb', Infinity) * 1024) {
  failures.push(`first visit ${kb(sum('brotli'))} brotli > the ${option('--max-kb', Infinity)} KB guard`);
}

// ── Serve the build ───────────────────────────────────────────────────────────────────────────
const server = spawn('node', [join(root, 'scripts/serve.mjs'), dist, String(port)], { stdio: 'pipe' });
await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('serving') && resolve()));
const url = `http://127.0.0.1:${port}`;

try {
  // ── 2. Lighthouse ───────────────────────────────────────────────────────────────────────────
  if (!args.includes('--skip-lighthouse') && !interactionsOnly) {
    const lighthouse = join(root, 'scripts/bench/node_modules/.bin/lighthouse');
    const rows = [['preset', 'performance (range)', 'FCP', 'LCP', 'TBT', 'CLS', 'accessibility', 'best practices']];
    for (const preset of ['mobile', 'desktop']) {
      const results = [];
      for (let i = 0; i < lighthouseRuns; i++) {
        const profile = mkdtempSync(join(tmpdir(), 'onshi-lh-'));
        const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
        const out = execFileSync(lighthouse, [`${url}/steps/1`, '--output=json', '--quiet',
          '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${flags.join(' ')}`,
          ...(preset === 'desktop' ? ['--preset=desktop'] : [])],
        { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 });
        rmSync(profile, { recursive: true, force: true });
        const lhr = JSON.parse(out);
        const score = (c) => Math.round(lhr.categories[c].score * 100);
        const value = (a) => lhr.audits[a].numericValue;
        results.push({
          performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
          fcp: value('first-contentful-paint'), lcp: value('largest-contentful-paint'),
          tbt: value('total-blocking-time'), cls: value('cumulative-layout-shift'),
        });
      }
      const mid = (k) => median(results.map((r) => r[k]));
      const all = (k) => results.map((r) => r[k]);
      const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
      const performance = mid('performance');
      const [accessibility, bestPractices, cls] = [Math.min(...all('accessibility')), Math.min(...all('bestPractices')), Math.max(...all('cls'))];
      rows.push([preset, `${performance} (${Math.min(...all('performance'))}–${Math.max(...all('performance'))})`,
        seconds(mid('fcp')), seconds(mid('lcp')), `${Math.round(mid('tbt'))} ms`, cls.toFixed(3), accessibility, bestPractices]);
      if (preset === 'mobile') {
        budget(performance >= BUDGET.lighthouseMobilePerformance, `Lighthouse mobile performance ${performance} < ${BUDGET.lighthouseMobilePerformance}`);
        budget(mid('tbt') <= BUDGET.lighthouseMobileTbtMs, `Lighthouse mobile TBT ${Math.round(mid('tbt'))} ms > ${BUDGET.lighthouseMobileTbtMs} ms`);
        budget(mid('lcp') <= BUDGET.lighthouseMobileLcpMs, `Lighthouse mobile LCP ${Math.round(mid('lcp'))} ms > ${BUDGET.lighthouseMobileLcpMs} ms`);
      }
      budget(accessibility >= BUDGET.accessibility, `Lighthouse ${preset} accessibility ${accessibility} < 100`);
      budget(bestPractices >= BUDGET.bestPractices, `Lighthouse ${preset} best practices ${bestPractices} < 100`);
      budget(cls <= BUDGET.cls, `Lighthouse ${preset} CLS ${cls} > 0`);
    }
    console.log(`2. Lighthouse 12.2.3 (/steps/1, simulated throttling; medians of ${lighthouseRuns} runs, worst CLS, accessibility and best practices)\n`);
    table(rows);
  }

  // ── 3 and 4. Start-up timings with Playwright ───────────────────────────────────────────────
  const require = createRequire(join(root, 'tests/e2e/package.json'));
  const { chromium: pw } = require('@playwright/test');
  const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  /** Loads /steps/1 `runs` times in one context and returns ms to the checklist mark. */
  async function coldStarts({ offline, state }) {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
    const page = await context.newPage();
    await page.goto(`${url}/steps/1`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    if (state) {
      await page.evaluate((text) => localStorage.setItem('onshi-navi', text), state);
    }
    if (offline) await context.setOffline(true);
    const times = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${url}/steps/1`);
      await page.waitForFunction(() => performance.getEntriesByName('onshi:checklist-interactive').length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName('onshi:checklist-interactive')[0].startTime));
    }
    const stored = await page.evaluate(() => (localStorage.getItem('onshi-navi') ?? '').length);
    await context.close();
    return { times, stored };
  }
  const describe = (t) => `median ${median(t).toFixed(0)} ms (min ${Math.min(...t).toFixed(0)}, max ${Math.max(...t).toFixed(0)}, n=${t.length})`;

  if (interactionsOnly) {
    await interactionTable(browser);
  } else {
  await startTable(browser);

  const large = JSON.stringify(largeState());
  const empty = await coldStarts({ offline: true });
  const full = await coldStarts({ offline: true, state: large });
  const slowdown = median(full.times) / median(empty.times);
  console.log('4. Scale: empty state against 20 fully filled stations (50 receipts, 30 staff each)\n');
  table([
    ['state', 'start to checklist', 'saved size'],
    ['empty', describe(empty.times), kb(empty.stored)],
    ['large', describe(full.times), kb(large.length)],
  ]);
  console.log(`   slowdown ×${slowdown.toFixed(2)} (budget ≤ ×${BUDGET.largeStateSlowdown}) → ${budget(slowdown <= BUDGET.largeStateSlowdown, `large state starts ×${slowdown.toFixed(2)} slower`)}\n`);
  await interactionTable(browser);
  }
  await browser.close();
} finally {
  server.kill();
}

if (check) {
  if (failures.length) {
    console.log(`Budgets missed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('All budgets met.');
}

// ── 3. The installed app's start ──────────────────────────────────────────────────────────────

/** Runs in the page from its first script: the time (ms since the navigation began) at which the
 *  screen is first ready — its heading shown, nothing of it still building (aria-busy) — checked
 *  at every frame, and each interaction's Event Timing entry. */
function recordReady() {
  window.__ready = null;
  const look = () => {
    if (document.querySelector('main h1') && !document.querySelector('main [aria-busy="true"]')) {
      window.__ready = performance.now();
    } else {
      requestAnimationFrame(look);
    }
  };
  requestAnimationFrame(look);
}

/** A state whose station is 導入済み (said so), with a contact: the daily ホーム. */
function dailyState() {
  return JSON.stringify({
    app: 'onshi-navi', schema: 6, current: 'st-1',
    stations: [{ id: 'st-1', name: 'さくら訪問看護ステーション', introduced: true, visit: { tool: 'app' },
      contacts: [{ id: 'c1', name: 'NTT東日本', phone: '0120116116', kind: 'support', memo: '' }] }],
  });
}

/** The installed app opened `runs` times at `path`, from the service worker's cache, offline, at
 *  4× CPU: ms to the screen ready, and the first tap (`tap`, on the screen just opened) answered. */
async function installedStarts(browser, { path, state, tap }) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
  await context.addInitScript(recordInteractions);
  await context.addInitScript(recordReady);
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  if (state) await page.evaluate((text) => localStorage.setItem('onshi-navi', text), state);
  // Opened once before the runs: the browser keeps the compiled WebAssembly of what it served from
  // the cache, as an installed app opened every day has it.
  await page.goto(`${url}${path}`);
  await page.waitForFunction(() => window.__ready !== null);
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const ready = [];
  page.__samples = [];
  page.__labels = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${url}${path}`);
    await page.waitForFunction(() => window.__ready !== null, null, { timeout: 30_000 });
    ready.push(await page.evaluate(() => window.__ready));
    await measure(page, () => tap(page));
  }
  await context.close();
  return { ready, taps: page.__samples };
}

async function startTable(browser) {
  const nav = (page, name) => page.getByRole('navigation', { name: 'メニューと手順' }).getByRole('link', { name, exact: true }).click();
  const cases = [
    ['ホーム, 導入済み', '/', dailyState(), (page) => page.getByRole('link', { name: /暗証番号を忘れた/ }).click()],
    ['ホーム, introducing', '/', null, (page) => nav(page, '訪問')],
    ['訪問 by its address', '/visit', dailyState(), (page) => page.getByText('暗証番号を忘れた・ロックされた', { exact: true }).click()],
    ['ホーム, large state', '/', JSON.stringify(largeState()), (page) => nav(page, '訪問')],
  ];
  const rows = [['start', 'screen ready (median, min–max)', 'first tap answered (median, min–max)']];
  const range = (t) => `${Math.round(median(t))} ms (${Math.round(Math.min(...t))}–${Math.round(Math.max(...t))})`;
  for (const [name, path, state, tap] of cases) {
    const { ready, taps } = await installedStarts(browser, { path, state, tap });
    rows.push([name, range(ready), range(taps)]);
    budget(median(ready) <= BUDGET.startReadyMs, `${name}: ready in ${Math.round(median(ready))} ms > ${BUDGET.startReadyMs} ms`);
    budget(median(taps) <= BUDGET.firstTapMs, `${name}: first tap ${Math.round(median(taps))} ms > ${BUDGET.firstTapMs} ms`);
  }
  console.log(`3. The installed app's start: from the service worker's cache, offline, at 4× CPU (${runs} runs each; budgets: ready ≤ ${BUDGET.startReadyMs} ms, first tap ≤ ${BUDGET.firstTapMs} ms)\n`);
  table(rows);
}

// ── 5. Interactions ───────────────────────────────────────────────────────────────────────────

/** What a user does, by kind: each step is one interaction (a tap, or one keystroke). (A function,
 *  so that it exists when the top-level code above calls it.) */
function actions() { return [
  ['tick an item', async (page) => {
    await open(page, '/steps/3');
    for (const name of ['アカウント登録', 'オンライン資格確認利用申請', 'アカウント登録', 'オンライン資格確認利用申請']) {
      await measure(page, () => page.getByRole('checkbox', { name, exact: true }).click());
    }
  }],
  ['type in a memo', async (page) => {
    await open(page, '/steps/3');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'アカウント登録', exact: true }) });
    // The memo opens by itself when it has text (the large state); else open it.
    await item.locator('details').evaluate((details) => { details.open = true; });
    await page.getByRole('textbox', { name: '「アカウント登録」のメモ' }).click();
    // Keystrokes (a Japanese IME sends the text when composition ends; each key is still one interaction).
    for (const key of 'portal ok') await measure(page, () => page.keyboard.press(key === ' ' ? 'Space' : key));
  }],
  ['type in a record field', async (page) => {
    await open(page, '/steps/1');
    await page.getByLabel('担当者').click();
    for (const key of 'yamada hanako') await measure(page, () => page.keyboard.press(key === ' ' ? 'Space' : key));
  }],
  ['switch steps', async (page) => {
    await open(page, '/steps/1');
    for (const n of [2, 3, 4, 5, 1]) {
      await measure(page, () => page.getByRole('navigation', { name: 'メニューと手順' }).locator(`a[href="/steps/${n}"]`).click());
    }
  }],
  [OPEN_RECORDS, async (page) => {
    await open(page, '/');
    await measure(page, () => page.getByRole('navigation', { name: 'メニューと手順' }).getByRole('link', { name: '記録', exact: true }).click());
    await measure(page, () => page.getByRole('link', { name: '導入記録（印刷用）' }).click());
    await measure(page, () => page.getByRole('navigation', { name: 'メニューと手順' }).getByRole('link', { name: 'その他', exact: true }).click());
    await measure(page, () => page.getByRole('link', { name: /^データの管理/ }).click());
  }],
  [SEARCH, async (page) => {
    await open(page, '/search');
    // The tablet's field, in the top bar; every keystroke searches everything again. Focusing it
    // makes the index (after the next paint): a person's first key comes later than that.
    await page.locator('#top-search').click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    for (const key of '0120 kado') await measure(page, () => page.keyboard.press(key === ' ' ? 'Space' : key));
  }],
  ['switch stations', async (page) => {
    await open(page, '/stations');
    if (await page.getByRole('button', { name: 'この事業所で作業する' }).count() === 0) {
      // The empty state has one station: add a second (not measured).
      await page.getByLabel('新しい事業所の名前').fill('第二ステーション');
      await page.getByRole('button', { name: '追加', exact: true }).click();
    }
    for (let i = 0; i < 2; i++) {
      await measure(page, () => page.getByRole('button', { name: 'この事業所で作業する' }).first().click());
    }
  }],
]; }

/** Opens a path (outside the measured interactions) and waits until the screen is built. */
async function open(page, path) {
  await page.goto(`${url}${path}`);
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main [aria-busy="true"]'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  await page.evaluate(() => { window.__events = []; });
}

/** Runs in the page: keeps each Event Timing entry of an interaction in `window.__events`, with
 *  its input delay and handlers' time, for `measure`. */
function recordInteractions() {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) window.__events.push({ duration: e.duration, name: e.name, delay: e.processingStart - e.startTime, handlers: e.processingEnd - e.processingStart });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** Runs one user action and returns how long its interaction took to answer: the longest Event
 *  Timing entry it caused (input delay, handlers and the next paint). Entries under 16 ms are not
 *  reported by the browser; such an action counts as 16 ms. */
async function measure(page, act) {
  await page.evaluate(() => { window.__events = []; });
  await act();
  // Let the next frame paint and the observer deliver (entries arrive after the paint).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
  const events = await page.evaluate(() => window.__events);
  (page.__samples ??= []).push(Math.max(16, ...events.map((e) => e.duration)));
  // For --verbose: each event's input delay / handlers / whole duration (to the next paint).
  (page.__labels ??= []).push(events.map((e) => `${e.name} ${Math.round(e.delay)}/${Math.round(e.handlers)}/${Math.round(e.duration)}`).join(' '));
}

async function interactionTable(browser) {
  const large = JSON.stringify(largeState());
  const states = [['empty', null], ['large', large]];
  // Per run: the rig's own cost of a tap (see floorRun).
  const floorRuns = [];
  // Per state: each kind's samples per run, and each run's worst.
  const byState = Object.fromEntries(states.map(([name]) => [name, { kinds: new Map(), worstPerRun: [] }]));
  // The two states take turns (empty, large, empty, large, …): a machine that slows down or
  // speeds up during the benchmark (CI's other work ending, a cache warming) then weighs on both
  // alike. All empty runs first once showed a 184 against 104 ms difference that was load alone.
  for (let run = 0; run < interactionRuns; run++) {
    for (const [stateName, state] of states) {
      const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
      await context.addInitScript(recordInteractions);
      const page = await context.newPage();
      await page.goto(`${url}/`);
      if (state) await page.evaluate((text) => localStorage.setItem('onshi-navi', text), state);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let runWorst = 0;
      for (const [kind, action] of actions()) {
        page.__samples = [];
        page.__labels = [];
        await action(page);
        if (args.includes('--verbose')) {
          // Each save's time (after the paint, off the interaction), from the app's performance measures.
          const phases = await page.evaluate(() => `saves ${performance.getEntriesByName('onshi:save').map((e) => Math.round(e.duration)).join('/')} ms`);
          console.log(`   ${stateName} run ${run + 1} ${kind}: ${page.__samples.map((ms, i) => `${Math.round(ms)}${ms > 100 ? ` (${page.__labels[i]})` : ''}`).join(', ')}; ${phases}`);
        }
        const kinds = byState[stateName].kinds;
        kinds.set(kind, [...(kinds.get(kind) ?? []), page.__samples]);
        runWorst = Math.max(runWorst, ...page.__samples);
      }
      byState[stateName].worstPerRun.push(runWorst);
      await context.close();
    }
    floorRuns.push(await floorRun(browser));
  }
  // What is checked is the median over the runs of each run's figure (a kind's median in that
  // run, a run's worst): one noisy run moves it little, a change that slows every run moves it.
  const rows = [['state', 'interaction', 'median of runs', 'each run', 'worst']];
  const medians = {};
  const overall = {};
  for (const [stateName] of states) {
    const { kinds, worstPerRun } = byState[stateName];
    for (const [kind, perRun] of kinds) {
      const runMedians = perRun.map(median);
      (medians[stateName] ??= {})[kind] = median(runMedians);
      rows.push([stateName, kind, `${Math.round(median(runMedians))} ms`, runMedians.map((m) => Math.round(m)).join(', '),
        `${Math.round(Math.max(...perRun.flat()))} ms`]);
    }
    overall[stateName] = median(worstPerRun);
    rows.push([stateName, 'worst overall', `${Math.round(overall[stateName])} ms`, worstPerRun.map((w) => Math.round(w)).join(', '), '']);
  }
  const floorMedians = floorRuns.map(median);
  rows.push(['(none)', FLOOR, `${Math.round(median(floorMedians))} ms`, floorMedians.map((m) => Math.round(m)).join(', '),
    `${Math.round(Math.max(...floorRuns.flat()))} ms`]);
  console.log(`5. Interactions at 4× CPU (Event Timing; ${interactionRuns} runs per state, taking turns; under 16 ms counts as 16)\n`);
  table(rows);
  console.log(`   worst on the large state ${Math.round(overall.large)} ms (guard ≤ ${BUDGET.worstInteractionMs} ms; the aim is 100 ms) → ${budget(overall.large <= BUDGET.worstInteractionMs, `worst interaction on the large state ${Math.round(overall.large)} ms > ${BUDGET.worstInteractionMs} ms`)}`);
  // The aim for a tick is checked by the whole bench (--check), not by CI's interaction guard.
  if (!interactionsOnly) {
    const tick = medians.large['tick an item'];
    console.log(`   a tick on the large state ${Math.round(tick)} ms (aim ≤ ${BUDGET.tickMs} ms) → ${budget(tick <= BUDGET.tickMs, `a tick on the large state ${Math.round(tick)} ms > ${BUDGET.tickMs} ms`)}`);
    const key = medians.large[SEARCH];
    console.log(`   a search keystroke on the large state ${Math.round(key)} ms (aim ≤ ${BUDGET.searchKeystrokeMs} ms) → ${budget(key <= BUDGET.searchKeystrokeMs, `a search keystroke on the large state ${Math.round(key)} ms > ${BUDGET.searchKeystrokeMs} ms`)}`);
  }
  for (const [kind, large] of Object.entries(medians.large)) {
    budget(large <= BUDGET.kindMedianMs, `${kind}: median ${Math.round(large)} ms on the large state > ${BUDGET.kindMedianMs} ms`);
    // Opening 記録 and 導入記録 shows what the station recorded: there, more records may cost more
    // (the lists are built in parts); every other kind must cost the same whatever was recorded.
    if (kind === OPEN_RECORDS) continue;
    const empty = medians.empty[kind];
    budget(large - empty <= BUDGET.largeOverEmptyMs,
      `${kind}: median ${Math.round(large)} ms on the large state, ${Math.round(large - empty)} ms more than on the empty state (> ${BUDGET.largeOverEmptyMs} ms)`);
  }
  console.log(`   each kind's median on the large state ≤ ${BUDGET.kindMedianMs} ms, and (but for ${OPEN_RECORDS}) ≤ the empty state's + ${BUDGET.largeOverEmptyMs} ms → ${failures.some((f) => f.includes(': median')) ? 'OVER' : 'ok'}\n`);
}

/** One run of the floor: ten taps, in a context of its own. */
async function floorRun(browser) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  await page.setContent('<!doctype html><html lang="ja"><title>floor</title><button type="button">押す</button>'
    + '<label><input type="checkbox"> チェック</label><p>0</p>'
    + '<script>document.querySelector("button").addEventListener("click", () => { const p = document.querySelector("p"); p.textContent = String(Number(p.textContent) + 1); });</script>');
  await page.evaluate(recordInteractions);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let i = 0; i < 10; i++) {
    await measure(page, () => (i % 2 ? page.getByRole('button', { name: '押す' }) : page.getByRole('checkbox', { name: 'チェック' })).click());
  }
  await context.close();
  return page.__samples;
}

/** 20 stations, every record filled, 50 receipts and 30 staff each (the schema of tests/fixtures). */
function largeState() {
  const fixture = JSON.parse(readFileSync(join(root, 'tests/fixtures/schema-v1.json'), 'utf8'));
  const base = fixture.stations[0];
  const items = {};
  for (const id of ['s1.current-usage', 's1.request-quotes', 's2.review-quotes', 's2.order', 's3.portal-account',
    's3.apply-eligibility', 's3.apply-claims', 's3.apply-certificate', 's3.setup', 's3.rececon-update', 's3.test',
    's4.review-changes', 's4.brief-staff', 's5.receipts', 's5.apply-subsidy']) {
    items[id] = { done_on: '2024-03-01', memo: `${id} のメモ。担当者と日程を確認し、必要な書類をそろえた。` };
  }
  const quote = (vendor, amount) => ({ vendor, asked_on: '2024-01-15', received_on: '2024-01-25', amount, note: '見積書はファイルに保管' });
  const stations = Array.from({ length: 20 }, (_, s) => ({
    id: `st-${s + 1}`,
    name: `訪問看護ステーション ${s + 1}`,
    items,
    records: {
      ...base.records,
      quotes: { 'q.mobile': quote('NTT東日本', 55000), 'q.terminal': quote('NTT東日本', 300000), 'q.rececon': quote('株式会社レセコン', 120000), 'q.network': quote('NTT東日本', 30000) },
      orders: { support: { ordered_on: '2024-02-01', delivery_on: '2024-03-15' }, rececon: { ordered_on: '2024-02-02', delivery_on: '2024-03-20' } },
      installation: { certificate_arrived_on: '2024-03-01', setup_on: '2024-03-15', test_on: '2024-03-20', attendees: '山田、佐藤' },
      staff: Array.from({ length: 30 }, (_, i) => ({ id: `staff-${s}-${i}`, name: `職員 ${i + 1}`, briefed_on: '2024-04-01' })),
      work_changes: Array.from({ length: 10 }, (_, i) => ({ id: `change-${s}-${i}`, text: `業務の変更点 ${i + 1}：訪問時の資格確認の手順を見直す` })),
      receipts: Array.from({ length: 50 }, (_, i) => ({ id: `receipt-${s}-${i}`, issuer: i % 2 ? 'NTT東日本' : '株式会社レセコン', issuer_kind: i % 2 ? 'support' : 'rececon', date: '2024-03-20', amount: 10000 + i, description: `領収書 ${i + 1}` })),
      subsidy_applied_on: '2024-05-10',
    },
  }));
  return { app: 'onshi-navi', schema: 1, current: 'st-1', stations };
}
