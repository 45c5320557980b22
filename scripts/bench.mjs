// The benchmark: builds the release app (unless --no-build) and prints, as tables,
//   1. the bytes a first visit downloads (index.html, JS, wasm, CSS): raw, gzip -9, brotli -q 11;
//   2. Lighthouse 12.2.3, mobile and desktop: performance, FCP, LCP, TBT, CLS, accessibility,
//      best practices — medians of several runs (TBT varies from run to run on a busy machine),
//      with the range of the performance score;
//   3. a cold start offline (from the service worker) to the first checklist being interactive
//      (the app's performance mark), median and spread of several runs;
//   4. scale: start time and saved size with a large state (20 stations, each fully filled, with
//      50 receipts and 30 staff) against the empty state.
// With --check it also compares the figures with the budgets and exits 1 if one is missed.
// With --bytes-only it stops after table 1; --max-kb N then fails (exit 1) if the brotli total
// exceeds N KB — the size guard CI runs so that what was won is not lost while the budget is
// still out of reach.
//
// Usage: node scripts/bench.mjs [--check] [--no-build] [--runs N] [--lighthouse-runs N]
//                               [--skip-lighthouse] [--bytes-only [--max-kb N]]
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
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = 8097;

/** Budgets (issue: fast and small on a mid-range tablet). */
const BUDGET = {
  firstVisitBrotli: 150 * 1024,
  lighthouseMobilePerformance: 98,
  accessibility: 100,
  bestPractices: 100,
  cls: 0,
  largeStateSlowdown: 2,
};

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
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

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
console.log(`budget: brotli total ≤ ${kb(BUDGET.firstVisitBrotli)} → ${budget(sum('brotli') <= BUDGET.firstVisitBrotli, `first visit ${kb(sum('brotli'))} brotli > ${kb(BUDGET.firstVisitBrotli)}`)}\n`);

if (args.includes('--bytes-only')) {
  const limit = option('--max-kb', Infinity) * 1024;
  if (sum('brotli') > limit) {
    console.log(`Size guard: the first visit grew to ${kb(sum('brotli'))} brotli, over the ${kb(limit)} it must not exceed.`);
    process.exit(1);
  }
  if (Number.isFinite(limit)) console.log(`Size guard: ${kb(sum('brotli'))} ≤ ${kb(limit)} → ok`);
  process.exit(0);
}

// ── Serve the build ───────────────────────────────────────────────────────────────────────────
const server = spawn('node', [join(root, 'scripts/serve.mjs'), dist, String(port)], { stdio: 'pipe' });
await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('serving') && resolve()));
const url = `http://127.0.0.1:${port}`;

try {
  // ── 2. Lighthouse ───────────────────────────────────────────────────────────────────────────
  if (!args.includes('--skip-lighthouse')) {
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

  const offline = await coldStarts({ offline: true });
  console.log('3. Cold start offline (service worker) to the first checklist interactive\n');
  console.log(`   ${describe(offline.times)}\n`);

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
