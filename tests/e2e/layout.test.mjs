// Verdict first: wherever the reader is (a phone, a 700 px blog column, a
// desk), the verdict stays on screen while any slider moves, the embed is
// compact at load, and everything else is one click away; in each engine.
// MiniBrowser's window is at least about 450 px wide, so WebKit's phone is
// that wide (a large phone's width): each check uses the viewport it got.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachEngine } from './engines.mjs';
import { SHOTS, useCases } from './fixtures.mjs';

const PRIMARY = ['Performance', 'Scalability', 'Learning curve', 'Cost'];
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };

// A blog post as a reader finds it: a 700 px column of text, the widget
// between two paragraphs, and more post below it.
const words = 'A paragraph of the post, long enough to wrap over a few lines in a narrow column of text. '.repeat(4);
const BLOG = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post</title>
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-width: 700px; margin: 0 auto; padding: 0 16px; box-sizing: content-box; }</style>
</head><body><main><h1>Which backend?</h1><p>${words}</p>
<backend-verdict preset="web-api"><p>Python or Node.js? <a href="/">See the verdict</a>.</p></backend-verdict>
${`<p>${words}</p>`.repeat(8)}</main><script type="module" src="/embed.js"></script></body></html>`;

const verdictBar = (page) => page.locator('[part="verdict"]');

/** Whether the whole box is inside the viewport. */
function inView(box, viewport) {
  return box && box.y >= -0.5 && box.x >= -0.5 && box.y + box.height <= viewport.height + 0.5 && box.x + box.width <= viewport.width + 0.5;
}

/** The verdict's winner and both scores are on screen and readable. */
async function assertVerdictShown(page, viewport, what) {
  const box = await verdictBar(page).boundingBox();
  assert.ok(inView(box, viewport), `${what}: the verdict is on screen (${JSON.stringify(box)})`);
  assert.match(await verdictBar(page).textContent(), /Verdict: .+Python\d+\.\d\/10Node\.js\d+\.\d\/10/);
}

/**
 * The focused slider is on screen and not under the verdict bar: the point
 * at its centre belongs to the slider itself.
 */
async function assertFocusedSliderShown(page, viewport, name) {
  const slider = page.getByRole('slider', { name: new RegExp(`^${name}`) });
  const box = await slider.boundingBox();
  assert.ok(inView(box, viewport), `${name}: the slider is on screen`);
  const onTop = await slider.evaluate((input, [x, y]) => input.getRootNode().elementFromPoint(x, y) === input, [
    box.x + box.width / 2,
    box.y + box.height / 2,
  ]);
  assert.ok(onTop, `${name}: the slider is not hidden under the verdict bar`);
}

/**
 * Moves each slider in turn by keyboard, the way a reader tabs from one to
 * the next, and checks the verdict stays in view and follows.
 */
async function moveEachSlider(page, viewport, names, where) {
  for (const name of names) {
    const slider = page.getByRole('slider', { name: new RegExp(`^${name}`) });
    await slider.focus();
    const before = await verdictBar(page).textContent();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    await page.keyboard.press('End');
    assert.equal(await slider.inputValue(), '10');
    // A criterion on which both options score the same cannot move the
    // margin (its hint says so: "Python 7 (6–7) · Node.js 7 (6–7)").
    const [first, second] = (await page.locator(`[id="hint-${await slider.evaluate((s) => s.id.replace(/^weight-/, ''))}"] .scored`).textContent())
      .split(' · ')
      .map((part) => part.replace(/^\S+ /, ''));
    // Scores shown to a tenth can round to the same figures one step away,
    // so a slider that did not visibly move them at 10 must at 0.
    let moved = (await verdictBar(page).textContent()) !== before;
    if (!moved) {
      await page.keyboard.press('Home');
      moved = (await verdictBar(page).textContent()) !== before;
      await page.keyboard.press('End');
    }
    if (first !== second) assert.ok(moved, `${where}: ${name} moves the scores`);
    await assertVerdictShown(page, viewport, `${where}, after moving ${name}`);
    await assertFocusedSliderShown(page, viewport, name);
  }
}

eachEngine({ pages: { '/blog.html': BLOG } }, (env) => {

  test('phone, standalone page: the verdict stays on screen while each primary slider moves', async () => {
    const page = await env.openWithVerdict('/', { viewport: PHONE });
    await moveEachSlider(page, page.viewport, PRIMARY, 'phone');
    // The verdict bar is compact: it leaves most of the screen to the sliders.
    assert.ok((await verdictBar(page).boundingBox()).height < 110);
    await page.close();
  });

  test('phone, blog post: the verdict stays on screen while each primary slider moves', async () => {
    const page = await env.openWithVerdict('/blog.html', { viewport: PHONE });
    await moveEachSlider(page, page.viewport, PRIMARY, 'phone blog');
    await page.close();
  });

  test('blog column: compact at load, verdict and the four primary sliders seen together', async () => {
    const page = await env.openWithVerdict('/blog.html', { viewport: DESK });
    const widget = page.locator('backend-verdict');
    const { width, height } = await widget.boundingBox();
    assert.ok(width <= 700, `the column is 700 px (${width})`);
    assert.ok(height <= 900, `the widget is at most 900 px tall at load (${height})`);
    // Scroll the widget's top to the top of the viewport.
    await widget.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY));
    await assertVerdictShown(page, DESK, 'blog column at load');
    for (const name of PRIMARY) {
      const box = await page.getByRole('slider', { name: new RegExp(`^${name}`) }).boundingBox();
      assert.ok(inView(box, DESK), `${name} is on screen with the verdict`);
    }
    // Everything else waits, closed, one click away.
    assert.equal(await page.locator('backend-verdict details[open]').count(), 0, 'no section is open at load');
    assert.equal(await page.getByRole('slider').count(), 4, 'only the primary sliders are built');
    await page.screenshot({ path: `${SHOTS}verdict-first-${env.engine}-blog-700-light.png` });
    await moveEachSlider(page, DESK, PRIMARY, 'blog column');
    await page.close();
  });

  test('blog column: the other sections open by click or keyboard, and their text is then found in the page', async () => {
    const page = await env.openWithVerdict('/blog.html', { viewport: DESK });
    const summary = (text) => page.locator('backend-verdict summary', { hasText: text });
    // By keyboard: focus the summary, press Enter.
    await summary('Why, and what would change it').focus();
    await page.keyboard.press('Enter');
    await page.getByText('What would change it', { exact: true }).waitFor();
    await page.getByText('What decided it', { exact: true }).waitFor();
    await summary('More criteria').click();
    await page.getByRole('slider', { name: /^Security/ }).waitFor();
    await summary('Share or embed').click();
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    // Once open, the text is rendered text (not hidden or collapsed away),
    // which is what find in page searches.
    for (const text of ['What would change it', 'What decided it', 'Copy link']) {
      const shown = await page.getByText(text, { exact: true }).evaluate((el) => el.checkVisibility({ visibilityProperty: true }));
      assert.ok(shown, text);
    }
    await page.close();
  });

  test('desk, standalone page: after opening "More criteria", the verdict stays beside the last slider', async () => {
    const page = await env.openWithVerdict('/', { viewport: DESK });
    await page.locator('summary', { hasText: 'More criteria' }).click();
    const names = ['AI and data libraries', 'Real-time fit', 'Development speed', 'Security', 'Web package ecosystem', 'Developer availability', 'Error handling'];
    for (const name of names) await page.getByRole('slider', { name: new RegExp(`^${name}`) }).waitFor();
    await moveEachSlider(page, DESK, [...PRIMARY, ...names], 'desk');
    // Two columns: the verdict sits to the right of the sliders.
    const verdictBox = await verdictBar(page).boundingBox();
    const sliderBox = await page.getByRole('slider', { name: /^Error handling/ }).boundingBox();
    assert.ok(verdictBox.x > sliderBox.x + sliderBox.width, 'the verdict is beside the sliders');
    await page.close();
  });

  test('presets take one scrolling row on a phone, still buttons named by their use case', async () => {
    const page = await env.openWithVerdict('/', { viewport: PHONE });
    const presets = page.locator('[part="preset"]');
    assert.equal(await presets.count(), useCases().length);
    const boxes = await presets.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
    assert.equal(new Set(boxes.map(Math.round)).size, 1, 'every chip on one row');
    const row = page.locator('.preset-list');
    const overflow = await row.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow > 0, 'the row scrolls sideways');
    // The far edge fades while chips lie beyond it (the overflow cue).
    assert.match(await row.evaluate((el) => getComputedStyle(el).maskImage), /linear-gradient/);
    // The keyboard reaches the last chip, which scrolls into view.
    const gaming = page.getByRole('button', { name: 'Gaming', exact: true });
    assert.equal(await gaming.getAttribute('part'), 'preset');
    await gaming.focus();
    await page.keyboard.press('Enter');
    assert.equal(await gaming.getAttribute('aria-pressed'), 'true');
    assert.ok(inView(await gaming.boundingBox(), page.viewport), 'the focused chip scrolled into view');
    // Scrolled to its end, the row shows its last chip whole, clear of the
    // fading edge: the fade follows the scroll where scroll-driven
    // animations exist; elsewhere the far edge always fades, over 3rem.
    const end = await row.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const fade = CSS.supports('animation-timeline', 'scroll()') ? 0 : 3 * rem;
      const last = [...el.querySelectorAll('[part="preset"]')].at(-1).getBoundingClientRect();
      return { chipRight: last.right, clearUpTo: el.getBoundingClientRect().right - fade };
    });
    assert.ok(end.chipRight <= end.clearUpTo + 0.5, `the last chip is clear of the fade (${JSON.stringify(end)})`);
    await page.close();
  });

  test('"What would change it" lists only sliders that can flip the verdict, or says in one line that none can', async () => {
    // Learning curve alone favours Python; Performance at weight 7.24 ties it.
    const page = await env.openWithVerdict('/?weights=performance:0,scalability:0,learning-curve:8,cost:0', { viewport: DESK });
    await page.locator('summary', { hasText: 'Why, and what' }).click();
    const items = page.locator('.changes li');
    const ids = await items.evaluateAll((rows) => rows.map((r) => r.dataset.criterion));
    assert.ok(ids.includes('performance'), ids.join());
    for (const row of await items.allTextContents()) assert.doesNotMatch(row, /no weight/);
    await page.close();

    // Real-time apps: Node.js leads by more than any one slider can undo.
    const second = await env.openWithVerdict('/?preset=realtime', { viewport: DESK });
    await second.locator('summary', { hasText: 'Why, and what' }).click();
    assert.equal(await second.locator('.changes li').count(), 0);
    assert.match(await second.locator('.changes').textContent(), /No single slider, moved on its own anywhere from 0 to 10, changes the verdict\./);
    await second.close();
  });

  // Dark screenshots need the system scheme emulated, which only Chromium's
  // driver does; the place pages (places.test.mjs) show each engine dark.
  for (const colorScheme of env.emulates ? ['light', 'dark'] : ['light']) {
    test(`screenshots of the verdict-first layout, ${colorScheme}${colorScheme === 'dark' ? ' (Chromium only: emulating the system colour scheme needs the DevTools protocol)' : ''}`, async () => {
      const shots = [
        ['/', PHONE, 'phone'],
        ['/blog.html', { width: 760, height: 900 }, 'blog-column'],
        ['/', DESK, 'desk'],
      ];
      for (const [path, viewport, name] of shots) {
        const page = await env.openWithVerdict(path, { viewport, colorScheme });
        await page.screenshot({ path: `${SHOTS}verdict-first-${env.engine}-${name}-${colorScheme}.png` });
        // Mid-drag: scrolled to the last primary slider, the verdict still on top.
        await page.getByRole('slider', { name: /^Cost/ }).focus();
        await page.keyboard.press('ArrowRight');
        await assertVerdictShown(page, page.viewport, `${name} screenshot`);
        await page.screenshot({ path: `${SHOTS}verdict-first-${env.engine}-${name}-${colorScheme}-moving.png` });
        await page.close();
      }
    });
  }
});
