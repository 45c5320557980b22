// A page object over a WebDriver session: finds things by role and accessible name, as the
// Playwright suite's App does, with the names computed by the engine under test.
import { By, Key } from 'selenium-webdriver';
import { mkdir, writeFile } from 'node:fs/promises';

/** CSS for the elements that can have each role (the engine then says which name they have). */
const ROLE_CSS = {
  button: 'button, [role=button], input[type=button], input[type=submit]',
  link: 'a[href]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  radio: 'input[type=radio]',
  // Every field a user types or picks a value into.
  field: 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea, select',
  heading: 'h1, h2, h3, h4',
  navigation: 'nav',
  region: 'section, [role=region]',
  dialog: 'dialog, [role=dialog]',
  group: 'fieldset, [role=group]',
  alert: '[role=alert]',
  status: '[role=status], output',
  search: 'form[role=search], search',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Follows the commands `driver` has sent and not yet had answered; returns what to say of the
 *  oldest (its name and for how long), or undefined when none is waiting. Element commands go
 *  through the driver's `execute` too. */
export function commandsInFlight(driver) {
  const waiting = new Map();
  let next = 0;
  const execute = driver.execute.bind(driver);
  driver.execute = (command, ...rest) => {
    const id = next++;
    waiting.set(id, { name: command.getName(), since: Date.now() });
    return execute(command, ...rest).finally(() => waiting.delete(id));
  };
  return () => {
    const oldest = waiting.values().next().value;
    return oldest && `${oldest.name} (sent ${((Date.now() - oldest.since) / 1000).toFixed(1)} s before)`;
  };
}

/** `work()`, or a failure after `ms` that says what was in flight: a WebDriver command that is
 *  never answered would otherwise end the test only at the runner's timeout, saying nothing. */
export async function withDeadline(work, ms, inFlight = () => undefined) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const waiting = inFlight();
      reject(new Error(`no end within ${ms / 1000} s; ${waiting ? `the driver had not answered ${waiting}` : 'no driver command was waiting'}`));
    }, ms);
  });
  try {
    return await Promise.race([work(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `probe` until it returns something other than undefined/false, or fails after `ms`. */
export async function until(what, probe, ms = 5000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false && value !== null) return value;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(100);
  }
}

/** What `waitForScreen` reads of the page: the screen's heading, whether a part of it is still
 *  being built, whether the app's shell is there at all (<main id="main">, and the top bar, which
 *  is the page's banner) and what else the body holds; the rest is said on a failure. */
const READ_PAGE = `
  const h = document.querySelector('main h1, h1');
  const body = document.body ? [...document.body.children].filter((el) => !['NOSCRIPT', 'SCRIPT'].includes(el.tagName)) : [];
  return { heading: h ? h.textContent.trim() : '', busy: !!document.querySelector('main [aria-busy="true"]'),
    main: !!document.getElementById('main'), banner: !!document.querySelector('body > header, [role=banner]'),
    body: body.length, text: (document.body?.innerText ?? '').trim().slice(0, 80),
    url: location.href, ready: document.readyState, visibility: document.visibilityState,
    elements: document.getElementsByTagName('*').length };`;

/** The state of the page as `waitForScreen` read it (`seen`, undefined when the page did not
 *  answer):
 *  - 'shown': a heading, and nothing of the screen still being built;
 *  - 'blank': not even the app's shell, and a body with nothing in it (the engine's blank window,
 *    see `BlankWindow`);
 *  - 'busy': a heading, but a part of the screen still marked aria-busy;
 *  - 'no heading': the app's shell (or other content) without a screen heading;
 *  - 'no answer': the page never answered. */
export function pageState(seen) {
  if (!seen) return 'no answer';
  if (seen.heading && !seen.busy) return 'shown';
  if (!seen.main && !seen.banner && !seen.body) return 'blank';
  return seen.heading ? 'busy' : 'no heading';
}

/** What a page in each state held, for the failure's message. */
export function describePage(seen) {
  const state = pageState(seen);
  const held = seen ? ` (the page: ${JSON.stringify(seen)})` : '';
  switch (state) {
    case 'blank': return `the window stayed blank: no top bar, no <main>, an empty body${held}`;
    case 'busy': return `the heading 「${seen.heading}」 showed, but a part of the screen stayed aria-busy${held}`;
    case 'no heading': return `${seen.main ? 'the app\'s shell' : 'the page'} showed no screen heading${held}`;
    case 'no answer': return 'the page never answered';
    default: return `the screen 「${seen.heading}」 showed${held}`;
  }
}

/** The window stayed blank: thrown by `waitForScreen` when the page held nothing at all, not even
 *  the app's top bar or <main>. Under Xvfb the MiniBrowser has, rarely, kept a fresh session's
 *  page so (its screenshot empty) while the other tests of the run passed; `run.mjs` runs such a
 *  test once more in a new session. Every other screen that never shows is the app's and fails
 *  at once (a plain Error naming what the page held). */
export class BlankWindow extends Error {}

export class EnginePage {
  constructor(driver, { engine, size, base, screenshots }) {
    this.driver = driver;
    this.engine = engine;
    this.size = size;
    this.base = base;
    this.screenshots = screenshots;
  }

  url(path) { return path.startsWith('http') ? path : `${this.base}${path}`; }

  /** An ordinary navigation (not WebDriver's refresh: Firefox's bypasses the service worker). */
  async open(path) {
    await this.driver.get(this.url(path));
    await this.waitForScreen(undefined, this.url(path));
  }

  async reload() {
    await this.open(await this.driver.getCurrentUrl());
  }

  /** Waits for the screen's heading and for the whole screen to be built (not aria-busy). On a
   *  timeout the error says what the page held; only a blank window is a `BlankWindow`. */
  async waitForScreen(ms = 10_000, where = undefined) {
    let seen;
    let refused;
    try {
      return await until('the screen', async () => {
        // A probe that fails leaves no stale answer behind, and says why.
        seen = undefined;
        seen = await this.driver.executeScript(READ_PAGE).catch((e) => {
          refused = `${e.name}${e.message ? `: ${e.message}` : ''}`;
          throw e;
        });
        return pageState(seen) === 'shown' ? seen.heading : null;
      }, ms);
    } catch {
      const message = `the screen${where ? ` of ${where}` : ''} did not show within ${ms} ms: ${describePage(seen)}${seen ? '' : ` (the driver: ${refused})`}`;
      throw pageState(seen) === 'blank' ? new BlankWindow(message) : new Error(message);
    }
  }

  heading() { return this.waitForScreen(); }

  /** All elements of `role` named exactly `name` (the engine's computed name), inside `within`. */
  async all(role, name, within) {
    const root = within ?? this.driver;
    const found = [];
    for (const el of await root.findElements(By.css(ROLE_CSS[role]))) {
      if (name === undefined) { found.push(el); continue; }
      // WebKit refuses to name an element outside the accessibility tree (hidden): not a match.
      let accessible = (await el.getAccessibleName().catch(() => null))?.trim();
      // Firefox names a file input by its label and then its button's text (「… Browse… No file
      // selected.」): the label is the part a user reads.
      if (accessible && accessible !== name && (await el.getAttribute('type')) === 'file') {
        accessible = await this.driver.executeScript('return arguments[0].labels[0]?.textContent.trim()', el);
      }
      if (accessible === name) found.push(el);
    }
    return found;
  }

  /** The one element of `role` named `name`, waiting for it to appear. */
  async get(role, name, within) {
    return until(`${role} 「${name}」`, async () => {
      const found = await this.all(role, name, within);
      if (found.length > 1) throw new Error(`${found.length} elements are ${role} 「${name}」`);
      return found[0];
    });
  }

  async click(role, name, within) {
    const el = await this.get(role, name, within);
    await this.driver.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
    await el.click();
  }

  /** Replaces a field's text as typing does (select all, then the keys). */
  async fill(label, text, within) {
    const el = await this.get('field', label, within);
    await this.driver.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
    // Select all and type over it, as a user does (WebDriver's clear resets a field to its
    // initial value, a form reset no user makes).
    await el.click();
    await el.sendKeys(Key.CONTROL, 'a');
    await el.sendKeys(Key.BACK_SPACE);
    if (text) await el.sendKeys(text);
    // Leaving the field commits it, as a user moving on does.
    await this.driver.executeScript('arguments[0].blur()', el);
    return el;
  }

  /** Types `text` at the end of what a field holds. */
  async append(label, text, within) {
    const el = await this.get('field', label, within);
    await el.click();
    await el.sendKeys(Key.END, text);
    return el;
  }

  /** Sets a date or month field as its picker does (the value, then input and change events);
   *  where the engine shows a plain text box instead (Firefox's month), types it. WebKitGTK's
   *  driver types keys into a picker's segments (so 2024-06 became 0006-02), not as the W3C
   *  standard says, so a picker is not typed into. */
  async pick(label, iso, within) {
    const el = await this.get('field', label, within);
    const type = await el.getAttribute('type');
    if (type !== 'date' && type !== 'month') return this.fill(label, iso, within);
    await this.driver.executeScript(`const [el, value] = arguments;
      el.scrollIntoView({block: "center"}); el.focus(); el.value = value;
      el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true})); el.blur();`, el, iso);
    return el;
  }

  /** Chooses the option showing `text` in a drop-down, as a user picks it. */
  async choose(label, text, within) {
    const el = await this.get('field', label, within);
    await this.driver.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
    await (await el.findElement(By.xpath(`./option[normalize-space(.)="${text}"]`))).click();
    return el;
  }

  async value(label, within) {
    return (await this.get('field', label, within)).getAttribute('value');
  }

  async checked(name, within) {
    return (await this.get('checkbox', name, within)).isSelected();
  }

  /** The checklist item (its list item) of the checkbox named `name`. */
  async item(name) {
    const box = await this.get('checkbox', name);
    return box.findElement(By.xpath('./ancestor::li[1]'));
  }

  async text(el) {
    return this.driver.executeScript('return arguments[0].textContent', el);
  }

  /** Waits until `el` (or a function giving it) has text containing `part`. */
  async waitForText(what, el, part, ms = 5000) {
    return until(`${what} to contain 「${part}」`, async () => {
      const target = typeof el === 'function' ? await el() : el;
      const text = await this.text(target);
      return text.includes(part) ? text : null;
    }, ms);
  }

  status() { return this.get('status', 'お知らせ'); }

  stored() { return this.driver.executeScript('return localStorage.getItem("onshi-navi")'); }

  /** The saved document once `test` holds for it: a change is saved after the next paint, which
   *  may come after the test's next step (it did in WebKitGTK under xvfb). */
  async waitForStored(what, test, ms = 5000) {
    return until(what, async () => {
      const doc = JSON.parse((await this.stored()) ?? 'null');
      return doc && test(doc) ? doc : null;
    }, ms);
  }

  /** Opens `path` and waits until the service worker controls the page. */
  async openControlled(path = '/') {
    await this.open(path);
    await this.driver.executeAsyncScript('navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1]())');
    await until('the service worker to control the page', () => this.driver.executeScript('return navigator.serviceWorker.controller !== null'), 10_000);
  }

  async screenshot(name) {
    const dir = `${this.screenshots}/${this.engine}-${this.size}`;
    await mkdir(dir, { recursive: true });
    await writeFile(`${dir}/${name}.png`, await this.driver.takeScreenshot(), 'base64');
  }
}
