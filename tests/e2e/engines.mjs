// One small driver layer over the three engines readers use, so each promise
// is written once and run in each: Debian's Chromium through playwright-core,
// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, and
// WebKitGTK's MiniBrowser through selenium-webdriver and Debian's
// WebKitWebDriver (never a downloaded browser; MiniBrowser needs a display,
// so `make test` runs the browser tests under xvfb-run).
//
// A tab offers the part of Playwright's page the promises use (goto,
// evaluate, waitForFunction, getAttribute, keyboard.press, locator,
// getByRole, getByText, screenshot), built on three primitives each driver
// has: run an expression in the page, press a key, take a screenshot.
// Locators are resolved in the page by `find` below, which, like
// Playwright's, pierces open shadow roots.

import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, afterEach, before, beforeEach, describe } from 'node:test';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';
import { executable, launch as launchChromium } from '../../tools/browser.mjs';
import { DIST } from './fixtures.mjs';
import '../../tools/fonts.mjs';
import { serve } from '../../tools/server.mjs';

const DESK = { width: 1280, height: 900 };
const TIMEOUT = 10_000;

/**
 * Every page a test server sends starts by loading this recorder, so each
 * engine reports the page's uncaught errors, rejections and console errors
 * and warnings (`recorded`), all it logs (`logged`), and its CSP violations,
 * even where the driver reports no console (WebKitWebDriver). It is a same-origin file, so a strict CSP
 * allows it.
 */
const RECORDER = {
  path: '/__record.js',
  source: `(() => {
  const recorded = (window.recorded = []);
  window.violations = [];
  addEventListener('error', (e) => recorded.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => recorded.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  // Everything the page says on the console, and its errors and warnings
  // as problems.
  const logged = (window.logged = []);
  for (const [level, name] of [['error', 'error'], ['warn', 'warning'], ['info', 'info'], ['log', 'log']]) {
    const original = console[level];
    console[level] = (...args) => {
      const text = name + ': ' + args.map(String).join(' ');
      logged.push(text);
      if (level === 'error' || level === 'warn') recorded.push(text);
      original.apply(console, args);
    };
  }
})();`,
};

// Servers a test starts, so the after-each hook closes those a failing test
// left open (an open server keeps the test file's process alive).
const servers = new Set();

/** Serves `root` (dist/ unless given) with the recorder in every HTML page (see tools/server.mjs). */
export async function serveRecorded(options = {}) {
  const server = await serve({ root: DIST, ...options, pages: { [RECORDER.path]: RECORDER.source, ...options.pages }, prelude: `<script src="${RECORDER.path}"></script>` });
  servers.add(server);
  return server;
}

// Regular expressions cross into the page as their source and flags.
const pack = (value) => (value instanceof RegExp ? { $re: [value.source, value.flags] } : value);

/**
 * Runs in the page: the elements a locator's steps select, in document
 * order, descending into open shadow roots; then the operation on them.
 * Self-contained, because the drivers send it as source.
 */
