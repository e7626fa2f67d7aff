// The browser floor: what the widget needs (README's browser table, checked
// against the loader's own list), and what a reader below it, or without an
// optional feature, gets, in each engine. Each feature is taken away by a
// script first in the page's head, before the loader runs, the way an older
// engine lacks it; the reader keeps the page's fallback (or the whole
// widget, where the feature is optional) and nothing throws.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { eachEngine } from './engines.mjs';
import { readmeTable } from './fixtures.mjs';

// The script tag alone (no embed.css): what an older engine meets whatever
// it makes of the stylesheet's selectors.
const post = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><script src="${script}"></script></head>
<body><main><h1>A post</h1>
<backend-verdict preset="gaming"><p class="fallback">Python or Node.js? <a href="/">See the verdict</a>.</p></backend-verdict>
</main><script type="module" src="/embed.js"></script></body></html>`;

/** The README's browser table: feature, needed or optional, versions. */
function browserTable() {
  return readmeTable('| feature | needed for | Chromium | Firefox | Safari | without it |').map(([feature, , chromium, firefox, safari, without]) => ({
    feature,
    chromium,
    firefox,
    safari,
    without,
  }));
}

/** The names of the loader's own checks, as its source lists them. */
function loaderNeeds() {
  const source = readFileSync(new URL('../../src/loader.js', import.meta.url), 'utf8');
  const block = source.slice(source.indexOf('const NEEDS = {'), source.indexOf('};', source.indexOf('const NEEDS = {')));
  return [...block.matchAll(/^ {2}'?([^':]+)'?: \(\) =>/gm)].map((match) => match[1]);
}

test("README's browser table names exactly the features the loader checks, each with its first versions", () => {
  const rows = browserTable();
  const needed = rows.filter((row) => row.without === 'the fallback stays').map((row) => row.feature);
  assert.deepEqual(needed.sort(), loaderNeeds().sort());
  for (const row of rows) {
    for (const version of [row.chromium, row.firefox, row.safari]) assert.match(version, /^\d+(\.\d+)?$/, `${row.feature}: ${version}`);
  }
});

/** Waits for the verdict, or for the loader to have had every chance. */
async function settle(page) {
  await page.waitForFunction(() => document.querySelector('backend-verdict').hasAttribute('verdict') || performance.now() > 3000, null, {
    timeout: 10_000,
  });
}

const NEEDED = {
  'Custom elements': () => {
    Object.defineProperty(window, 'customElements', { value: undefined });
  },
  'Constructed stylesheets': () => {
    window.CSSStyleSheet = undefined;
  },
  'Element internals': () => {
    delete HTMLElement.prototype.attachInternals;
  },
  WebAssembly: () => {
    delete window.WebAssembly;
  },
};

const OPTIONAL = {
  // Safari before 17.4, Firefox before 126.
  'no custom states': () => {
    delete ElementInternals.prototype.states;
  },
  // Chrome 90 to 124: custom states take only `--` names.
  'custom states that take only dashed names': () => {
    for (const method of ['add', 'delete']) {
      const original = CustomStateSet.prototype[method];
      CustomStateSet.prototype[method] = function (name) {
        if (!String(name).startsWith('--')) throw new DOMException(`'${name}' is not a valid custom state`, 'SyntaxError');
        return original.call(this, name);
      };
    }
  },
  // Hosts that serve wasm without its type, and older engines.
  'no streaming wasm compilation': () => {
    delete WebAssembly.instantiateStreaming;
    delete WebAssembly.compileStreaming;
  },
};

// A page per feature taken away, each with its removal as its first script.
const REMOVALS = [...Object.entries(NEEDED), ...Object.entries(OPTIONAL)];
const PAGES = Object.fromEntries(
  REMOVALS.flatMap(([, removal], i) => [
    [`/without-${i}.html`, post(`/remove-${i}.js`)],
    [`/remove-${i}.js`, `(${removal})();`],
  ]),
);
const pageWithout = (what) => `/without-${REMOVALS.findIndex(([name]) => name === what)}.html`;


eachEngine({ pages: PAGES }, (env) => {
  for (const feature of Object.keys(NEEDED)) {
    test(`below the floor (no ${feature}) the reader keeps the fallback, and nothing throws`, async () => {
      const page = await env.open(env.server.url(pageWithout(feature)));
      await settle(page);
      const element = page.locator('backend-verdict');
      assert.equal(await element.getAttribute('verdict'), null);
      assert.ok(await page.locator('backend-verdict .fallback').isVisible(), 'the fallback is shown');
      assert.equal(await element.evaluate((el) => el.shadowRoot === null), true, 'no empty shadow root hides it');
      const said = (await page.evaluate(() => window.logged)).join('\n');
      assert.match(said, new RegExp(`Backend Verdict needs a newer browser \\(missing: ${feature}\\)`));
      await page.close();
      assert.deepEqual(page.problems, [], 'no uncaught error, no warning');
    });
  }

  for (const what of Object.keys(OPTIONAL)) {
    test(`with ${what}, the widget still starts, moves and releases its held height`, async () => {
      const page = await env.open(env.server.url(pageWithout(what)));
      await page.waitForFunction(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
      assert.equal(await page.getAttribute('backend-verdict', 'verdict'), 'node');
      // The loader's own hold is gone once the widget has drawn itself.
      await page.waitForFunction(() => !document.querySelector('backend-verdict').style.blockSize);
      const slider = page.getByRole('slider', { name: /^Learning curve/ });
      await slider.focus();
      await page.keyboard.press('End');
      assert.equal(await slider.inputValue(), '10');
      await page.close();
      assert.deepEqual(page.problems, []);
    });
  }
});
