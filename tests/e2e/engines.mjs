// The engines beside Chromium, behind one small layer so each promise is
// written once: Debian's Firefox ESR driven by puppeteer-core over WebDriver
// BiDi, and WebKitGTK's MiniBrowser driven by selenium-webdriver through
// Debian's WebKitWebDriver (never a downloaded browser; MiniBrowser needs a
// display, so `make test` runs the browser tests under xvfb-run). A tab
// offers what the promises need: open a page, run a function in it, wait
// for a condition, press a key. Chromium keeps its own, richer suite
// (playwright-core).

import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, Key } from 'selenium-webdriver';
import { executable } from './browser.mjs';

const firefoxPath = () =>
  executable('FIREFOX_PATH', ['firefox-esr', 'firefox'], "Firefox not found: install Debian's firefox-esr package (make setup does)");

/** A page in Firefox, with the errors and console warnings it printed. */
class Tab {
  constructor(page) {
    this.page = page;
    this.problems = [];
    page.on('pageerror', (error) => this.problems.push(String(error)));
    page.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) this.problems.push(`${message.type()}: ${message.text()}`);
    });
  }

  async goto(url) {
    await this.page.goto(url);
  }

  /** Runs `fn(...args)` in the page and returns its (serialisable) result. */
  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  /** Waits until `fn(...args)` is truthy in the page. */
  async waitFor(fn, ...args) {
    await this.page.waitForFunction(fn, { timeout: 20_000, polling: 50 }, ...args);
  }

  press(key) {
    return this.page.keyboard.press(key);
  }

  /** The viewport as a PNG at `path`, for a person to look at. */
  async screenshot(path) {
    await this.page.screenshot({ path });
  }

  close() {
    return this.page.close();
  }
}

/** Starts an engine; `open` gives a fresh tab at a viewport. */
async function firefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  return {
    name: 'Firefox',
    async open(url, viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      const tab = new Tab(page);
      if (url) await tab.goto(url);
      return tab;
    },
    close: () => browser.close(),
  };
}

/** MiniBrowser, as Debian's libwebkit2gtk-4.1-0 installs it. */
function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).split('\n');
  const path = files.find((file) => file.endsWith('/MiniBrowser'));
  if (!path) throw new Error("MiniBrowser not found: install Debian's webkit2gtk-driver package (make setup does)");
  return path;
}

/** A free loopback port for WebKitWebDriver. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const KEYS = { End: Key.END, Home: Key.HOME, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, Tab: Key.TAB, Enter: Key.ENTER };

/**
 * A page in WebKit. WebKitWebDriver reports nothing of the console, so
 * `problems` holds what a test page's own recorder (record.js in the tests)
 * caught; a page without one reports none.
 */
class WebDriverTab {
  constructor(driver) {
    this.driver = driver;
    this.problems = [];
  }

  async goto(url) {
    await this.driver.get(url);
  }

  evaluate(fn, ...args) {
    return this.driver.executeScript(fn, ...args);
  }

  async waitFor(fn, ...args) {
    await this.driver.wait(async () => Boolean(await this.driver.executeScript(fn, ...args)), 20_000);
  }

  async press(key) {
    await this.driver.actions().sendKeys(KEYS[key]).perform();
  }

  async screenshot(path) {
    writeFileSync(path, await this.driver.takeScreenshot(), 'base64');
  }

  async close() {
    this.problems.push(...((await this.driver.executeScript(() => window.recorded)) || []));
  }
}

async function webkit() {
  const port = await freePort();
  const server = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
    })
    .build();
  return {
    name: 'WebKit',
    async open(url, viewport = { width: 1280, height: 900 }) {
      // The window includes the browser's own chrome: size it, then grow it
      // by what the page did not get.
      await driver.manage().window().setRect({ width: viewport.width, height: viewport.height });
      const [width, height] = await driver.executeScript(() => [innerWidth, innerHeight]);
      await driver
        .manage()
        .window()
        .setRect({ width: 2 * viewport.width - width, height: 2 * viewport.height - height });
      const tab = new WebDriverTab(driver);
      if (url) await tab.goto(url);
      return tab;
    },
    async close() {
      await driver.quit();
      server.kill();
    },
  };
}

/** Every engine this layer drives, by name. */
export const ENGINES = { firefox, webkit };
