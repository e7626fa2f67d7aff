// The promises a reader and a blog author rely on, in the engines beside
// Chromium (tests/e2e/engines.mjs): the verdict and figures that add up,
// the keyboard on a slider, a use case's button, several widgets under a
// strict CSP, polite notices for bad attributes. Written once, run in each
// engine the layer drives.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DIST, SHOTS } from './fixtures.mjs';
import { ENGINES } from './engines.mjs';
import { serve } from '../../tools/server.mjs';

const FALLBACK = '<p>Python or Node.js? <a href="/">See the verdict</a>.</p>';
// Each test page records its own errors and CSP violations from its first
// script on (an engine's driver may report no console): a same-origin file,
// so a strict CSP allows it.
const RECORD = `window.recorded = []; window.violations = [];
addEventListener('error', (e) => window.recorded.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.recorded.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
const post = (elements) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><script src="/record.js"></script></head>
<body><main><h1>A post</h1><p>Words before the widget.</p>${elements}<p>Words after it.</p></main>
<script type="module" src="/embed.js"></script></body></html>`;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const PAGES = {
  '/record.js': RECORD,
  '/three.html': post(
    ['saas', 'ai-ml', 'gaming'].map((id) => `<backend-verdict id="${id}" preset="${id}">${FALLBACK}</backend-verdict>`).join('\n'),
  ),
  // The places readers meet it: a phone, a blog column (compact), a desk;
  // each theme. The widget's layout follows its own width (container
  // queries), so each place is a column of that width: MiniBrowser's
  // window cannot be made as narrow as a phone.
  ...Object.fromEntries(
    ['light', 'dark'].flatMap((theme) =>
      Object.entries({ phone: [390, ''], column: [700, 'compact preset="web-api"'], desk: [1280, 'preset="ai-ml"'] }).map(([place, [width, attributes]]) => [
        `/${place}-${theme}.html`,
        post(`<div class="column" style="width:${width}px"><backend-verdict theme="${theme}" ${attributes}>${FALLBACK}</backend-verdict></div>`),
      ]),
    ),
  ),
  '/bad.html': post(`<backend-verdict id="bad" weights="performance:eleven,speed:3,cost:7">${FALLBACK}</backend-verdict>`),
};

/** The verdict bar's text of the widget with this id (or the first). */
const barText = (id) =>
  (id ? document.getElementById(id) : document.querySelector('backend-verdict')).shadowRoot.querySelector('[part="verdict"]').textContent;

/** The range input whose label starts with `name`, in the first widget. */
const sliderState = (name) => {
  const root = document.querySelector('backend-verdict').shadowRoot;
  const input = [...root.querySelectorAll('input[type=range]')].find((i) => i.labels[0].textContent.startsWith(name));
  return { value: input.value, text: input.getAttribute('aria-valuetext') };
};

