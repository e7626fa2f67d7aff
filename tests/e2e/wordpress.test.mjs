// WordPress, the way its readers meet the widget: a post whose author pasted
// a use case's link into an Embed block. WordPress fetches the oEmbed file
// and keeps what its rules allow of the `html` (reproduced here from
// wp-includes/embed.php, `wp_filter_oembed_result`, WordPress 6.1: the
// kses allow-list, the secret, the sandbox, the blockquote shown until the
// frame speaks), and the post runs WordPress's own wp-embed.js, read from
// Debian's wordpress package. Its widget host is another origin, with and
// without the CORS header the README asks for. In each engine.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { eachEngine, serveRecorded } from './engines.mjs';
import { DIST, SHOTS } from './fixtures.mjs';

const ROOT = new URL('../../', import.meta.url);

/** WordPress's wp-embed.js: Debian's package, installed or unpacked by `make setup`. */
function wpEmbedScript() {
  const unpacked = new URL('.setup/wordpress-deb/root/usr/share/wordpress/wp-includes/js/wp-embed.js', ROOT);
  if (existsSync(unpacked)) return readFileSync(unpacked, 'utf8');
  const files = execFileSync('dpkg', ['-L', 'wordpress'], { encoding: 'utf8' }).split('\n');
  const path = files.find((file) => file.endsWith('/wp-includes/js/wp-embed.js'));
  if (!path) throw new Error("wp-embed.js not found: make setup unpacks Debian's wordpress package");
  return readFileSync(path, 'utf8');
}

// WordPress's kses: tags not in the list go (their text stays), and so do
// attributes not listed for their tag.
function kses(html, allowed) {
  return html.replace(/<(\/?)([a-z0-9]+)([^>]*)>/gi, (tag, close, name, attributes) => {
    const keep = allowed[name.toLowerCase()];
    if (!keep) return '';
    if (close) return `</${name}>`;
    const kept = [...attributes.matchAll(/\s([a-z-]+)=("[^"]*"|'[^']*')/gi)].filter(([, key]) => keep.includes(key.toLowerCase()));
    return `<${name}${kept.map(([, key, value]) => ` ${key}=${value}`).join('')}>`;
  });
}

/** What WordPress 6.1 keeps of a discovered provider's oEmbed `html` (wp_filter_oembed_result). */
function wordpressEmbed(html, secret) {
  const allowed = { a: ['href'], blockquote: [], iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'] };
  let kept = kses(html, allowed);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kept);
  assert.ok(content?.[2], 'WordPress requires the iframe');
  kept = (content[1] || '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(kept);
  kept = kept.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
  kept = kept.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  kept = kses(kept, { ...allowed, blockquote: ['data-secret'], iframe: [...allowed.iframe, 'data-secret'] });
  if (content[1]) {
    kept = kept.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    kept = kept.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return kept.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** A post in a block theme's column, with the Embed block's figure around what WordPress kept. */
const post = (embed) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A WordPress post</title>
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } .entry-content { max-width: 650px; margin: 0 auto; padding: 0 20px; }
.wp-block-embed { margin: 0 0 1.5em; } .wp-block-embed iframe { max-width: 100%; }</style></head>
<body><main class="entry-content"><h1>Which backend?</h1><p>Words before the embed.</p>
<figure class="wp-block-embed is-type-rich is-provider-backend-verdict wp-block-embed-backend-verdict"><div class="wp-block-embed__wrapper">
${embed}
</div></figure><p>Words after the embed.</p></main>
<script src="/wp-includes/js/wp-embed.js"></script></body></html>`;

// The frame widths of a phone's post column.
const WIDTHS = [320, 340, 360, 390, 400];

// `make dist`'s steps on a copy of the build, its base the widget host's
// address; the same folder is also served without CORS.
const copy = mkdtempSync(join(tmpdir(), 'bv-wordpress-'));
const site = {};
before(async () => {
  cpSync(DIST, copy, { recursive: true });
  site.cors = await serveRecorded({ root: copy, headers: () => ({ 'access-control-allow-origin': '*' }) });
  site.bare = await serveRecorded({ root: copy });
  execFileSync('node', ['tools/dist.mjs', copy, site.cors.url('/')], { cwd: ROOT, stdio: 'pipe' });
  const oembed = JSON.parse(readFileSync(join(copy, 'use-case/ai-ml/oembed.json'), 'utf8'));
  const script = wpEmbedScript();
  const secret = 'Ab12Cd34Ef';
  site.blog = await serveRecorded({
    root: null,
    pages: {
      '/wp-includes/js/wp-embed.js': script,
      '/post.html': post(wordpressEmbed(oembed.html, secret)),
      '/post-bare.html': post(wordpressEmbed(oembed.html.replaceAll(site.cors.origin, site.bare.origin), secret)),
      '/widths.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widths</title></head><body>${WIDTHS.map(
        (w) => `<iframe id="w${w}" src="${site.cors.url('/frame.html?preset=ai-ml')}" width="${w}" height="600" title="w${w}"></iframe>`,
      ).join('')}</body></html>`,
    },
  });
  site.title = oembed.title;
});
after(async () => {
  for (const server of Object.values(site)) await server.close?.();
  rmSync(copy, { recursive: true, force: true });
});

