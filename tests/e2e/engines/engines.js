// The other engines, through WebDriver: WebKit (the iPad's engine: WebKitGTK's MiniBrowser, driven
// by Debian's WebKitWebDriver under Xvfb) and Firefox (Debian's firefox-esr, driven by geckodriver).
// Playwright cannot drive these builds (it needs its own patched browsers, which cannot be
// downloaded here), so the client is selenium-webdriver: the Selenium project's own client, kept
// in step with the W3C WebDriver standard both drivers speak, three small dependencies (no
// browser downloads), and it asks the browser itself for an element's accessible name and role
// (W3C "computed label" and "computed role"), so a test finds things by role and name as a user
// does, in the engine under test.
import { Builder } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const SIZES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
};

/** A running WebDriver server for one engine. */
class DriverServer {
  constructor(name, command, args, port, env = {}) {
    this.name = name;
    this.port = port;
    this.process = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, detached: true });
    this.log = '';
    const keep = (d) => { this.log = (this.log + d).slice(-4000); };
    this.process.stdout.on('data', keep);
    this.process.stderr.on('data', keep);
  }

  get url() { return `http://127.0.0.1:${this.port}`; }

  async ready() {
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(`${this.url}/status`);
        if (res.ok) return;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.name}'s WebDriver did not start:\n${this.log}`);
  }

  async stop() {
    if (this.process.exitCode !== null) return;
    // xvfb-run starts the driver and Xvfb as children: end the whole group.
    try { process.kill(-this.process.pid, 'SIGTERM'); } catch { /* gone */ }
    await Promise.race([once(this.process, 'exit'), new Promise((r) => setTimeout(r, 3000))]);
  }
}

/** WebKit and Firefox, each with how to start its driver and a session at a given size. */
export const ENGINES = {
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    async start(port) {
      // MiniBrowser needs a display; the screen is larger than the tablet window.
      const server = new DriverServer('webkit', 'xvfb-run',
        ['-a', '-s', '-screen 0 1280x1400x24', 'WebKitWebDriver', `--port=${port}`], port);
      await server.ready();
      return server;
    },
    capabilities() {
      return {
        browserName: 'MiniBrowser',
        // Full screen hides MiniBrowser's toolbar, which would keep the window wider than a phone.
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen', '--time-zone=Asia/Tokyo'] },
      };
    },
    async fit() {},
  },
  firefox: {
    label: 'Firefox ESR',
    async start(port) {
      // System access lets the test lift the browser window's own minimum width (500 px).
      const server = new DriverServer('firefox', 'geckodriver',
        ['--port', String(port), '--allow-system-access'], port, { TZ: 'Asia/Tokyo' });
      await server.ready();
      return server;
    },
    capabilities(downloads) {
      return {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: '/usr/bin/firefox-esr',
          // Kiosk mode: no toolbar, so the window is the page.
          args: ['-headless', '--kiosk'],
          prefs: {
            'intl.accept_languages': 'ja',
            'browser.download.folderList': 2,
            'browser.download.dir': downloads,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.alwaysOpenPanel': false,
          },
        },
      };
    },
    async fit(driver) {
      await driver.setContext('chrome');
      await driver.executeScript(`for (const el of [document.documentElement, ...document.querySelectorAll('toolbox, toolbar')])
        el.style.setProperty('min-width', '0', 'important');`);
      await driver.setContext('content');
    },
  },
};

/** A new session (a fresh profile) of `engine` on `server`, its page sized to `size`. */
export async function newSession(engineName, server, size, downloads) {
  const engine = ENGINES[engineName];
  const driver = await new Builder().usingServer(server.url).withCapabilities(engine.capabilities(downloads)).build();
  await engine.fit(driver);
  const { width, height } = SIZES[size];
  await driver.manage().window().setRect({ width, height });
  await driver.manage().setTimeouts({ script: 20_000, pageLoad: 30_000 });
  return driver;
}
