// The test fixture every spec uses: fails a test on any request that leaves the app's origin,
// and on any uncaught page error. Extra pages (a second tab) are watched with `guard`.
import { test as base, expect } from '@playwright/test';

/** Records foreign requests and page errors on a page; `check()` asserts there were none. */
export function guard(page, baseURL) {
  const origin = new URL(baseURL).origin;
  const foreign = [];
  const errors = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^(blob|data):/.test(url)) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    check() {
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(errors, 'uncaught page errors').toEqual([]);
    },
  };
}

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const watch = guard(page, baseURL);
    await use(page);
    watch.check();
  },
});

export { expect };