eachEngine({}, (env) => {
  for (const [place, viewport] of Object.entries({ desk: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } })) {
    test(`${place}: WordPress sizes the frame to the widget (up to its 1,000 px cap), with no border`, async () => {
      const page = await env.open(site.blog.url('/post.html'), { viewport });
      // wp-embed shows the frame (and hides the blockquote) on its first message.
      await page.waitForFunction(() => !document.querySelector('iframe').hasAttribute('style'));
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('blockquote')).display), 'none');
      const frame = page.frame('iframe');
      await frame.waitForFunction(() => document.querySelector('backend-verdict')?.hasAttribute('verdict'));
      assert.equal(await frame.getAttribute('backend-verdict', 'verdict'), 'python');
      const widgetHeight = () => frame.evaluate(() => Math.ceil(document.querySelector('backend-verdict').getBoundingClientRect().height));
      // wp-embed clamps what it is told to 200 to 1,000 px.
      await page.waitForFunction((height) => Math.abs(document.querySelector('iframe').clientHeight - Math.min(height, 1000)) <= 1, await widgetHeight());
      const height = await widgetHeight();
      const inner = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
      assert.ok(height <= 1000, `the widget (${height} px) is within the cap`);
      assert.ok(inner <= 1, `no scrolling inside the frame (${inner} px)`);
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('iframe')).borderTopWidth), '0px');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'the post does not scroll sideways');
      console.log(`${env.name}, ${place} (${page.viewport.width} px window): the frame's widget is ${height} px`);
      await page.evaluate(() => document.querySelector('figure').scrollIntoView());
      await page.screenshot({ path: `${SHOTS}wordpress-${env.engine}-${place}.png` });
      await page.close();
      assert.deepEqual(page.problems, []);
    });
  }

  test("at a phone's widths (320 to 400 px) the frame's widget at load fits WordPress's 1,000 px cap", async () => {
    // Frames of each width on one page (an iframe's width is the host's to
    // set, so every engine can show a 320 px frame).
    const page = await env.open(site.blog.url('/widths.html'), { viewport: { width: 1280, height: 900 } });
    const heights = {};
    for (const w of WIDTHS) {
      const frame = page.frame(`#w${w}`);
      await frame.waitForFunction(() => document.querySelector('backend-verdict')?.hasAttribute('verdict'));
      heights[w] = await frame.evaluate(() => Math.ceil(document.querySelector('backend-verdict').getBoundingClientRect().height));
    }
    console.log(`${env.name}: the frame's widget at load, by frame width: ${JSON.stringify(heights)}`);
    for (const w of WIDTHS) assert.ok(heights[w] <= 1000, `${w} px: ${heights[w]} px`);
    await page.close();
  });

  test('"Sources, quotes and evidence" opens the full page in the top window, not in the frame', async () => {
    const page = await env.open(site.blog.url('/post.html'));
    const frame = page.frame('iframe');
    await frame.waitForFunction(() => document.querySelector('backend-verdict')?.hasAttribute('verdict'));
    const link = frame.getByRole('link', { name: 'Sources, quotes and evidence' });
    const href = await link.evaluate((a) => a.href);
    assert.ok(href.startsWith(site.cors.origin), href);
    // A reader's click gives the frame the focus, which wp-embed asks for.
    await link.focus();
    await link.click();
    await page.waitForFunction((address) => location.href === address, href);
    await page.close();
  });

  test('a frame whose scripts cannot load keeps the drawn widget, says its sliders cannot move and links to the full page, in the top window', async () => {
    const blocked = await serveRecorded({ root: copy, missing: (path) => path.endsWith('.js') && path !== '/__record.js' });
    const page = await env.open(blocked.url('/frame.html?preset=ai-ml'));
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('embed.js')));
    // The widget drawn into the frame stays; its line comes once no script
    // has come for 8 seconds.
    const words = page.locator('.needs-script');
    await words.waitFor({ timeout: 12_000 });
    assert.match(await words.textContent(), /moving the sliders needs JavaScript, which is off or was blocked here/);
    assert.match(await page.locator('[part="verdict"]').textContent(), /Verdict: /);
    const link = page.getByRole('link', { name: 'Open the full page' });
    assert.equal(await link.getAttribute('target'), '_top');
    assert.equal(await link.getAttribute('href'), './');
    await page.close();
    await blocked.close();
  });

  test('a widget host without CORS leaves the blockquote: a link to the page and its verdict, no empty box', async () => {
    const page = await env.open(site.blog.url('/post-bare.html'));
    // What is held is that nothing comes: a frame that never speaks. It has
    // had time to, as long as the frames above took to speak.
    await page.waitPast(2500);
    const shown = await page.evaluate(() => {
      const quote = document.querySelector('blockquote');
      const iframe = document.querySelector('iframe');
      return { quote: getComputedStyle(quote).display !== 'none' && quote.getBoundingClientRect().height > 0, text: quote.textContent, href: quote.querySelector('a').href, clipped: iframe.getAttribute('style') };
    });
    assert.ok(shown.quote, 'the blockquote shows');
    assert.equal(shown.text, site.title);
    assert.match(shown.text, /Verdict: Python$/);
    assert.ok(shown.href.startsWith(site.bare.origin), shown.href);
    assert.match(shown.clipped || '', /clip/, 'the frame that never spoke stays hidden');
    await page.screenshot({ path: `${SHOTS}wordpress-${env.engine}-without-cors.png` });
    await page.close();
  });
});
