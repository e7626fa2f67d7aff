// Accessibility: an axe-core audit and IBM's Equal Access checker (a second
// rule set) of the standalone page, an embedding page and the frame (shadow
// roots included), in both themes and two widths; keyboard use, motion;
// screenshots for a person to look at (access.test.mjs holds the checks no
// audit makes). In each
// engine; the dark audits and reduced motion need the system's preferences
// emulated, which only Chromium's driver does, and MiniBrowser's narrowest
// window is about 450 px, so WebKit's narrow audit is at 450 px.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { eachEngine } from './engines.mjs';
import { SHOTS } from './fixtures.mjs';

const resolve = createRequire(import.meta.url).resolve;
const AXE = readFileSync(resolve('axe-core/axe.min.js'), 'utf8');
// IBM's engine declares `ace` with var; addScript runs it in a function.
const ACE = `${readFileSync(resolve('accessibility-checker-engine/ace.js'), 'utf8')}\nwindow.ace = ace;`;

const EMBED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post with the widget</title></head>
<body><main><h1>A post</h1><p>Words around the widget.</p>
<backend-verdict preset="startup-mvp"></backend-verdict>
<backend-verdict preset="saas" compact></backend-verdict>
</main><script type="module" src="/embed.js"></script></body></html>`;

eachEngine({ pages: { '/post.html': EMBED_PAGE } }, (env) => {
  const { openPage } = env;
  const waitForVerdict = (page) => page.waitForVerdict();

  async function audit(page) {
    await page.addScript(AXE);
    return page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
  }

  // IBM's violations (its failures, not its "potential" or "manual" ones),
  // on the document and on each widget's open shadow root.
  async function ibmAudit(page) {
    await page.addScript(ACE);
    return page.evaluate(async () => {
      const checker = new window.ace.Checker();
      const scopes = [document, ...[...document.querySelectorAll('backend-verdict')].map((el) => el.shadowRoot.querySelector('[part="widget"]'))];
      const found = [];
      for (const scope of scopes) {
        const report = await checker.check(scope, ['IBM_Accessibility']);
        for (const r of report.results) if (r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL') found.push(`${r.ruleId}: ${r.message} (${r.path.dom})`);
      }
      return [...new Set(found)];
    });
  }

  for (const [path, name] of [['/', 'standalone'], ['/post.html', 'embed'], ['/frame.html?preset=ai-ml', 'frame']]) {
    for (const colorScheme of env.emulates ? ['light', 'dark'] : ['light']) {
      for (const width of [env.engine === 'webkit' ? 450 : 320, 1280]) {
        const only = colorScheme === 'dark' ? 'Chromium only (emulating the system colour scheme needs the DevTools protocol): ' : '';
        test(`${only}axe and IBM's checker find no violation: ${name}, ${colorScheme}, ${width} px`, async () => {
          const { page, context } = await openPage(null, { viewport: { width, height: 900 }, colorScheme });
          await page.goto(env.server.url(path));
          await waitForVerdict(page);
          // Open the disclosures so their content is audited too.
          const closed = page.locator('details:not([open]) > summary');
          while ((await closed.count()) > 0) await closed.first().click();
          assert.deepEqual(await audit(page), []);
          assert.deepEqual(await ibmAudit(page), []);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(scroll, 0, 'no horizontal scrolling');
          await page.screenshot({ path: `${SHOTS}${env.engine}-${name}-${colorScheme}-${width}.png`, fullPage: true });
          await context.close();
        });
      }
    }
  }

  test('sliders announce a useful value, and the keyboard reaches every control with a visible focus ring', async () => {
    const { page, context } = await openPage(env.server.url('/'));
    await waitForVerdict(page);
    const performance = page.getByRole('slider', { name: /^Performance/ });
    assert.equal(await performance.getAttribute('aria-valuetext'), '5 of 10, important');
    await performance.focus();
    await page.keyboard.press('End');
    assert.equal(await performance.getAttribute('aria-valuetext'), '10 of 10, essential');

    // Tab from the top of a fresh page: presets first, then the sliders, then the rest.
    await page.reload();
    await waitForVerdict(page);
    const order = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        let el = document.activeElement;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
        const style = getComputedStyle(el);
        return { label: el.getAttribute('aria-label') || el.id || el.textContent.trim().slice(0, 30), tag: el.tagName, outline: style.outlineStyle, width: style.outlineWidth };
      });
      order.push(focused);
      if (focused.tag !== 'BODY' && focused.tag !== 'A') assert.notEqual(focused.outline, 'none', `focus ring on ${focused.label}`);
    }
    const labels = order.map((f) => f.label);
    const firstPreset = labels.findIndex((l) => l.startsWith('Real-time apps'));
    const firstSlider = labels.indexOf('weight-performance');
    const share = labels.findIndex((l) => l.startsWith('Share or embed'));
    assert.ok(firstPreset >= 0 && firstPreset < firstSlider && firstSlider < share, labels.join(' | '));
    await context.close();
  });

  if (env.emulates) test('Chromium only (emulating reduced motion needs the DevTools protocol): motion respects prefers-reduced-motion', async () => {
    const duration = async (reducedMotion) => {
      const { page, context } = await openPage(null, { reducedMotion });
      await page.goto(env.server.url('/'));
      await waitForVerdict(page);
      const value = await page.locator('.preset').first().evaluate((el) => getComputedStyle(el).transitionDuration);
      await context.close();
      return value;
    };
    assert.equal(await duration('reduce'), '0s');
    assert.notEqual(await duration('no-preference'), '0s');
  });
});
