// Which screen that never shows is run again: only the engine's blank window (not even the app's
// shell), never a screen of the app's that shows and does not finish. No browser needed:
//   node --test engines/page.test.mjs
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BlankWindow, EnginePage, commandsInFlight, describePage, pageState, withDeadline } from './page.js';

/** A page as `waitForScreen` reads it: the app's shell with a finished screen, unless changed. */
const page = (changes = {}) => ({
  heading: 'STEP01 見積のご相談・ご依頼', busy: false, main: true, banner: true, body: 5, text: 'オン資導入ナビ',
  url: 'http://127.0.0.1:9102/steps/1', ready: 'complete', visibility: 'visible', elements: 400, ...changes,
});

/** The page as the MiniBrowser's blank window has held it: index.html's body, nothing mounted. */
const blank = page({ heading: '', main: false, banner: false, body: 0, text: '', elements: 30 });

describe('pageState', () => {
  test('a heading with nothing busy is a screen shown', () => {
    assert.equal(pageState(page()), 'shown');
  });

  test('no shell and an empty body is the blank window', () => {
    assert.equal(pageState(blank), 'blank');
    assert.equal(pageState({ ...blank, ready: 'loading', elements: 3 }), 'blank');
  });

  test('a heading still aria-busy is the app\'s, not the engine\'s', () => {
    assert.equal(pageState(page({ busy: true })), 'busy');
  });

  test('the shell without a heading, or only a part of the shell, is not blank', () => {
    assert.equal(pageState(page({ heading: '' })), 'no heading');
    assert.equal(pageState(page({ heading: '', main: false })), 'no heading');
    assert.equal(pageState(page({ heading: '', banner: false })), 'no heading');
  });

  test('a page that holds something other than the app (an error page) is not blank', () => {
    assert.equal(pageState({ ...blank, body: 1, text: 'Could not connect' }), 'no heading');
  });

  test('a page that never answered is not the blank window', () => {
    assert.equal(pageState(undefined), 'no answer');
  });
});

describe('describePage names what the page held', () => {
  test('a busy screen by its heading', () => {
    assert.match(describePage(page({ busy: true })), /「STEP01 見積のご相談・ご依頼」 showed, but .* aria-busy/);
  });

  test('a blank window as blank', () => {
    assert.match(describePage(blank), /stayed blank/);
  });
});

/** An EnginePage over a driver whose page always reads as `seen` (or never answers). */
const over = (seen) => new EnginePage({
  executeScript: async () => {
    if (seen === undefined) throw new Error('no such window');
    return seen;
  },
}, {});

describe('waitForScreen', () => {
  test('returns the heading of a screen shown', async () => {
    assert.equal(await over(page()).waitForScreen(300), 'STEP01 見積のご相談・ご依頼');
  });

  test('a blank window throws BlankWindow, the one failure run again', async () => {
    await assert.rejects(over(blank).waitForScreen(300), (e) => e instanceof BlankWindow && /stayed blank/.test(e.message));
  });

  for (const [what, seen, says] of [
    ['a heading whose screen stays aria-busy', page({ busy: true }), /「STEP01 見積のご相談・ご依頼」 showed, but/],
    ['the shell without a heading', page({ heading: '' }), /the app's shell showed no screen heading/],
    ['a page that never answers', undefined, /the page never answered \(the driver: Error: no such window\)/],
  ]) {
    test(`${what} fails at once, not as a BlankWindow, naming what the page held`, async () => {
      await assert.rejects(over(seen).waitForScreen(300), (e) => !(e instanceof BlankWindow) && says.test(e.message));
    });
  }
});

describe('withDeadline', () => {
  /** A driver as `commandsInFlight` sees one: commands named, answered when `answer` says. */
  const fakeDriver = (answer) => ({ execute: (command) => answer(command.getName()) });
  const command = (name) => ({ getName: () => name });

  test('what ends in time is passed on, and no command is left waiting', async () => {
    const driver = fakeDriver(async () => 'ok');
    const inFlight = commandsInFlight(driver);
    assert.equal(await withDeadline(() => driver.execute(command('findElements')), 1000, inFlight), 'ok');
    assert.equal(inFlight(), undefined);
  });

  test('a command never answered fails the work in time, naming the command', async () => {
    const driver = fakeDriver((name) => (name === 'sendKeysToElement' ? new Promise(() => {}) : Promise.resolve()));
    const inFlight = commandsInFlight(driver);
    const work = async () => {
      await driver.execute(command('findElements'));
      await driver.execute(command('sendKeysToElement'));
    };
    await assert.rejects(withDeadline(work, 200, inFlight), /no end within 0.2 s; the driver had not answered sendKeysToElement \(sent 0\.\d s before\)/);
  });

  test('work stuck outside the driver says no command was waiting', async () => {
    await assert.rejects(withDeadline(() => new Promise(() => {}), 100, commandsInFlight(fakeDriver(async () => {}))), /no driver command was waiting/);
  });

  test('a failure of the work is its own, not the deadline\'s', async () => {
    await assert.rejects(withDeadline(async () => { throw new BlankWindow('blank'); }, 1000), BlankWindow);
  });
});
