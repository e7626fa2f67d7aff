// The first paint is the widget: each page that carries the markup (the
// standalone page, the frame, the `make dist` snippet) draws the widget and
// its verdict before any script runs, and the wasm takes it over without a
// visible change; in each engine. The wasm is held back by the test server
// until a test has seen the page without it, so nothing here waits on time.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eachEngine, serveRecorded } from './engines.mjs';
import { DIST, SHOTS } from './fixtures.mjs';
import { FONTS, useSystemFont } from '../../tools/fonts.mjs';
import { COLUMNS, SAMPLER, samplingPost, sampleShifts } from './shift.mjs';

// The wasm waits for the open gate, if any.
let gate = null;
function closeGate() {
  let open;
  gate = new Promise((resolve) => (open = resolve));
  return () => {
    gate = null;
    open();
  };
}
const HELD = { hold: (path) => (path.endsWith('_bg.wasm') ? gate : null) };

/** Every box in the widget (tag, position, size), minus the hidden line the app's render has not. */
const layout = (page) =>
  page.evaluate(() =>
    [...document.querySelector('backend-verdict').shadowRoot.querySelectorAll('[part="widget"] *')]
      .filter((element) => !element.closest('.needs-script'))
      .map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return [element.localName, ...[x, y, width, height].map((n) => Math.round(n))];
      }),
  );

eachEngine(HELD, (env) => {
  test('the standalone page shows the widget and its verdict before the wasm, and the takeover moves nothing', async () => {
    const open = closeGate();
    const page = await env.open(env.server.url('/'));
    await page.waitForFunction(() => document.querySelector('backend-verdict')?.shadowRoot?.querySelector('[part="verdict"]'));
    assert.match(await page.locator('[part="verdict"]').textContent(), /Verdict: Node\.js.*Python6\.0\/10Node\.js7\.5\/10/);
    assert.equal(await page.getAttribute('backend-verdict', 'verdict'), null, 'no script has taken it over yet');
    assert.equal(await page.getByRole('slider', { name: 'Performance' }).count(), 1);
    const drawn = await layout(page);
    await page.screenshot({ path: join(SHOTS, `first-paint-${env.engine}-drawn.png`) });
    open();
    assert.equal(await page.waitForVerdict(), 'node');
    const taken = await layout(page);
    assert.equal(taken.length, drawn.length, 'the same elements');
    const moved = taken.filter((box, i) => box[0] !== drawn[i][0] || box.slice(1).some((n, j) => Math.abs(n - drawn[i][j + 1]) > 1));
    assert.deepEqual(moved, [], 'every box where it was drawn');
    await page.close();
    assert.deepEqual(await page.problems, []);
  });

  // The standalone page opened from a shared link (restore.js), and the
  // frame with a query (frame.js), ask for another state than the one drawn in.
  for (const [where, path, drawnAddress] of [
    ['the standalone page, from a shared link for another use case,', '/?preset=ai-ml', true],
    ['the frame, asked for another use case,', '/frame.html?preset=ai-ml', false],
  ]) {
    test(`${where} keeps the drawn default out of sight until the widget shows the verdict asked for`, async () => {
      const seen = (page) => page.evaluate(() => getComputedStyle(document.querySelector('backend-verdict').shadowRoot.querySelector('[part="widget"]')).visibility);
      const drawnIn = () => document.querySelector('backend-verdict')?.shadowRoot?.querySelector('[part="verdict"]');
      let open = closeGate();
      const page = await env.open(env.server.url(path));
      await page.waitForFunction(drawnIn);
      assert.equal(await seen(page), 'hidden', 'the default verdict is never shown for a request for another');
      const drawn = await page.evaluate(() => document.querySelector('backend-verdict').shadowRoot.querySelector('[part="widget"]').dataset.query);
      open();
      assert.equal(await page.waitForVerdict(), 'python');
      assert.equal(await seen(page), 'visible');
      await page.close();
      if (!drawnAddress) return;
      // The address the page writes for the state it draws asks for nothing else.
      open = closeGate();
      const same = await env.open(env.server.url(`/${drawn}`));
      await same.waitForFunction(drawnIn);
      assert.equal(await seen(same), 'visible');
      open();
      await same.close();
    });
  }

  test('a slider moved before the takeover keeps its value and the focus, and the verdict follows', async () => {
    const open = closeGate();
    const page = await env.open(env.server.url('/'));
    await page.waitForFunction(() => document.querySelector('backend-verdict')?.shadowRoot?.getElementById('weight-performance'));
    const slider = page.getByRole('slider', { name: 'Performance' });
    await slider.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    assert.equal(await slider.evaluate((input) => input.value), '10', 'the drawn slider moves');
    const reported = page.evaluate(
      () => new Promise((resolve) => document.addEventListener('verdictchange', (event) => resolve(event.detail.weights.performance), { once: true })),
    );
    open();
    assert.equal(await reported, 10, 'the first verdict is for the moved weight');
    const state = await page.evaluate(() => {
      const root = document.querySelector('backend-verdict').shadowRoot;
      return { focused: root.activeElement?.id, value: root.getElementById('weight-performance').value, shown: root.querySelector('.weight').textContent };
    });
    assert.deepEqual(state, { focused: 'weight-performance', value: '10', shown: '10' });
    // And it is the widget's own slider now: the next step moves the verdict's scores.
    const before = await page.locator('[part="verdict"]').textContent();
    await page.keyboard.press('Home');
    await page.waitForFunction((text) => document.querySelector('backend-verdict').shadowRoot.querySelector('[part="verdict"]').textContent !== text, before);
    await page.close();
  });

  test('where the wasm may not run (no \'wasm-unsafe-eval\'), the frame keeps the drawn widget and says its sliders need JavaScript', async () => {
    const server = await serveRecorded({ headers: () => ({ 'content-security-policy': "default-src 'self'" }) });
    const page = await env.open(server.url('/frame.html?preset=ai-ml'));
    await page.waitForFunction(() => {
      const line = document.querySelector('backend-verdict').shadowRoot.querySelector('.needs-script');
      return line && !line.hidden;
    });
    assert.match(await page.locator('.needs-script').textContent(), /moving the sliders needs JavaScript, which is off or was blocked here\. Open the full page/);
    assert.equal(await page.getByRole('link', { name: 'Open the full page' }).getAttribute('href'), './');
    assert.match(await page.locator('[part="verdict"]').textContent(), /Verdict: /);
    assert.equal(await page.locator('.needs-script').isVisible(), true);
    await page.screenshot({ path: join(SHOTS, `first-paint-${env.engine}-blocked.png`) });
    await page.close();
    await server.close();
  });

  if (env.emulates) {
    test('Chromium only (switching JavaScript off needs the DevTools protocol): with JavaScript off the standalone page shows the drawn widget, its verdict and why the sliders do nothing', async () => {
      const page = await env.open(null, { javaScriptEnabled: false });
      await page.goto(env.server.url('/'));
      assert.match(await page.locator('[part="verdict"]').textContent(), /Verdict: Node\.js/);
      assert.equal(await page.locator('.needs-script').isVisible(), true);
      assert.equal(await page.getByRole('link', { name: 'Open the full page' }).count(), 0, 'no link to the page the reader is on');
      await page.close();
    });
  }
});

