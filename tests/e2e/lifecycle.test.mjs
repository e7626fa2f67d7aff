// Long-lived pages: a single-page blog adds and removes <backend-verdict>
// many times in one page's life. Nothing may pile up: DOM nodes, event
// listeners, removed elements, wasm memory.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachEngine, serveRecorded } from './engines.mjs';
import { soak } from '../bench/soak.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An app-like blog</title></head><body>
<div id="slot"></div><div id="other"></div>
<backend-verdict id="keep" preset="web-api"></backend-verdict>
<script type="module" src="/embed.js"></script></body></html>`;



eachEngine({ pages: { '/spa.html': PAGE } }, (env) => {
  const { openPage } = env;
  const waitForVerdict = (page, selector) => page.waitForVerdict(selector);

  if (env.emulates) test('Chromium only (listeners and heap are counted through the DevTools protocol): 200 widgets mounted and removed leave nothing behind', async () => {
    const { page, context } = await openPage(null);
    const { start, after } = await soak(page.page, env.server.url('/spa.html'), [100, 100]);
    const [at100, at200] = after;
    assert.ok(at200.nodes - start.nodes <= 10, `DOM nodes: ${start.nodes} at the start, ${at200.nodes} after 200 cycles`);
    assert.ok(at200.listeners - start.listeners <= 10, `event listeners: ${start.listeners} at the start, ${at200.listeners} after`);
    assert.equal(at200.elements, start.elements, 'no removed <backend-verdict> is still alive');
    assert.equal(at200.wasmBytes, at100.wasmBytes, 'the wasm memory stopped growing');
    await context.close();
  });

  test('an element moved to another parent keeps working', async () => {
    const { page, context } = await openPage(null);
    await page.goto(env.server.url('/spa.html'));
    await page.waitForFunction(() => document.querySelector('#keep').hasAttribute('verdict'));
    await page.evaluate(() => document.querySelector('#other').append(document.querySelector('#keep')));
    await page.waitForFunction(() => document.querySelector('#other > #keep').hasAttribute('verdict'));
    const slider = page.locator('#other #keep').getByRole('slider', { name: /^Performance/ });
    await slider.focus();
    const before = await page.locator('#keep [part="verdict"]').textContent();
    await page.keyboard.press('End');
    assert.equal(await slider.inputValue(), '10');
    assert.notEqual(await page.locator('#keep [part="verdict"]').textContent(), before, 'the scores follow the slider');
    assert.equal(await page.locator('backend-verdict [part="widget"]').count(), 1, 'one widget, not two');
    await context.close();
  });

  test('removing one widget while another is being dragged leaves the other untouched', async () => {
    const { page, context } = await openPage(null, { viewport: { width: 1280, height: 900 } });
    await page.goto(env.server.url('/spa.html'));
    await page.evaluate(() => {
      const element = document.createElement('backend-verdict');
      element.id = 'gone';
      document.querySelector('#slot').append(element);
    });
    await page.waitForFunction(() => ['#keep', '#gone'].every((id) => document.querySelector(id).hasAttribute('verdict')));
    const slider = page.locator('#keep').getByRole('slider', { name: /^Cost/ });
    await slider.evaluate((input) => input.scrollIntoView({ block: 'center' }));
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    // Press on the thumb's track near the left, drag halfway, remove the
    // other widget, then drag on to the right end and let go.
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, y, { steps: 5 });
    await page.evaluate(() => document.querySelector('#gone').remove());
    await page.mouse.move(box.x + box.width - 2, y, { steps: 5 });
    await page.mouse.up();
    assert.equal(await slider.inputValue(), '10');
    assert.match(await page.locator('#keep [part="verdict"]').textContent(), /Verdict: /);
    const detail = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const keep = document.querySelector('#keep');
          keep.addEventListener('verdictchange', (event) => resolve(event.detail), { once: true });
          const input = keep.shadowRoot.querySelector('#weight-cost');
          input.value = '9';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
    );
    assert.equal(detail.weights.cost, 9, 'the widget that stayed still reports its moves');
    await context.close();
  });
});
