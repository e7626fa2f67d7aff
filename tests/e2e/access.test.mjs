// Accessible beyond the audits, in each engine: every keyboard stop seen
// whole (not under the stuck verdict bar, not cut by the chip row), the
// chips as one toolbar, the reader's text spacing and type size, forced
// colours, and what a screen reader hears after a slider step. Screenshots
// of the focus states, to look at. MiniBrowser's narrowest window is about
// 450 px, so WebKit's narrow runs are at 450 px; forced colours and the
// reader's default type size need Chromium's DevTools protocol.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachEngine } from './engines.mjs';
import { SHOTS } from './fixtures.mjs';

/** WCAG 1.4.12's text-spacing metrics, as a reader's extension sets them. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

/** Where the focus is, and whether it is seen whole; runs in the page. */
function focusState() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const host = el?.getRootNode().host;
  if (!host || host.localName !== 'backend-verdict') return { inWidget: false, name: el?.tagName };
  // A slider is seen with its label and scores (its whole block).
  const own = (el.closest('.slider') ?? el).getBoundingClientRect();
  const name = (el.labels?.[0]?.textContent || el.textContent || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
  const bar = host.shadowRoot.querySelector('.verdict');
  const covers = bar.getBoundingClientRect();
  const underBar =
    getComputedStyle(bar).position === 'sticky' &&
    own.top < covers.bottom - 1 && own.bottom > covers.top + 1 && own.left < covers.right && own.right > covers.left;
  const row = el.closest('.preset-list')?.getBoundingClientRect();
  const cut = row ? own.left < row.left - 1 || own.right > row.right + 1 : false;
  const inView = own.top >= -1 && own.bottom <= innerHeight + 1 && own.left >= -1 && own.right <= innerWidth + 1;
  return { inWidget: true, name, tag: el.tagName, inView, underBar, cut, chip: Boolean(row) };
}

/** Every section open and the embed code shown, so every stop is there. */
async function openEverything(page) {
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await page.getByRole('button', { name: 'Embed this' }).click();
  await page.locator('backend-verdict textarea').first().waitFor();
}

