// A good guest: the widget holds its space so the host's post does not move
// when it arrives, and widgets start near the viewport first, the rest when
// the browser is idle, each in its own task. Layout shifts are counted with
// layout-shift entries, which only Chromium has, against a held-height table
// measured in Chromium (src/heights.json): those tests are Chromium's alone
// (the first paint issue replaces the table with the widget itself). What
// needs no such entry runs in each engine.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { measure } from '../../tools/heights.mjs';
import { openPage } from '../../tools/browser.mjs';
import { eachEngine, serveRecorded } from './engines.mjs';
import { DIST, useBrowser } from './fixtures.mjs';

const words = 'A paragraph of the post, long enough to wrap over a few lines in a narrow column of text. '.repeat(3);

/**
 * A blog post: a paragraph, the widget with a one-line fallback, more post;
 * with the README's snippet (the stylesheet too) or the script tag only.
 */
const post = (attributes, { count = 1, gap = 0, stylesheet = false, head = '' } = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A post</title>
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-width: 700px; margin: 0 auto; padding: 0 16px; } .gap { height: ${gap}px; }</style>
</head><body><main><h1>A post</h1><p>${words}</p>
${stylesheet ? '<link rel="stylesheet" href="/embed.css">' : ''}
${Array.from({ length: count }, (_, i) => `<backend-verdict id="w${i}" ${attributes}><p>Python or Node.js? <a href="/">See the verdict</a>.</p></backend-verdict><div class="gap"></div>`).join('\n')}
<p>${words}</p><p>${words}</p><p>${words}</p></main><script type="module" src="/embed.js"></script></body></html>`;

const VARIANTS = ['', 'preset="web-api"', 'preset="ai-ml" compact', 'preset="gaming" theme="dark"', 'compact'];
const pages = Object.fromEntries(VARIANTS.map((attributes, i) => [`/post-${i}.html`, post(attributes)]));
VARIANTS.forEach((attributes, i) => {
  pages[`/snippet-${i}.html`] = post(attributes, { stylesheet: true });
});
pages['/long.html'] = post('', { count: 10, gap: 1500, head: '<script src="/record-start.js"></script>' });

const env = useBrowser({ pages });

// Records layout shifts, and when the loader held each element's space.
const RECORD = () => {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push({ value: entry.value, at: entry.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
  window.started = [];
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.attributeName === 'verdict' && record.target.hasAttribute('verdict') && !window.started.includes(record.target.id)) {
        window.started.push(record.target.id);
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['verdict'] });
  // When the loader's held height was first painted.
  new MutationObserver((records, observer) => {
    if (!records.some((r) => r.target.style.blockSize)) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => (window.heldPainted = performance.now())));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
};
pages['/record-start.js'] = `(${RECORD})();`;

for (const width of [1280, 390]) {
  test(`Chromium only (layout-shift entries): the widget arrives without moving the post, ${width} px, with several presets and compact`, async () => {
    for (const path of Object.keys(pages).filter((p) => p.startsWith('/post-'))) {
      const { page, context } = await openPage(env.browser, null, { viewport: { width, height: 800 } });
      await page.addInitScript(RECORD);
      await page.goto(env.server.url(path));
      await page.waitForFunction(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
      // Two frames drawn since, for any shift the verdict brought to be reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
      const { shifts, held, natural } = await page.evaluate(() => ({
        shifts: window.shifts,
        held: document.querySelector('backend-verdict').style.blockSize,
        natural: document.querySelector('backend-verdict').getBoundingClientRect().height,
      }));
      // The space was held (and given back once the widget rendered)...
      assert.equal(held, '', `${path}: the held height is released`);
      // ...and the widget's arrival, after the loader ran, shifted nothing.
      // (Whether the loader runs before the page's first paint is the
      // browser's choice; the table below is what the loader can promise.)
      const heldPainted = await page.evaluate(() => window.heldPainted);
      assert.ok(heldPainted > 0, `${path}: the loader held the widget's space`);
      const late = shifts.filter((s) => s.at > heldPainted).reduce((sum, s) => sum + s.value, 0);
      assert.ok(late <= 0.02, `${path}: layout shift after the loader ran is ${late} (at most 0.02); natural height ${natural}`);
      await context.close();
    }
  });
}

for (const width of [1280, 390]) {
  test(`Chromium only (layout-shift entries): with the README's snippet nothing on the post moves from its first paint, ${width} px`, async () => {
    for (const path of Object.keys(pages).filter((p) => p.startsWith('/snippet-'))) {
      const { page, context } = await openPage(env.browser, null, { viewport: { width, height: 800 } });
      await page.addInitScript(RECORD);
      await page.goto(env.server.url(path));
      await page.waitForFunction(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
      // Two frames drawn since, for any shift the verdict brought to be reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
      const total = await page.evaluate(() => window.shifts.reduce((sum, s) => sum + s.value, 0));
      assert.ok(total <= 0.02, `${path}: cumulative layout shift ${total} (at most 0.02)`);
      await context.close();
    }
  });
}

// The element is as tall as its fallback paragraph with its margins.
const fallbackOnly = (page) =>
  page.evaluate(() => {
    const element = document.querySelector('backend-verdict');
    const paragraph = element.querySelector('p');
    const style = getComputedStyle(paragraph);
    const expected = paragraph.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
    return { height: element.getBoundingClientRect().height, expected };
  });

test('Chromium only (switching JavaScript off needs the DevTools protocol): without JavaScript the stylesheet holds no empty space', async () => {
  const { page, context } = await openPage(env.browser, null, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  await page.goto(env.server.url('/snippet-0.html'));
  const still = await fallbackOnly(page);
  assert.ok(Math.abs(still.height - still.expected) < 1, `without JavaScript: ${JSON.stringify(still)}`);
  await context.close();
});

test('Chromium only (the table is measured there): the held height is the widget\'s height at load, for any width (src/heights.json is current)', async () => {
  const { table } = await measure(DIST);
  const committed = JSON.parse(readFileSync(new URL('../../src/heights.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, table, 'src/heights.json is out of date: run `make heights` and commit it');
});

eachEngine({ pages }, (engine) => {
  test('when the wasm cannot load, the stylesheet holds no empty space', async () => {
    const broken = await serveRecorded({ pages, missing: (path) => path.endsWith('.wasm') });
    const page = await engine.open(broken.url('/snippet-0.html'), { viewport: { width: 1280, height: 800 } });
    // The loader gives up and says so; then the page has drawn.
    await page.waitForFunction(() => window.recorded?.some((text) => text.includes('Backend Verdict could not load')));
    await page.settle();
    const failed = await fallbackOnly(page);
    assert.ok(Math.abs(failed.height - failed.expected) < 1, `wasm missing: ${JSON.stringify(failed)}`);
    await page.close();
    await broken.close();
  });

  test('ten widgets down a long page all reach their verdicts without scrolling, the ones in view first', async () => {
    const page = await engine.open(engine.server.url('/long.html'), { viewport: { width: 1280, height: 800 } });
    await page.waitForFunction(() => window.started.length === 10, null, { timeout: 15000 });
    const started = await page.evaluate(() => window.started);
    assert.equal(started[0], 'w0', `the widget in view starts first: ${started.join(' ')}`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing scrolled');
    assert.equal(await page.locator('backend-verdict[verdict]').count(), 10);
    await page.close();
  });
});
