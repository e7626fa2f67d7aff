// Reach every blog: the iframe embed on a strict host from another origin,
// with and without the resize helper; "Embed this" offering both snippets;
// and what `make dist` writes for link previews and oEmbed, fetched as a
// crawler and an oEmbed consumer would. In each engine.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { eachEngine, serveRecorded } from './engines.mjs';
import { DIST, useCases, WRITE_DELAY_MS } from './fixtures.mjs';
import { walk } from '../../tools/files.mjs';

const ROOT = new URL('../../', import.meta.url);

// `make dist`'s steps on a copy of the build, with the copy's own loopback
// address as BASE_URL, so every absolute address can be fetched.
const copy = mkdtempSync(join(tmpdir(), 'bv-dist-'));
after(() => rmSync(copy, { recursive: true, force: true }));

/** The PNG's width and height, from its header. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const meta = (html, key) => {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(html);
  return match && match[1].replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
};

// The copy's server, kept for the engines' tests below once the test has
// checked it.
let distSite;
after(() => distSite?.close());

test('make dist writes link previews and oEmbed for every page, and each address leads to a real file', async () => {
  cpSync(DIST, copy, { recursive: true });
  const site = await serveRecorded({ root: copy });
  distSite = site;
  const base = site.url('/');
  execFileSync('node', ['tools/dist.mjs', copy, base], { cwd: ROOT, stdio: 'pipe' });
  const get = async (url) => {
    const response = await fetch(url);
    assert.equal(response.status, 200, url);
    return response;
  };

  const pages = [{ path: '/', label: null, winner: 'node' }];
  const IDS = { Python: 'python', 'Node.js': 'node' };
  const presets = useCases().map(({ id, label, best }) => ({ id, label, winner: IDS[best] }));
  for (const p of presets) pages.push({ path: `/use-case/${p.id}/`, label: p.label, winner: p.winner });

  const images = new Set();
  for (const { path, label, winner } of pages) {
    const html = await (await get(site.url(path))).text();
    const title = meta(html, 'og:title');
    const image = meta(html, 'og:image');
    assert.equal(meta(html, 'og:url'), site.url(path));
    assert.ok(image.startsWith(base), image);
    assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
    assert.ok(meta(html, 'og:image:alt').length > 20);
    assert.ok(meta(html, 'og:description').length > 40);
    const winnerLabel = winner === 'node' ? 'Node.js' : 'Python';
    assert.ok(title.endsWith(`Verdict: ${winnerLabel}`), title);
    if (label) {
      assert.ok(title.includes(label), title);
      assert.ok(image.endsWith(`/cards/${path.split('/')[2]}.png`), image);
    }
    images.add(image);
    const png = Buffer.from(await (await get(image)).arrayBuffer());
    assert.deepEqual(pngSize(png), [1200, 630]);

    // oEmbed discovery, then the JSON, then the frame it embeds.
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    assert.ok(link, `no oEmbed link on ${path}`);
    const oembed = await (await get(link[1])).json();
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.provider_name, 'Backend Verdict');
    for (const key of ['title', 'provider_url', 'width', 'height', 'html']) assert.ok(oembed[key], key);
    const src = /<iframe src="([^"]+)" title="[^"]+" width="\d+" height="\d+" frameborder="0"/.exec(oembed.html);
    assert.ok(src, oembed.html);
    // WordPress loads its embed script for a blockquote of this class, and
    // shows it (the page's title and verdict, linked) until the frame speaks.
    const quote = /^<blockquote class="wp-embedded-content"><a href="([^"]+)">([^<]+)<\/a><\/blockquote>/.exec(oembed.html);
    assert.ok(quote, oembed.html);
    assert.equal(quote[1], site.url(path));
    assert.ok(quote[2].endsWith(`Verdict: ${winnerLabel}`), quote[2]);
    assert.ok(src[1].startsWith(`${base}frame.html`), src[1]);
    await get(src[1].replaceAll('&amp;', '&'));
  }
  assert.equal(images.size, pages.length, 'each page has its own card');

  // Every integrity check goes with a CORS request: in a sandboxed frame (an
  // opaque origin) a stylesheet with `integrity` alone is refused.
  for (const file of walk(copy).filter((path) => path.endsWith('.html'))) {
    const tags = readFileSync(file, 'utf8').match(/<(link|script)\b[^>]*\bintegrity=[^>]*>/g) || [];
    for (const tag of tags) assert.match(tag, /\bcrossorigin="anonymous"/, `${file}: ${tag}`);
  }

  // The Hugo shortcode and the Jekyll include write the iframe, borderless,
  // and the helper, for this folder's address, with the preset in the query.
  for (const [file, preset] of [
    ['platforms/hugo/layouts/shortcodes/backend-verdict.html', '{{ with .Get "preset" }}?preset={{ . }}{{ end }}'],
    ['platforms/jekyll/_includes/backend-verdict.html', '{% if include.preset %}?preset={{ include.preset | url_encode }}{% endif %}'],
  ]) {
    const template = readFileSync(join(copy, file), 'utf8');
    assert.ok(template.includes(`<iframe src="${base}frame.html${preset}`), template);
    assert.match(template, /frameborder="0"/);
    assert.ok(template.includes(`<script src="${base}frame-resize.js" async></script>`), template);
  }

  // A use-case page opens the widget on its preset, with the verdict as text
  // for crawlers and readers without JavaScript.
  const gaming = await (await get(site.url('/use-case/gaming/'))).text();
  assert.match(gaming, /<h1>Python or Node\.js for Gaming\?<\/h1>/);
  assert.match(gaming, /Verdict with the article&#39;s use case as the weights: Node\.js\./);
  // Twice is the same as once: the tags are replaced, not repeated.
  execFileSync('node', ['tools/dist.mjs', copy, base], { cwd: ROOT, stdio: 'pipe' });
  const again = readFileSync(join(copy, 'index.html'), 'utf8');
  assert.equal(again.match(/property="og:image"/g).length, 1);
});

eachEngine({}, (env) => {
  const { openPage } = env;
  const waitForVerdict = (page) => page.waitForVerdict();

  test('an iframe on a strict host from another origin shows the use case in its theme, and the helper fits it to the widget', async () => {
    const listen = `window.heights = []; addEventListener('message', (e) => {
      if (e.data && e.data.type === 'backend-verdict:resize') window.heights.push({ height: e.data.height, origin: e.origin });
    });`;
    const widgetOrigin = env.server.origin;
    const csp = `default-src 'self'; frame-src ${widgetOrigin}; script-src 'self' ${widgetOrigin}`;
    const post = (helper) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
  <script src="/listen.js"></script></head>
  <body><main><h1>A post</h1><p>Words before.</p>
  <iframe id="bv" src="${widgetOrigin}/frame.html?preset=ai-ml&amp;theme=dark" title="Backend Verdict" width="600" height="400"></iframe>
  <p>Words after.</p></main>
  ${helper ? `<script src="${widgetOrigin}/frame-resize.js"></script>` : ''}</body></html>`;
    // The host's own script records the messages it gets (no inline script
    // under its CSP).
    const blog = await serveRecorded({
      pages: { '/with-helper.html': post(true), '/without-helper.html': post(false), '/listen.js': listen },
      root: null,
      headers: () => ({ 'content-security-policy': csp }),
    });
    const { page, context, log } = await openPage(null, { viewport: { width: 800, height: 900 } });
    await page.goto(blog.url('/with-helper.html'));
    const frame = page.frame('#bv');
    const widget = frame.locator('backend-verdict');
    await frame.waitForFunction(() => document.querySelector('backend-verdict')?.hasAttribute('verdict'));
    assert.equal(await widget.getAttribute('verdict'), 'python');
    assert.equal(await widget.getAttribute('theme'), 'dark');

    // The frame posts its height; the helper sets the iframe to it, so the
    // whole widget shows without a scrollbar of its own.
    await page.waitForFunction(() => window.heights.length > 0);
    const heights = await page.evaluate(() => window.heights);
    assert.ok(heights.every((h) => typeof h.height === 'number' && h.origin === widgetOrigin), JSON.stringify(heights));
    // (clientHeight: the iframe's own border is outside the frame.)
    await page.waitForFunction(() => Math.abs(document.getElementById('bv').clientHeight - window.heights.at(-1).height) <= 1);
    const inner = await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
    assert.ok(inner <= 1, `the frame scrolls by ${inner}px`);

    // The sliders work by keyboard inside the frame.
    const performance = frame.getByRole('slider', { name: /^Performance/ });
    const before = Number(await performance.inputValue());
    await performance.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(Number(await performance.inputValue()), before + 1);
    // Opening a section grows the widget, and the iframe follows.
    const grown = await page.evaluate(() => document.getElementById('bv').clientHeight);
    await frame.locator('summary', { hasText: 'Why, and what would change it' }).click();
    await page.waitForFunction((h) => document.getElementById('bv').clientHeight > h + 50, grown);
    assert.deepEqual(await frame.evaluate(() => window.recorded), [], 'the frame logs no problem');

    // Without the helper the frame keeps the host's height and scrolls.
    await page.goto(blog.url('/without-helper.html'));
    await frame.waitForFunction(() => document.querySelector('backend-verdict')?.hasAttribute('verdict'));
    await page.waitForFunction(() => window.heights.length > 0);
    assert.equal(await page.evaluate(() => document.getElementById('bv').clientHeight), 400);
    assert.ok((await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)) > 0);
    await context.close();
    assert.deepEqual(log.problems, []);
    await blog.close();
  });

  test('a bad value in the frame\'s query gets the polite notice, and the frame never writes its address or storage', async () => {
    const { page, context, log } = await openPage(env.server.url('/frame.html?weights=performance:99&theme=sepia'));
    await waitForVerdict(page);
    const notice = page.locator('backend-verdict [part="notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /performance/i);
    assert.match(await notice.textContent(), /theme/i);
    await page.getByRole('slider', { name: /^Cost/ }).focus();
    await page.keyboard.press('ArrowLeft');
    // An embed never writes: past the standalone page's write delay, nothing was.
    await page.waitPast(2 * WRITE_DELAY_MS);
    assert.equal(new URL(await page.url()).search, '?weights=performance:99&theme=sepia');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await context.close();
    // The notice is the widget's; the console may warn of the bad values, and
    // nothing else.
    assert.deepEqual(log.problems.filter((text) => !text.startsWith('warning') && !text.startsWith('warn')), []);
  });

  test('"Embed this" offers the script tag and the iframe, each for the current weights', async () => {
    const { page, context } = await openPage(null);
    // Reading the clipboard needs a permission only Chromium's driver grants:
    // what "Copy iframe" copies is read there.
    if (env.emulates) await page.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await page.goto(env.server.url('/?preset=iot'));
    await waitForVerdict(page);
    await page.locator('summary', { hasText: 'Share or embed' }).click();
    await page.getByRole('button', { name: 'Embed this' }).click();
    const script = await page.locator('backend-verdict #embed-snippet').inputValue();
    const frame = await page.locator('backend-verdict #frame-snippet').inputValue();
    assert.match(script, /<backend-verdict preset="iot"><\/backend-verdict>/);
    assert.match(frame, new RegExp(`^<iframe src="${env.server.origin}/frame\\.html\\?preset=iot" title="[^"]+" loading="lazy"`));
    assert.match(frame, new RegExp(`<script src="${env.server.origin}/frame-resize\\.js" async></script>$`));
    if (env.emulates) {
      await page.getByRole('button', { name: 'Copy iframe' }).click();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), frame);
    }
    await context.close();
  });

  test('a use-case page that `make dist` wrote opens the widget on its preset, with no problem logged', async () => {
    assert.ok(distSite, 'the make dist test ran first');
    const { page, context, log } = await openPage(distSite.url('/use-case/ai-ml/'));
    assert.equal(await waitForVerdict(page), 'python');
    assert.equal(await page.getByRole('button', { name: 'AI, Machine Learning and Data Science', exact: true }).getAttribute('aria-pressed'), 'true');
    await context.close();
    assert.deepEqual(log.problems, []);
  });
});