function find(steps, operation, argument, callback) {
  const unpack = (v) => (v && v.$re ? new RegExp(v.$re[0], v.$re[1]) : v);
  const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const matches = (text, pattern, exact) => {
    pattern = unpack(pattern);
    if (pattern instanceof RegExp) return pattern.test(text);
    return exact ? text === pattern : text.toLowerCase().includes(String(pattern).toLowerCase());
  };
  const within = (scope) => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (scope.shadowRoot) walk(scope.shadowRoot);
    walk(scope);
    return out;
  };
  const parentOf = (el) => el.parentElement || el.parentNode?.host;
  // Like Playwright's, a descendant combinator crosses shadow boundaries:
  // "backend-verdict summary" finds a summary in the element's shadow root.
  const compounds = (css) => {
    const parts = [];
    let depth = 0;
    let quote = null;
    let current = '';
    for (const ch of css) {
      if (quote) quote = ch === quote ? null : quote;
      else if (ch === '"' || ch === "'") quote = ch;
      else if ('[('.includes(ch)) depth += 1;
      else if ('])'.includes(ch)) depth -= 1;
      if (/\s/.test(ch) && depth === 0 && !quote) {
        if (current) parts.push(current);
        current = '';
      } else current += ch;
    }
    if (current) parts.push(current);
    return parts;
  };
  const matchesCss = (el, css) => {
    const parts = compounds(css);
    if (parts.some((part) => '>+~'.includes(part))) return el.matches(css);
    if (!el.matches(parts.at(-1))) return false;
    let index = parts.length - 2;
    for (let node = parentOf(el); node && index >= 0; node = parentOf(node)) {
      if (node.matches(parts[index])) index -= 1;
    }
    return index < 0;
  };
  const hidden = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.assignedSlot || parentOf(node)) {
      if (node.getAttribute('aria-hidden') === 'true') return true;
    }
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') return true;
    if (el.checkVisibility) return !el.checkVisibility();
    return el.getClientRects().length === 0;
  };
  const ROLES = {
    slider: 'input[type=range]',
    button: 'button, input[type=button], input[type=submit]',
    link: 'a[href]',
    textbox: 'textarea, input:not([type]), input[type=text], input[type=url]',
    checkbox: 'input[type=checkbox]',
    heading: 'h1, h2, h3, h4, h5, h6',
    group: 'fieldset, details',
    status: 'output',
    img: 'img[alt]:not([alt=""])',
    list: 'ul, ol',
    listitem: 'li',
    table: 'table',
    main: 'main',
    navigation: 'nav',
    alert: '[role=alert]',
  };
  const hasRole = (el, role) => (el.getAttribute('role') ? el.getAttribute('role') === role : Boolean(ROLES[role]) && el.matches(ROLES[role]));
  const nameOf = (el) => {
    const root = el.getRootNode();
    const labelledby = el.getAttribute('aria-labelledby');
    if (labelledby) return squash(labelledby.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent || '').join(' '));
    if (el.getAttribute('aria-label')) return squash(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return squash([...el.labels].map((l) => l.textContent).join(' '));
    if (el.matches('img')) return squash(el.alt);
    if (el.matches('fieldset') && el.querySelector('legend')) return squash(el.querySelector('legend').textContent);
    if (el.matches('details') && el.querySelector('summary')) return squash(el.querySelector('summary').textContent);
    return squash(el.textContent) || squash(el.getAttribute('title'));
  };
  const select = (start, chain) => {
    let selected = start;
    for (const step of chain) {
      if ('filter' in step) {
        selected = selected.filter((el) => matches(squash(el.textContent), step.filter, false));
        continue;
      }
      if ('nth' in step) {
        selected = step.nth < 0 ? selected.slice(step.nth).slice(0, 1) : selected.slice(step.nth, step.nth + 1);
        continue;
      }
      const seen = new Set();
      const next = [];
      for (const scope of selected) {
        for (const el of within(scope)) {
          if (seen.has(el)) continue;
          seen.add(el);
          let ok;
          if (step.css)
            ok =
              matchesCss(el, step.css) &&
              (step.hasText === undefined || matches(squash(el.textContent), step.hasText, false)) &&
              (!step.has || select([el], step.has).length > 0);
          else if (step.role) ok = hasRole(el, step.role) && !hidden(el) && (step.name === undefined || matches(nameOf(el), step.name, step.exact));
          else ok = matches(squash(el.textContent), step.text, step.exact) && ![...el.children].some((child) => matches(squash(child.textContent), step.text, step.exact));
          if (ok) next.push(el);
        }
      }
      selected = next;
    }
    return selected;
  };
  const all = select([document], steps).filter((el) => el !== document);
  if (operation === 'count') return all.length;
  if (operation === 'texts') return all.map((el) => el.textContent);
  if (operation === 'evaluateAll') return callback(all, argument);
  if (all.length !== 1) return { $error: all.length };
  const [el] = all;
  switch (operation) {
    case 'text':
      return el.textContent;
    case 'value':
      return el.value;
    case 'attribute':
      return el.getAttribute(argument);
    case 'visible':
      return !hidden(el);
    case 'focus':
      el.focus();
      return null;
    case 'element':
      return el;
    case 'fill':
      // As Playwright's fill: the value, then the events a reader's input sends.
      el.focus();
      el.value = argument;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return null;
    case 'click':
      el.scrollIntoView({ block: 'center' });
      el.click();
      return null;
    case 'box': {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    case 'evaluate':
      return callback(el, argument);
    default:
      throw new Error(`unknown operation ${operation}`);
  }
}