eachEngine({}, (env) => {
  const narrow = env.engine === 'webkit' ? 450 : 320;
  const phone = env.engine === 'webkit' ? 450 : 390;

  for (const viewport of [{ width: phone, height: 844 }, { width: narrow, height: 256 }]) {
    test(`every keyboard stop in the widget is seen whole, forward and back, at ${viewport.width} x ${viewport.height}`, async () => {
      const page = await env.open(env.server.url('/'), { viewport });
      await page.waitForVerdict();
      await openEverything(page);
      await page.evaluate(() => {
        document.activeElement?.blur();
        scrollTo(0, 0);
      });
      const size = `${viewport.width}x${viewport.height}`;
      const walk = async (key) => {
        const stops = [];
        for (let i = 0; i < 80; i += 1) {
          await page.keyboard.press(key);
          const state = await page.evaluate(focusState);
          if (state.inWidget) stops.push(state);
          else if (stops.length) break;
          // The stops the bar hid going back, to look at.
          if (/^(Security|Cost)\b/.test(state.name)) await page.screenshot({ path: `${SHOTS}focus-${env.engine}-${size}-${key === 'Tab' ? 'forward' : 'back'}-${state.name.split(' ')[0].toLowerCase()}.png` });
        }
        return stops;
      };
      const forward = await walk('Tab');
      const back = await walk('Shift+Tab');
      assert.ok(forward.length > 15, `the walk went through the widget (${forward.length} stops)`);
      assert.deepEqual(back.map((s) => s.name), forward.map((s) => s.name).reverse(), 'back is forward reversed');
      for (const [direction, stops] of [['forward', forward], ['back', back]]) {
        for (const stop of stops) {
          assert.ok(stop.inView, `${direction}: ${stop.name} is in the viewport`);
          assert.ok(!stop.underBar, `${direction}: ${stop.name} is not under the verdict bar`);
          assert.ok(!stop.cut, `${direction}: ${stop.name} is not cut by the chip row`);
        }
      }
      // The twelve chips are one stop.
      assert.equal(forward.filter((s) => s.chip).length, 1, 'one chip stop');
      await page.close();
    });
  }

  test('the use cases are one toolbar: one tab stop, arrow keys, Home and End, each chip scrolled into full view', async () => {
    const page = await env.open(env.server.url('/'), { viewport: { width: phone, height: 844 } });
    await page.waitForVerdict();
    const toolbar = page.locator('backend-verdict [role="toolbar"]');
    assert.equal(await toolbar.count(), 1);
    const chips = page.locator('backend-verdict [part="preset"]');
    const count = await chips.count();
    assert.ok(count > 6, `${count} chips`);
    const tabStops = () => page.evaluate(() => [...document.querySelector('backend-verdict').shadowRoot.querySelectorAll('[part="preset"]')].filter((chip) => chip.tabIndex === 0).length);
    assert.equal(await tabStops(), 1);
    await chips.first().focus();
    const seen = [];
    for (let i = 0; i < count; i += 1) {
      const state = await page.evaluate(focusState);
      assert.ok(state.chip, `the focus stays on the chips (${state.name})`);
      assert.ok(!state.cut && state.inView, `${state.name} is seen whole`);
      seen.push(state.name);
      if (i === 3) await page.screenshot({ path: `${SHOTS}focus-${env.engine}-chip.png` });
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(new Set(seen).size, count, 'the right arrow visits every chip');
    assert.equal((await page.evaluate(focusState)).name, seen[0], 'and wraps to the first');
    await page.keyboard.press('End');
    assert.equal((await page.evaluate(focusState)).name, seen.at(-1));
    await page.keyboard.press('ArrowLeft');
    assert.equal((await page.evaluate(focusState)).name, seen.at(-2));
    assert.equal(await tabStops(), 1, 'the tab stop moved with the focus');
    await page.keyboard.press('Tab');
    assert.match((await page.evaluate(focusState)).name, /^Performance/, 'one Tab from the chips to the first slider');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await page.evaluate(focusState)).name, seen.at(-2), 'back to the chip last focused');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('backend-verdict').shadowRoot.querySelector('[part="preset"]').getAttribute('aria-pressed') === 'true');
    await page.close();
  });

  test('from the top, the first slider is the second stop and "Why" the seventh; the verdict is a heading', async () => {
    const page = await env.open(env.server.url('/'), { viewport: { width: 1280, height: 900 } });
    await page.waitForVerdict();
    const names = [];
    for (let i = 0; i < 30 && !names.some((n) => n.startsWith('Why')); i += 1) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(focusState);
      if (state.inWidget) names.push(state.name);
    }
    console.log(`${env.engine}: stops from the top: ${names.join(' | ')}`);
    assert.match(names[1], /^Performance/, names.join(' | '));
    assert.equal(names.findIndex((n) => n.startsWith('Why')) + 1, 7, names.join(' | '));
    const heading = page.locator('backend-verdict').getByRole('heading', { name: /^Verdict: / });
    assert.equal(await heading.count(), 1);
    await page.close();
  });

  test('a slider step is heard as a sentence: the verdict, both scores and the margin, once the reader pauses', async () => {
    const page = await env.open(env.server.url('/'), { viewport: { width: phone, height: 844 } });
    await page.waitForVerdict();
    const heard = () => page.evaluate(() => document.querySelector('backend-verdict').shadowRoot.querySelector('[role="status"]').textContent);
    // What the bar shows, as the sentence should say it.
    const shown = () =>
      page.evaluate(() => {
        const bar = document.querySelector('backend-verdict').shadowRoot.querySelector('.verdict');
        const [first, second, margin] = [...bar.querySelectorAll('.score')].map((s) => [s.querySelector('dt').textContent, (s.querySelector('.score-value') ?? s.querySelector('dd')).textContent]);
        return `Verdict: ${bar.querySelector('.verdict-name').textContent}. ${first.join(' ')}, ${second.join(' ')} out of 10; margin ${margin[1]}.`;
      });
    assert.equal(await heard(), '', 'nothing is said at load');
    await page.evaluate(() => {
      const region = document.querySelector('backend-verdict').shadowRoot.querySelector('[role="status"]');
      window.heardLog = [];
      new MutationObserver(() => window.heardLog.push(region.textContent)).observe(region, { subtree: true, characterData: true, childList: true });
    });
    const before = await shown();
    await page.getByRole('slider', { name: /^Performance/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.heardLog.length > 0);
    const after = await shown();
    assert.notEqual(after, before, 'the step changed the scores');
    assert.equal(await heard(), after);
    console.log(`${env.engine}: after one step a screen reader hears: "${after}"`);
    // Five quick steps are one or two sentences, not five.
    await page.evaluate(() => (window.heardLog = []));
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    const final = await shown();
    await page.waitForFunction((text) => window.heardLog.at(-1) === text, final);
    const log = await page.evaluate(() => window.heardLog);
    assert.ok(log.length <= 2, `five steps, ${log.length} announcements: ${log.join(' / ')}`);
    await page.close();
  });

  test('a table on the standalone page is a tab stop, and a named region, only while it scrolls sideways', async () => {
    // Every table shown, at a desk's width (none scrolls) and a phone's (some do).
    const consistent = (minimumScrolling) => {
      const shown = [...document.querySelectorAll('.table-wrap')].filter((w) => w.offsetParent);
      const scrolling = shown.filter((w) => w.scrollWidth > w.clientWidth);
      const right = shown.every((w) => {
        const scrolls = w.scrollWidth > w.clientWidth;
        return (w.tabIndex === 0) === scrolls && (w.getAttribute('role') === 'region' && Boolean(w.getAttribute('aria-label'))) === scrolls;
      });
      return shown.length > 5 && scrolling.length >= minimumScrolling && right;
    };
    for (const [width, minimumScrolling] of [[1280, 0], [phone, 1]]) {
      const page = await env.open(env.server.url('/'), { viewport: { width, height: 900 } });
      await page.waitForVerdict();
      await page.locator('#article-tables > summary').click();
      await page.waitForFunction(consistent, minimumScrolling);
      await page.close();
    }
  });

  for (const theme of ['light', 'dark']) {
    test(`under the chip row's deepest fade every chip's text keeps 4.5:1, pressed or not (${theme} theme)`, async () => {
      const page = await env.open(env.server.url(`/frame.html?preset=ai-ml&theme=${theme}`), { viewport: { width: phone, height: 844 } });
      await page.waitForVerdict();
      const ratios = await page.evaluate(() => {
        const root = document.querySelector('backend-verdict').shadowRoot;
        // Any colour the engines compute, as sRGB 0 to 255 and an alpha.
        const probe = document.createElement('canvas').getContext('2d');
        const rgba = (css) => {
          probe.clearRect(0, 0, 1, 1);
          probe.fillStyle = css;
          probe.fillRect(0, 0, 1, 1);
          const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
          return [r, g, b, a / 255];
        };
        const over = (top, under) => top.slice(0, 3).map((c, i) => c * top[3] + under[i] * (1 - top[3]));
        const luminance = (rgb) => {
          const [r, g, b] = rgb.map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (x, y) => {
          const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
          return (hi + 0.05) / (lo + 0.05);
        };
        const list = root.querySelector('.preset-list');
        const faded = rgba(getComputedStyle(list).getPropertyValue('--_faded'))[3];
        const page = rgba(getComputedStyle(root.querySelector('[part="widget"]')).backgroundColor);
        return [...root.querySelectorAll('[part="preset"]')].map((chip) => {
          const style = getComputedStyle(chip);
          const background = over(rgba(style.backgroundColor), page);
          const text = over(rgba(style.color), background);
          // The mask lets `faded` of the chip through, over the widget's background.
          const fade = (rgb) => rgb.map((c, i) => c * faded + page[i] * (1 - faded));
          return { chip: chip.textContent, pressed: chip.getAttribute('aria-pressed'), ratio: contrast(fade(text), fade(background)), faded };
        });
      });
      assert.ok(ratios.some((r) => r.pressed === 'true'), 'a pressed chip was measured');
      assert.ok(ratios[0].faded < 0.95, `the row fades (${ratios[0].faded})`);
      for (const { chip, pressed, ratio } of ratios) assert.ok(ratio >= 4.5, `${chip} (pressed ${pressed}): ${ratio.toFixed(2)}:1 at the fade's deepest`);
      await page.close();
    });
  }

  test(`the layout survives the WCAG text-spacing metrics at ${narrow} px: no sideways scroll, nothing cut, nothing past the border`, async () => {
    const page = await env.open(env.server.url('/'), { viewport: { width: narrow, height: 700 } });
    await page.waitForVerdict();
    // As an extension sets them on the page (reaching the widget through
    // inheritance) and as one that reaches into its shadow root too.
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      for (const el of document.querySelectorAll('backend-verdict')) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
    }, TEXT_SPACING);
    await openEverything(page);
    const problems = await page.evaluate(() => {
      const out = [];
      const root = document.querySelector('backend-verdict').shadowRoot;
      const box = root.querySelector('[part="widget"]').getBoundingClientRect();
      const scroll = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      if (scroll > 0) out.push(`the page scrolls sideways by ${scroll} px`);
      if (box.right > innerWidth + 0.5) out.push(`the widget ends ${box.right - innerWidth} px past the viewport`);
      for (const el of root.querySelectorAll('*')) {
        if (el.closest('.preset-list, .visually-hidden, svg')) continue;
        const style = getComputedStyle(el);
        // Out of sight on purpose (a heading kept for screen readers).
        if (style.clipPath !== 'none') continue;
        const own = el.getBoundingClientRect();
        const label = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`;
        if (own.width && (own.right > box.right + 0.5 || own.left < box.left - 0.5)) out.push(`${label} crosses the border`);
        if (el.tagName !== 'TEXTAREA' && style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`${label} is cut`);
        if (style.textOverflow === 'ellipsis') out.push(`${label} may be cut with an ellipsis`);
      }
      const spacing = getComputedStyle(root.querySelector('.slider label')).letterSpacing;
      if (spacing === 'normal' || parseFloat(spacing) === 0) out.push(`the reader's letter spacing does not reach the labels (${spacing})`);
      return out;
    });
    // From the top, so the stuck bar is drawn where it sits.
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}text-spacing-${env.engine}-${narrow}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('spacing a reader sets on the page reaches the widget (no !important reset of it)', async () => {
    const page = await env.open(env.server.url('/'), { viewport: { width: 1280, height: 900 } });
    await page.waitForVerdict();
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, TEXT_SPACING);
    const reached = await page.evaluate(() => {
      const label = document.querySelector('backend-verdict').shadowRoot.querySelector('.slider label');
      const style = getComputedStyle(label);
      return { letter: parseFloat(style.letterSpacing) / parseFloat(style.fontSize), word: parseFloat(style.wordSpacing) / parseFloat(style.fontSize), line: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
    });
    assert.ok(Math.abs(reached.letter - 0.12) < 0.01, `letter spacing ${reached.letter} em`);
    assert.ok(Math.abs(reached.word - 0.16) < 0.01, `word spacing ${reached.word} em`);
    assert.ok(Math.abs(reached.line - 1.5) < 0.01, `line height ${reached.line}`);
    await page.close();
  });

  if (env.emulates) {
    test('Chromium only (a reader\'s default type size needs the DevTools protocol): at 24 px the widget follows it and fits 320 px whole', async () => {
      const page = await env.open(null, { viewport: { width: 320, height: 700 } });
      const cdp = await page.context.newCDPSession(page.page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
      await page.goto(env.server.url('/'));
      await page.waitForVerdict();
      await openEverything(page);
      const found = await page.evaluate(() => {
        const host = document.querySelector('backend-verdict');
        const root = host.shadowRoot;
        const box = root.querySelector('[part="widget"]').getBoundingClientRect();
        const crossing = [...root.querySelectorAll('*')]
          .filter((el) => !el.closest('.preset-list, .visually-hidden, svg'))
          .filter((el) => {
            const own = el.getBoundingClientRect();
            return own.width && (own.right > box.right + 0.5 || own.left < box.left - 0.5);
          })
          .map((el) => el.className || el.tagName);
        if (box.right > innerWidth + 0.5) crossing.push(`the widget itself, ${box.right - innerWidth} px past the viewport`);
        return {
          size: getComputedStyle(host).fontSize,
          padding: getComputedStyle(root.querySelector('[part="widget"]')).paddingTop,
          scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          crossing,
        };
      });
      // Viewport screenshots: a full-page one resizes the view, and
      // Chromium draws it at the usual type size again.
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}font-24-chromium-320-top.png` });
      await page.locator('backend-verdict .why-panel').evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: `${SHOTS}font-24-chromium-320-why.png` });
      assert.equal(found.size, '24px');
      assert.ok(parseFloat(found.padding) > 12, `spacing follows the type size (padding ${found.padding})`);
      assert.equal(found.scroll, 0);
      assert.deepEqual(found.crossing, []);
      await page.close();
    });

    test('Chromium only (forced colours need the DevTools protocol): the pressed use case stands out in forced colours', async () => {
      const page = await env.open(null, { viewport: { width: 390, height: 844 } });
      await page.page.emulateMedia({ forcedColors: 'active' });
      await page.goto(env.server.url('/?preset=ai-ml'));
      await page.waitForVerdict();
      const colours = await page.evaluate(() => {
        const chips = [...document.querySelector('backend-verdict').shadowRoot.querySelectorAll('[part="preset"]')];
        const look = (chip) => `${getComputedStyle(chip).backgroundColor} ${getComputedStyle(chip).color}`;
        return { pressed: look(chips.find((c) => c.getAttribute('aria-pressed') === 'true')), other: look(chips.find((c) => c.getAttribute('aria-pressed') === 'false')) };
      });
      await page.locator('backend-verdict [aria-pressed="true"]').focus();
      await page.keyboard.press('Tab');
      await page.screenshot({ path: `${SHOTS}forced-colors-chromium.png` });
      assert.notEqual(colours.pressed, colours.other);
      await page.close();
    });

    test('Chromium only (its accessibility tree through the DevTools protocol): the hidden legend names the "More criteria" group, apart from the first slider', async () => {
      const page = await env.open(env.server.url('/'), { viewport: { width: 1280, height: 900 } });
      await page.waitForVerdict();
      await page.locator('backend-verdict summary', { hasText: 'More criteria' }).click();
      await page.getByRole('slider', { name: /^AI and data/ }).waitFor();
      const cdp = await page.context.newCDPSession(page.page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const named = (node) => node.name?.value ?? '';
      const group = nodes.find((node) => node.role?.value === 'group' && named(node) === 'More criteria (0 to 10)');
      assert.ok(group, 'a group named by the legend');
      const first = nodes.find((node) => node.role?.value === 'slider' && named(node).startsWith('AI and data'));
      assert.doesNotMatch(named(first), /More criteria/);
      // The legend's text is the group's own, not a line before the slider's label.
      const lines = nodes.filter((node) => node.role?.value === 'StaticText' && /More criteria \(0 to 10\)\s*AI/.test(named(node)));
      assert.deepEqual(lines, []);
      await page.close();
    });
  }
});