// Nothing moves: `make dist`'s snippet in a blog post's columns, each
// column's next paragraph sampled on every frame (tests/e2e/shift.mjs),
// with each system font.
const copy = mkdtempSync(join(tmpdir(), 'bv-first-paint-'));
after(() => rmSync(copy, { recursive: true, force: true }));
let snippet;
let site;
before(async () => {
  cpSync(DIST, copy, { recursive: true });
  site = await serveRecorded({ root: copy, headers: () => ({ 'access-control-allow-origin': '*' }) });
  execFileSync('node', ['tools/dist.mjs', copy, site.url('/')], { cwd: new URL('../../', import.meta.url), stdio: 'pipe' });
  snippet = readFileSync(join(copy, 'snippet.html'), 'utf8');
});
after(() => site?.close());

// How wide a line of the widget's own font is, in each engine and font: the
// fonts must really differ, or the tests below would prove one font thrice.
const lineWidths = {};
const measureLine = (page) =>
  page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d');
    context.font = '16px system-ui, sans-serif';
    return Math.round(context.measureText('Python or Node.js for your backend? Verdict: Node.js').width * 10) / 10;
  });

for (const font of FONTS) {
  describe(`with ${font} as the system font`, () => {
    before(() => useSystemFont(font));
    eachEngine({}, (env) => {
      test(`nothing after the drawn widget moves while it loads and is taken over, at ${COLUMNS.join(', ')} px`, async () => {
        const host = await serveRecorded({ root: null, pages: { '/post.html': samplingPost(snippet), '/sampler.js': SAMPLER } });
        const page = await env.open(host.url('/post.html'), { viewport: { width: 1280, height: 900 } });
        const { control, frames, ...shifts } = await sampleShifts(page);
        console.log(`${env.name}, ${font}: shift by column width (px): ${JSON.stringify(shifts)}; the control: ${control}`);
        assert.ok(frames > 20, 'sampled from the first frames');
        assert.ok(control >= 40, 'the sampling catches what moves after the takeover');
        assert.deepEqual(Object.entries(shifts).filter(([, moved]) => moved > 1), [], `${font}: the text after each widget stays put`);
        (lineWidths[env.name] ||= new Set()).add(await measureLine(page));
        await page.close();
        assert.deepEqual(await page.problems, []);
        await host.close();
      });
    });
  });
}

test('the fonts above are three different fonts in each engine', () => {
  assert.ok(Object.keys(lineWidths).length > 0, 'the zero-shift tests ran and measured their fonts');
  for (const [engine, widths] of Object.entries(lineWidths)) assert.equal(widths.size, FONTS.length, `${engine}: ${[...widths]}`);
});