/** A Playwright-like locator: a chain of steps, resolved afresh on each use. */
class Locator {
  constructor(tab, steps) {
    this.tab = tab;
    this.steps = steps;
  }

  locator(css, { hasText, has } = {}) {
    return new Locator(this.tab, [...this.steps, { css, hasText: pack(hasText), has: has?.steps }]);
  }

  getByRole(role, { name, exact = false } = {}) {
    return new Locator(this.tab, [...this.steps, { role, name: pack(name), exact }]);
  }

  getByText(text, { exact = false } = {}) {
    return new Locator(this.tab, [...this.steps, { text: pack(text), exact }]);
  }

  filter({ hasText }) {
    return new Locator(this.tab, [...this.steps, { filter: pack(hasText) }]);
  }

  nth(index) {
    return new Locator(this.tab, [...this.steps, { nth: index }]);
  }

  first() {
    return this.nth(0);
  }

  last() {
    return this.nth(-1);
  }

  /** Runs `operation` in the page; one-element operations wait for exactly one match. */
  async run(operation, argument, callback) {
    const expression = `(${find})(${JSON.stringify(this.steps)}, ${JSON.stringify(operation)}, ${JSON.stringify(pack(argument)) ?? 'undefined'}, ${callback || 'undefined'})`;
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const result = await this.tab.run(expression);
      if (!result || result.$error === undefined) return result;
      if (result.$error > 1) throw new Error(`${JSON.stringify(this.steps)} matches ${result.$error} elements`);
      if (Date.now() > deadline) throw new Error(`${JSON.stringify(this.steps)} matches nothing`);
      await sleep(50);
    }
  }

  count = () => this.run('count');
  allTextContents = () => this.run('texts');
  textContent = () => this.run('text');
  inputValue = () => this.run('value');
  getAttribute = (name) => this.run('attribute', name);
  isVisible = async () => (await this.count()) === 1 && this.run('visible');
  focus = () => (this.tab.focusIn ? this.tab.focusIn(this) : this.run('focus'));
  fill = (value) => this.run('fill', value);
  click = () => this.run('click');
  boundingBox = () => this.run('box');
  evaluate = (fn, argument) => this.run('evaluate', argument, fn);
  evaluateAll = (fn, argument) => this.run('evaluateAll', argument, fn);

  async press(key) {
    await this.focus();
    await this.tab.keyboard.press(key);
  }

  /** Waits until exactly one element matches and is visible (or, with state 'hidden', until none is). */
  async waitFor({ state = 'visible', timeout = TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const visible = await this.isVisible();
      if (visible === (state === 'visible')) return;
      if (Date.now() > deadline) throw new Error(`${JSON.stringify(this.steps)} never became ${state}`);
      await sleep(50);
    }
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The part of a page every engine's tab shares; `run`, `keyboard` and `shoot` are the driver's. */
class Tab {
  constructor(engine) {
    this.engine = engine;
    this.problems = [];
  }

  locator(css, options) {
    return new Locator(this, []).locator(css, options);
  }

  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }

  getByText(text, options) {
    return new Locator(this, []).getByText(text, options);
  }

  /** Runs `fn(argument)` in the page and returns its (serialisable) result. */
  evaluate(fn, argument) {
    return this.run(`(${fn})(${JSON.stringify(argument) ?? ''})`);
  }

  /** Waits until `fn(argument)` is truthy in the page (tested there: an element does not cross every driver). */
  async waitForFunction(fn, argument, { timeout = TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    const test = `Promise.resolve((${fn})(${JSON.stringify(argument) ?? ''})).then(Boolean)`;
    for (;;) {
      // A navigation under way (a link followed) ends the page the test ran
      // in: try again in the next one.
      const result = await this.run(test).catch((error) => {
        if (Date.now() > deadline) throw error;
        return false;
      });
      if (result) return;
      if (Date.now() > deadline) throw new Error(`${this.engine}: timed out waiting for ${String(fn).slice(0, 120)}`);
      await sleep(50);
    }
  }

  /** The attribute of the first element `selector` matches, as Playwright's page.getAttribute. */
  getAttribute(selector, name) {
    return this.locator(selector).first().getAttribute(name);
  }

  /** The widget's verdict attribute once it has one. */
  async waitForVerdict(selector = 'backend-verdict') {
    await this.waitForFunction((s) => document.querySelector(s)?.hasAttribute('verdict'), selector);
    return this.getAttribute(selector, 'verdict');
  }

  /**
   * Waits until the page has loaded and drawn two frames since: what a
   * load, a click or a key set off has rendered (and reported, had it
   * anything to report). A condition, where a test once slept.
   */
  async settle() {
    await this.waitForFunction(() => document.readyState === 'complete');
    await this.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
  }

  /**
   * For what must not happen: no condition can say "never", so this waits
   * past the delay after which it would have (`ms`, named where it is
   * used, such as twice the widget's write delay).
   */
  waitPast(ms) {
    return sleep(ms);
  }

  url() {
    return this.evaluate(() => location.href);
  }

  /**
   * The document in the iframe `selector` names (another origin's too), as
   * a tab whose locators and evaluate run there; keys go to the page.
   */
  frame(selector) {
    const frame = new Tab(this.engine);
    frame.keyboard = { press: (key) => (this.pressInFrame ? this.pressInFrame(selector, key) : this.keyboard.press(key)) };
    frame.run = (expression) => this.runInFrame(selector, expression);
    if (this.focusInFrame) frame.focusIn = (locator) => this.focusInFrame(selector, locator);
    return frame;
  }

  /** Runs a classic script's source in the page, as a script tag would. */
  addScript(source) {
    return this.run(`(function () { ${source}
}).call(window)`);
  }

  /** What the page's recorder caught (see RECORDER); a page without one says so, so no problem goes unseen. */
  async recorded() {
    const recorded = await this.evaluate(() => window.recorded);
    return recorded || [`${this.engine}: ${await this.url()} has no recorder (serve it with serveRecorded)`];
  }
}

/**
 * A tab over a Playwright or Puppeteer page, whose calls used here are
 * alike; `start` (each driver's own) opens `this.page` in `this.context`.
 */
class PageTab extends Tab {
  watch(warning) {
    this.page.on('pageerror', (error) => this.problems.push(String(error)));
    this.page.on('console', (m) => [warning, 'error'].includes(m.type()) && this.problems.push(`${m.type()}: ${m.text()}`));
    // "Shift+Tab" as Playwright writes it; Puppeteer presses one key at a time.
    this.keyboard = {
      press: async (key) => {
        const [modifier, name] = key.includes('+') ? key.split('+') : [null, key];
        if (modifier) await this.page.keyboard.down(modifier);
        await this.page.keyboard.press(name);
        if (modifier) await this.page.keyboard.up(modifier);
      },
    };
    this.mouse = this.page.mouse;
  }
  goto = (url) => this.page.goto(url);
  reload = () => this.page.reload();
  run = (expression) => this.page.evaluate(expression);
  runInFrame = async (selector, expression) => (await (await this.page.$(selector)).contentFrame()).evaluate(expression);
  screenshot = ({ path, fullPage = false }) => this.page.screenshot({ path, fullPage });
  close = () => this.context.close();
}

/** Chromium through playwright-core: a fresh context per tab. */
async function chromium() {
  const browser = await launchChromium();
  class ChromiumTab extends PageTab {
    async start(options) {
      this.context = await browser.newContext(options);
      this.page = await this.context.newPage();
      this.watch('warning');
    }
  }
  return { tab: ChromiumTab, close: () => browser.close() };
}

const firefoxPath = () =>
  executable('FIREFOX_PATH', ['firefox-esr', 'firefox'], "Firefox not found: install Debian's firefox-esr package (make setup does)");

/**
 * Firefox through puppeteer-core over WebDriver BiDi: a fresh browser
 * context per tab. BiDi offers no media emulation and no switch for
 * JavaScript, so a test needing those runs where the driver has them.
 */
async function firefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  class FirefoxTab extends PageTab {
    async start({ viewport }) {
      this.context = await browser.createBrowserContext();
      this.page = await this.context.newPage();
      await this.page.setViewport(viewport);
      this.watch('warn');
    }
  }
  return { tab: FirefoxTab, close: () => browser.close() };
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

const KEYS = {
  End: Key.END,
  Home: Key.HOME,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
  PageUp: Key.PAGE_UP,
  PageDown: Key.PAGE_DOWN,
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Space: Key.SPACE,
};

/**
 * MiniBrowser through WebKitWebDriver: a fresh session (and so fresh
 * storage) per tab, a quarter of a second each. Its window cannot be made
 * narrower than about 450 px, so a phone's width is a 390 px column there.
 * WebKitWebDriver reports nothing of the console: `problems` holds what the
 * recorder caught.
 */
async function webkit() {
  // WebKitWebDriver, started afresh if a session ever stops answering (seen
  // once in many runs: a session that never came up), so one stuck browser
  // fails a test rather than hanging the run.
  let service;
  const startService = async () => {
    service?.process.kill('SIGKILL');
    const port = await freePort();
    service = { port, process: spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' }) };
    await waitForPort(port);
  };
  await startService();
  const session = () =>
    new Builder()
      .usingServer(`http://127.0.0.1:${service.port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] } })
      .build();
  class WebKitTab extends Tab {
    async start({ viewport }) {
      try {
        this.driver = await within(30_000, session(), 'a WebKit session');
      } catch {
        await startService();
        this.driver = await within(30_000, session(), 'a WebKit session, on a fresh WebKitWebDriver');
      }
      await this.driver.manage().setTimeouts({ script: TIMEOUT * 2, pageLoad: TIMEOUT * 3 });
      // The window includes the browser's own chrome: size it, then grow it
      // by what the page did not get.
      const window = this.driver.manage().window();
      await window.setRect({ width: viewport.width, height: viewport.height });
      const [width, height] = await this.driver.executeScript('return [innerWidth, innerHeight]');
      await window.setRect({ width: 2 * viewport.width - width, height: 2 * viewport.height - height });
      const [actualWidth, actualHeight] = await this.driver.executeScript('return [innerWidth, innerHeight]');
      this.viewport = { width: actualWidth, height: actualHeight };
      this.keyboard = {
        press: async (key) => {
          const [modifier, name] = key.includes('+') ? key.split('+') : [null, key];
          const actions = this.driver.actions();
          if (modifier) actions.keyDown(Key[modifier.toUpperCase()]);
          actions.sendKeys(KEYS[name] ?? name);
          if (modifier) actions.keyUp(Key[modifier.toUpperCase()]);
          await actions.perform();
        },
      };
      // The pointer as Playwright's mouse moves it, in viewport pixels.
      let at = { x: 0, y: 0 };
      const pointer = (build) => build(this.driver.actions()).perform();
      this.mouse = {
        move: async (x, y, { steps = 1 } = {}) => {
          for (let step = 1; step <= steps; step += 1) {
            const point = { x: Math.round(at.x + ((x - at.x) * step) / steps), y: Math.round(at.y + ((y - at.y) * step) / steps) };
            await pointer((a) => a.move({ ...point, origin: 'viewport' }));
          }
          at = { x, y };
        },
        down: () => pointer((a) => a.press()),
        up: () => pointer((a) => a.release()),
      };
    }
    goto = (url) => within(TIMEOUT * 3, this.driver.get(url), `WebKit loading ${url}`);
    reload = () => this.driver.navigate().refresh();
    run = (expression) => within(TIMEOUT * 2, this.driver.executeScript(`return ${expression}`), 'a script in WebKit');
    async inFrame(selector, action) {
      await this.driver.switchTo().frame(await this.driver.findElement(By.css(selector)));
      try {
        return await action();
      } finally {
        await this.driver.switchTo().defaultContent();
      }
    }
    runInFrame = (selector, expression) => this.inFrame(selector, () => this.run(expression));
    pressInFrame = (selector, key) => this.inFrame(selector, () => this.keyboard.press(key));
    // A script in a frame of another origin cannot move WebKit's focus
    // into it (a reader's click or Tab can), so the frame is first given
    // the focus the way a reader gives it: a click, on its top left corner
    // (the widget's margin, where nothing reacts).
    async focusInFrame(selector, locator) {
      const frame = await this.driver.findElement(By.css(selector));
      const { x, y } = await frame.getRect();
      await this.driver.actions().move({ x: Math.round(x) + 3, y: Math.round(y) + 3, origin: 'viewport' }).click().perform();
      await this.runInFrame(selector, `(${find})(${JSON.stringify(locator.steps)}, 'focus')`);
    }
    screenshot = async ({ path }) => writeFileSync(path, await this.driver.takeScreenshot(), 'base64');
    async close() {
      try {
        this.problems.push(...(await within(TIMEOUT, this.recorded(), 'the recorder')));
      } finally {
        await within(TIMEOUT, this.driver.quit(), 'closing WebKit').catch(startService);
      }
    }
  }
  return {
    tab: WebKitTab,
    async close() {
      service.process.kill('SIGKILL');
    },
  };
}

/** `promise`, or an error naming `what` once `ms` have passed. */
function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return;
    } catch {
      await sleep(50);
    }
  }
}

const DRIVERS = { chromium, firefox, webkit };
const NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/**
 * One engine outside a test suite (`make bench`): `open(url, { viewport })`
 * gives a tab as `env.open` does; `close` ends the browser.
 */
export async function startEngine(key) {
  const driver = await DRIVERS[key]();
  return {
    name: NAMES[key],
    async open(url, { viewport = DESK, ...options } = {}) {
      const tab = new driver.tab(key);
      tab.viewport = viewport;
      await tab.start({ viewport, ...options });
      if (url) await tab.goto(url);
      return tab;
    },
    close: () => driver.close(),
  };
}

/** The engines a run covers: all three, or those `ENGINES=chromium,webkit` names. */
export const ENGINES = (process.env.ENGINES || 'chromium,firefox,webkit').split(',');

/**
 * Declares `body`'s tests once per engine, each engine in a suite of its own
 * (named after it) with its browser and a recorded server over dist/ (with
 * `serverOptions`) started before and closed after. `env.open(url,
 * { viewport, colorScheme, javaScriptEnabled })` gives a fresh tab;
 * `env.openPage` gives `{ page, log, context }` (all the tab), as the tests
 * written for Playwright read them; `env.server` is the server;
 * `env.engine` is the engine's key;
 * `env.emulates` says whether its driver can emulate media features and
 * switch JavaScript off (Chromium's only).
 */
export function eachEngine(serverOptions, body) {
  for (const key of ENGINES) {
    describe(NAMES[key], () => {
      const env = { engine: key, name: NAMES[key], emulates: key === 'chromium' };
      let driver;
      before(async () => {
        driver = await DRIVERS[key]();
        env.server = await serveRecorded(serverOptions);
      });
      // A test that fails before closing its tabs must not leave them to the
      // next (WebKitWebDriver holds one session at a time).
      const open = new Set();
      let serversBefore = new Set();
      beforeEach(() => {
        serversBefore = new Set(servers);
      });
      afterEach(async () => {
        for (const tab of open) await within(TIMEOUT * 2, tab.close(), 'closing a tab').catch(() => {});
        open.clear();
        for (const server of servers) if (!serversBefore.has(server)) await server.close();
      });
      after(async () => {
        await driver?.close();
        await env.server?.close();
      });
      // As Playwright's tests open a page: the page, and the page again as
      // its log and its context (what they read and close).
      env.openPage = async (url, options) => {
        const page = await env.open(url, options);
        return { page, log: page, context: page };
      };
      // The one way a test opens the widget: a fresh tab at `path` on the
      // test server, with its verdict; `clipboard` grants reading and
      // writing it (Chromium's driver only). Any other options are
      // `env.open`'s, set before the page loads.
      env.openWithVerdict = async (path = '/', { clipboard = false, selector, ...options } = {}) => {
        const tab = await env.open(null, options);
        if (clipboard) await tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
        await tab.goto(env.server.url(path));
        await tab.waitForVerdict(selector);
        return tab;
      };
      env.open = async (url, { viewport = DESK, ...options } = {}) => {
        const tab = new driver.tab(key);
        // The viewport asked for; WebKit's start replaces it by what it got.
        tab.viewport = viewport;
        await tab.start({ viewport, ...options });
        open.add(tab);
        const close = tab.close.bind(tab);
        tab.close = async () => {
          if (!open.delete(tab)) return;
          await close();
        };
        if (url) await tab.goto(url);
        return tab;
      };
      body(env);
    });
  }
}
