// The engines beside Chromium, behind one small layer so each promise is
// written once: Debian's Firefox ESR driven by puppeteer-core over WebDriver
// BiDi (never a downloaded browser). A tab offers what the promises need:
// open a page, run a function in it, wait for a condition, press a key.
// Chromium keeps its own, richer suite (playwright-core).

import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // Try the next name.
    }
  }
  throw new Error("Firefox not found: install Debian's firefox-esr package (make setup does)");
}

/** A page in an engine, with the errors and console warnings it printed. */
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

/** Every engine this layer drives, by name. */
export const ENGINES = { firefox };