for (const [key, launch] of Object.entries(ENGINES)) {
  const env = {};
  before(async () => {
    env.engine = await launch();
    env.server = await serve({ root: DIST, pages: PAGES });
    env.strict = await serve({ root: DIST, pages: PAGES, headers: () => ({ 'content-security-policy': CSP }) });
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
    await env.strict?.close();
  });
  const name = () => env.engine.name;

  test(`${key}: the standalone page gives a verdict whose figures add up`, async () => {
    const tab = await env.engine.open(env.server.url('/'));
    await tab.waitFor(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
    assert.equal(await tab.evaluate(() => document.querySelector('backend-verdict').getAttribute('verdict')), 'node');
    const text = await tab.evaluate(barText);
    const [, python, node, margin] = text.match(/Python(\d+\.\d)\/10Node\.js(\d+\.\d)\/10Margin(\d+\.\d)/) || [];
    assert.ok(margin, `${name()}: the bar shows both totals and the margin (${text})`);
    assert.equal(Math.round(Math.abs(python - node) * 10), Math.round(margin * 10), `${name()}: ${text}`);
    await tab.close();
    assert.deepEqual(tab.problems, []);
  });

  test(`${key}: a slider moved by keyboard moves the verdict, and verdictchange says so`, async () => {
    const tab = await env.engine.open(env.server.url('/'));
    await tab.waitFor(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
    const before = await tab.evaluate(barText);
    await tab.evaluate(() => {
      window.details = [];
      document.addEventListener('verdictchange', (event) => window.details.push(event.detail));
      const root = document.querySelector('backend-verdict').shadowRoot;
      [...root.querySelectorAll('input[type=range]')].find((i) => i.labels[0].textContent.startsWith('Learning curve')).focus();
    });
    await tab.press('End');
    await tab.waitFor(() => window.details.some((d) => d.weights['learning-curve'] === 10));
    assert.deepEqual(await tab.evaluate(sliderState, 'Learning curve'), { value: '10', text: '10 of 10, essential' });
    assert.notEqual(await tab.evaluate(barText), before, `${name()}: the bar follows the slider`);
    const detail = await tab.evaluate(() => window.details.at(-1));
    assert.equal(typeof detail.robust, 'boolean');
    assert.ok(['python', 'node', 'tie'].includes(detail.verdict));
    await tab.close();
    assert.deepEqual(tab.problems, []);
  });

  test(`${key}: a use case's button sets its weights and gives the article's winner`, async () => {
    const tab = await env.engine.open(env.server.url('/'));
    await tab.waitFor(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
    await tab.evaluate(() => {
      const root = document.querySelector('backend-verdict').shadowRoot;
      [...root.querySelectorAll('[part="preset"]')].find((b) => b.textContent === 'AI, Machine Learning and Data Science').click();
    });
    await tab.waitFor(() => document.querySelector('backend-verdict').getAttribute('verdict') === 'python');
    const pressed = await tab.evaluate(() =>
      [...document.querySelector('backend-verdict').shadowRoot.querySelectorAll('[part="preset"][aria-pressed="true"]')].map((b) => b.textContent),
    );
    assert.deepEqual(pressed, ['AI, Machine Learning and Data Science']);
    assert.match(await tab.evaluate(barText), /Rests on the article's word/);
    await tab.close();
    assert.deepEqual(tab.problems, []);
  });

  test(`${key}: three widgets under a strict CSP each give their own verdict, with no violation`, async () => {
    const tab = await env.engine.open(env.strict.url('/three.html'));
    await tab.waitFor(() => [...document.querySelectorAll('backend-verdict')].every((e) => e.hasAttribute('verdict')));
    const verdicts = await tab.evaluate(() => [...document.querySelectorAll('backend-verdict')].map((e) => e.getAttribute('verdict')));
    assert.deepEqual(verdicts, ['node', 'python', 'node']);
    assert.deepEqual(await tab.evaluate(() => window.violations), []);
    await tab.close();
    assert.deepEqual(tab.problems, []);
  });

  test(`${key}: in a phone's, a blog column's and a desk's width, in both themes, the verdict is in view and nothing spills out`, async () => {
    for (const [place, width] of Object.entries({ phone: 390, column: 700, desk: 1280 })) {
      for (const theme of ['light', 'dark']) {
        const tab = await env.engine.open(null, { width: Math.max(width + 40, 800), height: 900 });
        await tab.goto(env.server.url(`/${place}-${theme}.html`));
        await tab.waitFor(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
        const where = `${name()}, ${place}, ${theme}`;
        const box = await tab.evaluate(() => {
          const element = document.querySelector('backend-verdict');
          const bar = element.shadowRoot.querySelector('[part="verdict"]').getBoundingClientRect();
          const column = document.querySelector('.column').getBoundingClientRect();
          // The rightmost edge of anything inside the widget.
          const right = Math.max(...[...element.shadowRoot.querySelectorAll('*')].filter((el) => !el.closest('.presets')).map((el) => el.getBoundingClientRect().right));
          return { bar: { top: bar.top, bottom: bar.bottom, left: bar.left, right: bar.right }, column: { left: column.left, right: column.right }, right, height: innerHeight };
        });
        assert.ok(box.right <= box.column.right + 0.5, `${where}: nothing spills past the column (${box.right} > ${box.column.right})`);
        const { bar } = box;
        assert.ok(bar.top >= 0 && bar.bottom <= box.height && bar.left >= box.column.left - 0.5 && bar.right <= box.column.right + 0.5, `${where}: the verdict is in view (${JSON.stringify(bar)})`);
        await tab.screenshot(`${SHOTS}engine-${key}-${place}-${theme}.png`);
        await tab.close();
        assert.deepEqual(tab.problems, [], where);
      }
    }
  });

  test(`${key}: bad attributes get a polite notice, and the rest is used`, async () => {
    const tab = await env.engine.open(env.server.url('/bad.html'));
    await tab.waitFor(() => document.getElementById('bad').hasAttribute('verdict'));
    const text = await tab.evaluate(() => document.getElementById('bad').shadowRoot.textContent);
    assert.match(text, /The weight “eleven” for Performance is not a number from 0 to 10\./);
    assert.match(text, /There is no criterion “speed”\./);
    assert.deepEqual(await tab.evaluate(sliderState, 'Cost'), { value: '7', text: '7 of 10, very important' });
    await tab.close();
    assert.deepEqual(tab.problems, []);
  });
}
