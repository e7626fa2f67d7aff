// The widget embedded in other people's pages, the way a blog author uses
// it: one module script, one element, any theme, any host; in each engine.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { eachEngine, serveRecorded } from './engines.mjs';
import { DIST } from './fixtures.mjs';

const HOSTILE_CSS = `
  * { all: unset !important; }
  input { display: none !important; }
  body, p, h1 { font-family: "Comic Sans MS", fantasy !important; font-size: 13px !important; }
  p.host-text { color: rgb(200, 0, 0) !important; letter-spacing: 3px !important; display: block !important; }
`;

const FALLBACK = '<p class="fallback">Python or Node.js? With equal weights: Node.js.</p>';

/** A blog post with the given elements and loader URL. */
function blogPage({ loader = 'embed.js', elements, css = '', head = '' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
    ${css ? `<style>${css}</style>` : ''}${head}</head><body>
    <h1>My post</h1><p class="host-text">Some words of the host.</p>
    ${elements}
    <script type="module" src="${loader}"></script>
    </body></html>`;
}

const PAGES = {
  pages: {
    '/hostile.html': blogPage({
      css: HOSTILE_CSS,
      elements: `<backend-verdict id="a" preset="realtime">${FALLBACK}</backend-verdict>
                 <backend-verdict id="b" preset="ai-ml" compact>${FALLBACK}</backend-verdict>`,
    }),
    '/plain-host.html': blogPage({ css: HOSTILE_CSS, elements: '', loader: 'nothing.js' }),
    '/one.html': blogPage({ elements: `<backend-verdict id="a">${FALLBACK}</backend-verdict>` }),
    '/bad.html': blogPage({
      elements: `<backend-verdict id="a" preset="nope" weights="performance:NaN,,cost:99,foo:3" theme="neon">${FALLBACK}</backend-verdict>`,
    }),
  },
};

const widget = (page, id) => page.locator(`#${id}`);

eachEngine(PAGES, (env) => {
  const { openPage } = env;
  const waitForVerdict = (page, selector) => page.waitForVerdict(selector);

  test('two instances on a hostile blog page render and respond to the keyboard independently', async () => {
    const { page, log, context } = await openPage(env.server.url('/hostile.html'));
    assert.equal(await waitForVerdict(page, '#a'), 'node');
    assert.equal(await waitForVerdict(page, '#b'), 'python');

    // The host's `input { display: none }` does not reach the widget's sliders.
    const sliderA = widget(page, 'a').getByRole('slider', { name: /^Performance/ });
    const sliderB = widget(page, 'b').getByRole('slider', { name: /^Performance/ });
    assert.equal(await sliderA.isVisible(), true);
    const before = await sliderB.inputValue();
    await sliderA.focus();
    await page.keyboard.press('End');
    assert.equal(await sliderA.inputValue(), '10');
    assert.equal(await sliderB.inputValue(), before, 'the other instance is untouched');

    // The widget lays itself out as a block with its own font.
    const box = await widget(page, 'a').boundingBox();
    assert.ok(box.height > 300, `the widget has its height (${box.height})`);
    const font = await widget(page, 'a').locator('.title').evaluate((el) => getComputedStyle(el).fontFamily);
    assert.doesNotMatch(font, /Comic Sans/);
    await context.close();
    assert.deepEqual(log.problems, []);
  });

  test('the host page\'s own elements keep their computed styles', async () => {
    const styleOf = async (path) => {
      const { page, context } = await openPage(env.server.url(path));
      if (path === '/hostile.html') await waitForVerdict(page, '#a');
      const style = await page.locator('p.host-text').evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.color, s.fontFamily, s.fontSize, s.letterSpacing, s.display, s.margin].join('|');
      });
      const bodyStyle = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      return [style, bodyStyle];
    };
    assert.deepEqual(await styleOf('/hostile.html'), await styleOf('/plain-host.html'));
  });

  test('ten instances share one wasm download and all give a verdict', async () => {
    // A server of its own, so its request counts are this test's alone.
    const elements = Array.from({ length: 10 }, (_, i) => `<backend-verdict id="w${i}"></backend-verdict>`).join('');
    const server = await serveRecorded({ pages: { '/ten.html': blogPage({ elements }) } });
    const { page, context } = await openPage(server.url('/ten.html'));
    await page.waitForFunction(() => [...document.querySelectorAll('backend-verdict')].every((el) => el.hasAttribute('verdict')));
    const wasmHits = [...server.hits].filter(([path]) => path.endsWith('.wasm')).map(([, n]) => n);
    assert.deepEqual(wasmHits, [1]);
    await context.close();
    await server.close();
  });

  test('bad attributes give a short notice and the rest still works', async () => {
    const { page, context } = await openPage(env.server.url('/bad.html'));
    assert.equal(await waitForVerdict(page, '#a'), 'node');
    const notice = await widget(page, 'a').getByRole('note').textContent();
    assert.match(notice, /no use case “nope”/);
    assert.match(notice, /“NaN” for Performance is not a number/);
    assert.match(notice, /99 for Cost is outside 0 to 10, so 10 was used/);
    assert.match(notice, /no criterion “foo”/);
    assert.match(notice, /no theme “neon”/);
    assert.equal(await widget(page, 'a').getByRole('slider', { name: /^Cost/ }).inputValue(), '10');
    await context.close();
  });

  test('changing attributes after start-up updates the widget', async () => {
    const { page, context } = await openPage(env.server.url('/one.html'));
    assert.equal(await waitForVerdict(page, '#a'), 'node');
    await page.evaluate(() => document.querySelector('#a').setAttribute('preset', 'fintech'));
    await page.waitForFunction(() => document.querySelector('#a').getAttribute('verdict') === 'python');
    await page.evaluate(() => document.querySelector('#a').setAttribute('weights', 'security:0,ai-data:0,performance:10'));
    await page.waitForFunction(() => document.querySelector('#a').getAttribute('verdict') === 'node');
    assert.equal(await widget(page, 'a').getByRole('slider', { name: /^Performance/ }).inputValue(), '10');
    await context.close();
  });

  const background = (page) => widget(page, 'a').locator('[part="widget"]').evaluate((el) => getComputedStyle(el).backgroundColor);

  test('the host flips the theme by attribute', async () => {
    const { page, context } = await openPage(env.server.url('/one.html'));
    await waitForVerdict(page, '#a');
    const system = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
    const auto = await background(page);
    const seen = {};
    for (const theme of ['dark', 'light']) {
      await page.evaluate((t) => document.querySelector('#a').setAttribute('theme', t), theme);
      seen[theme] = await background(page);
    }
    assert.notEqual(seen.dark, seen.light);
    assert.equal(auto, seen[system], 'with no theme it follows the system');
    await context.close();
  });

  if (env.emulates) {
    test('Chromium only (emulating the system colour scheme needs the DevTools protocol): theme auto follows the system', async () => {
      const { page, context } = await openPage(env.server.url('/one.html'), { colorScheme: 'light' });
      await waitForVerdict(page, '#a');
      const light = await background(page);
      await page.evaluate(() => document.querySelector('#a').setAttribute('theme', 'dark'));
      const dark = await background(page);
      assert.notEqual(dark, light);
      await page.evaluate(() => document.querySelector('#a').setAttribute('theme', 'auto'));
      assert.equal(await background(page), light);
      await page.page.emulateMedia({ colorScheme: 'dark' });
      assert.equal(await background(page), dark);
      await context.close();
    });
  }

  test('an element removed and added again works again, and a late element starts', async () => {
    const { page, log, context } = await openPage(env.server.url('/one.html'));
    await waitForVerdict(page, '#a');
    await page.evaluate(() => {
      const element = document.querySelector('#a');
      element.remove();
      window.removedVerdict = element.getAttribute('verdict');
      element.setAttribute('preset', 'automation');
      document.body.append(element);
      const late = document.createElement('backend-verdict');
      late.id = 'late';
      late.setAttribute('preset', 'gaming');
      document.body.append(late);
    });
    assert.equal(await page.evaluate(() => window.removedVerdict), null, 'a removed element lets go of its verdict');
    await page.waitForFunction(() => document.querySelector('#a').getAttribute('verdict') === 'python');
    assert.equal(await waitForVerdict(page, '#late'), 'node');
    const slider = widget(page, 'a').getByRole('slider', { name: /^Cost/ });
    await slider.focus();
    await page.keyboard.press('End');
    assert.equal(await slider.inputValue(), '10');
    await context.close();
    assert.deepEqual(log.problems, []);
  });

  test('under a strict Content Security Policy three widgets each give their own verdict, with no violation', async () => {
    const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    const server = await serveRecorded({
      pages: {
        '/post.html': blogPage({
          elements: ['saas', 'ai-ml', 'gaming'].map((id) => `<backend-verdict id="${id}" preset="${id}">${FALLBACK}</backend-verdict>`).join('\n'),
        }),
      },
      headers: () => ({ 'content-security-policy': csp }),
    });
    // The recorder, a same-origin script, notes every violation.
    const { page, log, context } = await openPage(server.url('/post.html'));
    assert.deepEqual([await waitForVerdict(page, '#saas'), await waitForVerdict(page, '#ai-ml'), await waitForVerdict(page, '#gaming')], ['node', 'python', 'node']);
    await widget(page, 'saas').getByRole('button', { name: 'Fintech', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#saas').getAttribute('verdict') === 'python');
    assert.equal(await page.getAttribute('#gaming', 'verdict'), 'node', 'the others keep their own verdicts');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    await context.close();
    assert.deepEqual(log.problems, []);
    await server.close();
  });

  test('a page on another origin loads the widget from the bundle\'s origin', async () => {
    const assets = await serveRecorded({ headers: () => ({ 'access-control-allow-origin': '*' }) });
    const host = await serveRecorded({
      root: null,
      pages: {
        '/post.html': blogPage({
          loader: assets.url('/embed.js'),
          elements: `<backend-verdict id="a" preset="iot">${FALLBACK}</backend-verdict>`,
        }),
      },
    });
    const { page, log, context } = await openPage(host.url('/post.html'));
    assert.equal(await waitForVerdict(page, '#a'), 'node');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((url) => /\.(wasm|js|css)$/.test(url)));
    assert.ok(loaded.some((url) => url.startsWith(assets.origin) && url.endsWith('.wasm')), loaded.join(' '));
    assert.equal(await page.url(), host.url('/post.html'), 'the host page\'s URL is untouched');
    await context.close();
    assert.deepEqual(log.problems, []);
    await host.close();
    await assets.close();
  });

  if (env.emulates) {
    test('Chromium only (reading the clipboard needs a permission only its driver grants): "Copy link" in an embed on another origin points at the bundle\'s page', async () => {
      const assets = await serveRecorded({ headers: () => ({ 'access-control-allow-origin': '*' }) });
      const host = await serveRecorded({
        root: null,
        pages: { '/post.html': blogPage({ loader: assets.url('/embed.js'), elements: `<backend-verdict id="a" preset="iot">${FALLBACK}</backend-verdict>` }) },
      });
      const { page, context } = await openPage(host.url('/post.html'));
      await waitForVerdict(page, '#a');
      await page.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
      await widget(page, 'a').locator('summary', { hasText: 'Share or embed' }).click();
      await widget(page, 'a').getByRole('button', { name: 'Copy link' }).click();
      await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('.copy-status').textContent.length > 0);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(link.startsWith(`${assets.origin}/?preset=iot&weights=`), link);
      await context.close();
      await host.close();
      await assets.close();
    });
  }

  test('the built folder works when copied under a sub-path', async () => {
    const prefix = '/blog/widgets/backend-verdict/';
    const server = await serveRecorded({
      prefix,
      pages: { '/blog/post.html': blogPage({ loader: `${prefix}embed.js`, elements: '<backend-verdict id="a" preset="gaming"></backend-verdict>' }) },
    });
    for (const path of [prefix, '/blog/post.html']) {
      const { page, log, context } = await openPage(server.url(path));
      assert.equal(await waitForVerdict(page), 'node', path);
      await context.close();
      assert.deepEqual(log.problems, [], path);
    }
    await server.close();
  });

  if (env.emulates) {
    test('Chromium only (switching JavaScript off needs the DevTools protocol): with JavaScript off an element with nothing drawn in shows its fallback content', async () => {
      const { page, context } = await openPage(null, { javaScriptEnabled: false });
      await page.goto(env.server.url('/one.html'));
      assert.equal(await page.page.locator('#a .fallback').isVisible(), true);
      await context.close();
    });
  }

  test('when the wasm cannot load, the fallback stays and the console names the URL', async () => {
    const server = await serveRecorded({
      pages: { '/post.html': blogPage({ elements: `<backend-verdict id="a">${FALLBACK}</backend-verdict>` }) },
      missing: (path) => path.endsWith('.wasm'),
    });
    const { page, log, context } = await openPage(server.url('/post.html'));
    // The loader gives up and says so.
    await page.waitForFunction(() => window.recorded?.some((text) => text.includes('Backend Verdict could not load')));
    assert.equal(await page.locator('#a .fallback').isVisible(), true);
    assert.equal(await page.getAttribute('#a', 'verdict'), null);
    await context.close();
    const ours = log.problems.filter((text) => text.startsWith('error: Backend Verdict'));
    assert.equal(ours.length, 1, JSON.stringify(log.problems));
    assert.match(ours[0], new RegExp(`could not load ${server.origin}/backend-verdict-[0-9a-f]+_bg\\.wasm`));
    await server.close();
  });

  test('the snippet `make dist` writes, pasted into a page on another origin, works with its integrity hashes', async () => {
    const assets = await serveRecorded({ headers: () => ({ 'access-control-allow-origin': '*' }) });
    const base = assets.url('/');
    execFileSync('node', ['tools/dist.mjs', DIST, base], { cwd: new URL('../../', import.meta.url), stdio: 'pipe' });
    const snippet = readFileSync(join(DIST, 'snippet.html'), 'utf8');
    assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    assert.ok(manifest.files.some((f) => f.path === manifest.embed && f.integrity.startsWith('sha384-')));

    const host = await serveRecorded({ root: null, pages: { '/post.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body>${snippet}</body></html>` } });
    const { page, log, context } = await openPage(host.url('/post.html'));
    assert.equal(await waitForVerdict(page), 'node');
    await context.close();
    assert.deepEqual(log.problems, []);

    // Without JavaScript the same snippet shows its fallback and links to the
    // full page (switching JavaScript off needs the DevTools protocol).
    if (env.emulates) {
      // The widget is drawn in, with its verdict, and says the sliders need
      // JavaScript, linking to the full page.
      const { page: still, context: off } = await openPage(null, { javaScriptEnabled: false });
      await still.goto(host.url('/post.html'));
      assert.match(await still.page.locator('[part="verdict"]').textContent(), /Verdict: Node\.js/);
      assert.equal(await still.page.getByRole('link', { name: 'Open the full page' }).getAttribute('href'), base);
      await off.close();
    }
    await host.close();
    await assets.close();
  });
});
