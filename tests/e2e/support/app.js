// A page object for onshi-navi: finds things the way a user does (role and visible name).
import { expect } from '@playwright/test';

export const STEPS = [
  { number: 1, label: 'STEP01', title: '見積のご相談・ご依頼' },
  { number: 2, label: 'STEP02', title: '発注' },
  { number: 3, label: 'STEP03', title: '導入' },
  { number: 4, label: 'STEP04', title: '運用準備' },
  { number: 5, label: 'STEP05', title: '補助金申請（導入完了後）' },
];

export class App {
  constructor(page, testInfo) {
    this.page = page;
    this.project = testInfo?.project.name ?? 'default';
  }

  /** Opens a path and waits for the screen's heading. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.waitForScreen();
  }

  /** Waits for the screen's heading, and for the whole screen to be built (a step builds what
   *  is below its top in slices after the first paint, marked aria-busy meanwhile). */
  async waitForScreen() {
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.page.locator('main [aria-busy="true"]')).toHaveCount(0);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The navigation a user sees at this size: the bottom bar on a phone, the side on a tablet. */
  nav() {
    return this.project === 'phone'
      ? this.page.getByRole('navigation', { name: 'メインメニュー' })
      : this.page.getByRole('navigation', { name: 'メニューと手順' });
  }

  async goTo(label) {
    await this.nav().getByRole('link', { name: label, exact: true }).click();
    await this.waitForScreen();
  }

  checkbox(name) {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  /** The list item of a checklist item, by its text. */
  item(name) {
    return this.page.getByRole('listitem').filter({ has: this.checkbox(name) });
  }

  /** The status line: 「保存しました」 and other news of the last action. */
  status() {
    return this.page.getByRole('status', { name: 'お知らせ', exact: true });
  }

  async screenshot(name) {
    await this.page.screenshot({ path: `../../screenshots/${this.project}/${name}.png`, fullPage: true });
  }
}
