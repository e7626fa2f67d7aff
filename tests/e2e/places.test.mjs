// Where readers meet the widget, in each engine: a phone, a blog column
// (compact), a desk; each theme, set by attribute so every engine shows both
// (only Chromium's driver can emulate the system's scheme). The widget lays
// itself out by its own width (container queries), so each place is a
// column of that width: MiniBrowser's window cannot be made as narrow as a
// phone. The screenshots are for a person to look at.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachEngine } from './engines.mjs';
import { SHOTS } from './fixtures.mjs';

const FALLBACK = '<p>Python or Node.js? <a href="/">See the verdict</a>.</p>';
const post = (elements) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head>
<body><main><h1>A post</h1><p>Words before the widget.</p>${elements}<p>Words after it.</p></main>
<script type="module" src="/embed.js"></script></body></html>`;
const PLACES = { phone: [390, ''], column: [700, 'compact preset="web-api"'], desk: [1280, 'preset="ai-ml"'] };
const PAGES = Object.fromEntries(
  ['light', 'dark'].flatMap((theme) =>
    Object.entries(PLACES).map(([place, [width, attributes]]) => [
      `/${place}-${theme}.html`,
      post(`<div class="column" style="width:${width}px"><backend-verdict theme="${theme}" ${attributes}>${FALLBACK}</backend-verdict></div>`),
    ]),
  ),
);

eachEngine({ pages: PAGES }, (env) => {
  test('the standalone page gives a verdict whose figures add up', async () => {
    const tab = await env.open(env.server.url('/'));
    assert.equal(await tab.waitForVerdict(), 'node');
    const text = await tab.locator('[part="verdict"]').textContent();
    const [, python, node, margin] = text.match(/Python(\d+\.\d)\/10Node\.js(\d+\.\d)\/10Margin(\d+\.\d)/) || [];
    assert.ok(margin, `the bar shows both totals and the margin (${text})`);
    assert.equal(Math.round(Math.abs(python - node) * 10), Math.round(margin * 10), text);
    await tab.close();
    assert.deepEqual(tab.problems, []);
  });

  for (const [place, [width]] of Object.entries(PLACES)) {
    for (const theme of ['light', 'dark']) {
      test(`${place} (${width} px), ${theme}: the verdict is in view, nothing spills out, and the theme is the one asked for`, async () => {
        const tab = await env.open(null, { viewport: { width: Math.max(width + 40, 800), height: 900 } });
        await tab.goto(env.server.url(`/${place}-${theme}.html`));
        await tab.waitForVerdict();
        const box = await tab.evaluate(() => {
          const element = document.querySelector('backend-verdict');
          const bar = element.shadowRoot.querySelector('[part="verdict"]').getBoundingClientRect();
          const column = document.querySelector('.column').getBoundingClientRect();
          // The rightmost edge of anything inside the widget but the chip
          // row, which scrolls sideways by design.
          const right = Math.max(...[...element.shadowRoot.querySelectorAll('*')].filter((el) => !el.closest('.presets')).map((el) => el.getBoundingClientRect().right));
          const background = getComputedStyle(element.shadowRoot.querySelector('[part="widget"]')).backgroundColor;
          return { bar: { top: bar.top, bottom: bar.bottom, left: bar.left, right: bar.right }, column: { left: column.left, right: column.right }, right, height: innerHeight, background };
        });
        assert.ok(box.right <= box.column.right + 0.5, `nothing spills past the column (${box.right} > ${box.column.right})`);
        const { bar } = box;
        assert.ok(bar.top >= 0 && bar.bottom <= box.height && bar.left >= box.column.left - 0.5 && bar.right <= box.column.right + 0.5, `the verdict is in view (${JSON.stringify(bar)})`);
        // A dark theme has a dark background, a light one a light one.
        const [r, g, b] = box.background.match(/\d+(\.\d+)?/g).map(Number);
        const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        assert.ok(theme === 'dark' ? luminance < 0.3 : luminance > 0.7, `${theme} background ${box.background}`);
        await tab.screenshot({ path: `${SHOTS}engine-${env.engine}-${place}-${theme}.png` });
        await tab.close();
        assert.deepEqual(tab.problems, []);
      });
    }
  }
});
