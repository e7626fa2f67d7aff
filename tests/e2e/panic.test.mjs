// If the app ever panics, the element shows a short error state with its
// fallback content, and the console names the cause. Uses a test build
// (`--features test-panic`) whose widget panics on `data-test-panic`.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { eachEngine, serveRecorded } from './engines.mjs';

const PANIC_DIST = fileURLToPath(new URL('../../target/test-panic-dist/', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panic</title></head><body>
<backend-verdict data-test-panic><p class="fallback">Python or Node.js? With equal weights: Node.js.</p></backend-verdict>
<script type="module" src="embed.js"></script></body></html>`;

assert.ok(existsSync(PANIC_DIST), 'build it first: make target/test-panic-dist/index.html');


eachEngine({ root: PANIC_DIST, pages: { '/panic.html': PAGE } }, (env) => {
  const { openPage } = env;
  const waitForVerdict = (page, selector) => page.waitForVerdict(selector);

  test('a panic leaves an error state with the fallback, never a blank box', async () => {
    const { page, log, context } = await openPage(env.server.url('/panic.html'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /internal error and stopped/);
    // The fallback shows through the error state's slot.
    assert.equal(await page.locator('.fallback').isVisible(), true);
    assert.equal(await page.getAttribute('backend-verdict', 'verdict'), null);
    await context.close();
    const cause = log.problems.filter((text) => text.startsWith('error: Backend Verdict stopped'));
    assert.equal(cause.length, 1, JSON.stringify(log.problems));
    assert.match(cause[0], /test panic requested by the data-test-panic attribute/);
  });

  test('the shipped build ignores the test attribute', async () => {
    const server = await serveRecorded({ root: fileURLToPath(new URL('../../dist/', import.meta.url)), pages: { '/panic.html': PAGE } });
    const { page, context } = await openPage(server.url('/panic.html'));
    await page.waitForFunction(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
    assert.equal(await page.getByRole('alert').count(), 0);
    await context.close();
    await server.close();
  });

  test('after a panic no other widget starts: each shows its fallback at its own height, none a blank box', async () => {
    const page3 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panic</title></head><body>
  <backend-verdict data-test-panic><p class="fallback">First: with equal weights, Node.js.</p></backend-verdict>
  <backend-verdict><p class="fallback">Second: with equal weights, Node.js.</p></backend-verdict>
  <backend-verdict><p class="fallback">Third: with equal weights, Node.js.</p></backend-verdict>
  <script type="module" src="embed.js"></script></body></html>`;
    const server = await serveRecorded({ root: PANIC_DIST, pages: { '/three.html': page3 } });
    const { page, log, context } = await openPage(server.url('/three.html'));
    await page.getByRole('alert').waitFor();
    // Every element has settled: the error state, or the fallback with the
    // held height given back.
    await page.waitForFunction(() => [...document.querySelectorAll('backend-verdict')].every((e) => !e.style.blockSize));
    const widgets = await page.evaluate(() =>
      [...document.querySelectorAll('backend-verdict')].map((element) => {
        const fallback = element.querySelector('.fallback');
        return {
          alert: Boolean(element.shadowRoot?.querySelector('[role="alert"]')),
          fallbackShown: fallback.getBoundingClientRect().height > 0 && fallback.checkVisibility(),
          height: element.getBoundingClientRect().height,
          fallbackHeight: fallback.getBoundingClientRect().height,
          verdict: element.getAttribute('verdict'),
        };
      }),
    );
    assert.equal(widgets[0].alert, true, JSON.stringify(widgets));
    for (const widget of widgets) {
      assert.equal(widget.fallbackShown, true, JSON.stringify(widgets));
      assert.equal(widget.verdict, null);
    }
    // The two that never started are exactly as tall as their fallback: no
    // held space left behind, no empty widget box.
    for (const widget of widgets.slice(1)) {
      assert.equal(widget.alert, false);
      assert.ok(Math.abs(widget.height - widget.fallbackHeight) < 1, JSON.stringify(widgets));
    }
    await context.close();
    const stopped = log.problems.filter((text) => text.startsWith('error: Backend Verdict stopped'));
    assert.equal(stopped.length, 1, JSON.stringify(log.problems));
    await server.close();
  });

  test('a widget whose start fails outside any panic shows its fallback, not an empty box', async () => {
    // Fault injection: the page hands the element a mount function that
    // throws, as a wasm trap that no panic hook sees (running out of memory)
    // would.
    const page1 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trap</title></head><body>
  <backend-verdict><p class="fallback">With equal weights, Node.js.</p></backend-verdict>
  <script type="module" src="embed.js"></script>
  <script type="module">
    customElements.whenDefined('backend-verdict').then((element) => {
    element.provide(() => { throw new Error('trap'); });
    // The real wasm, arriving before the widget's turn, must not replace it.
    element.provide = () => {};
  });
  </script></body></html>`;
    const server = await serveRecorded({ root: fileURLToPath(new URL('../../dist/', import.meta.url)), pages: { '/trap.html': page1 } });
    const { page, log, context } = await openPage(server.url('/trap.html'));
    await page.waitForFunction(() => document.querySelector('backend-verdict').shadowRoot?.querySelector('slot'));
    const shown = await page.evaluate(() => {
      const element = document.querySelector('backend-verdict');
      const fallback = element.querySelector('.fallback');
      return {
        visible: fallback.checkVisibility() && fallback.getBoundingClientRect().height > 0,
        height: element.getBoundingClientRect().height,
        fallbackHeight: fallback.getBoundingClientRect().height,
        held: element.style.blockSize,
      };
    });
    assert.equal(shown.visible, true, JSON.stringify(shown));
    assert.equal(shown.held, '');
    assert.ok(Math.abs(shown.height - shown.fallbackHeight) < 1, JSON.stringify(shown));
    await context.close();
    const errors = log.problems.filter((text) => text.startsWith('error: Backend Verdict could not start'));
    assert.equal(errors.length, 1, JSON.stringify(log.problems));
    assert.match(errors[0], /trap/);
    await server.close();
  });
});
