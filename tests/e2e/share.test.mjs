// Sharing, remembering and the evidence, as a reader uses them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, waitForVerdict } from './browser.mjs';
import { problems, useBrowser } from './fixtures.mjs';

const env = useBrowser();
const KEY = 'backend-verdict:weights';

async function open(context, path = '/') {
  const page = await context.newPage();
  const log = { console: [], errors: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.goto(env.server.url(path));
  await waitForVerdict(page);
  return { page, log };
}

const newContext = async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  return context;
};

const sliderValues = (page) =>
  page.getByRole('slider').evaluateAll((inputs) => inputs.map((i) => `${i.id}=${i.value}`));

// Sharing sits one click away, under its own summary.
const openShare = (page) => page.locator('summary', { hasText: 'Share or embed' }).click();

async function setSlider(page, name, key, times = 1) {
  await page.getByRole('slider', { name: new RegExp(`^${name}`) }).focus();
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

test('a copied link opens, in a fresh browser, on the same verdict and weights', async () => {
  const context = await newContext();
  const { page } = await open(context);
  await page.getByRole('button', { name: 'Fintech', exact: true }).click();
  await setSlider(page, 'Cost', 'ArrowRight', 2);
  await openShare(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /\?weights=performance:\d+,/);
  const expected = { verdict: await page.getAttribute('backend-verdict', 'verdict'), weights: await sliderValues(page) };
  await context.close();

  const fresh = await newContext();
  const page2 = await fresh.newPage();
  await page2.goto(link);
  assert.equal(await waitForVerdict(page2), expected.verdict);
  assert.deepEqual(await sliderValues(page2), expected.weights);
  await fresh.close();
});

test('the address bar follows the sliders once the reader pauses, without adding history entries', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    // Counts the widget's address-bar writes.
    window.__writes = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => {
      window.__writes += 1;
      return replace(...args);
    };
  });
  const { page } = await open(context);
  const before = await page.evaluate(() => history.length);
  await setSlider(page, 'Performance', 'ArrowRight', 4);
  // The address catches up once the reader pauses.
  await page.waitForURL(/weights=performance:9,scalability:5,learning-curve:5,cost:5/);
  assert.equal(await page.evaluate(() => history.length), before);

  // A long drag (20 steps, 50 ms apart, 1 s in all) writes once, after it
  // ends, not every so often while it lasts.
  await page.evaluate(() => { window.__writes = 0; });
  const during = await page.evaluate(async () => {
    const slider = document.querySelector('backend-verdict').shadowRoot.querySelector('#weight-cost');
    for (let step = 0; step < 20; step += 1) {
      slider.value = String(step % 2 === 0 ? 0 : 10);
      slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return window.__writes;
  });
  assert.equal(during, 0, 'no address-bar write while the reader is still moving');
  await page.waitForURL(/cost:10/);
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => window.__writes), 1);
  await context.close();
});

test('a visited shared link leaves the reader\'s saved weights alone until they change something', async () => {
  const context = await newContext();
  const { page } = await open(context);
  await setSlider(page, 'Learning curve', 'End');
  const stored = (tab) => tab.evaluate((key) => localStorage.getItem(key), KEY);
  await page.waitForFunction((key) => /learning-curve:10/.test(localStorage.getItem(key)), KEY);
  const saved = await stored(page);

  // Someone else's link: their state is shown, ours is kept.
  const theirs = '/?preset=gaming&weights=performance:9,scalability:8,learning-curve:2,cost:3,ai-data:0,realtime:10,development-speed:0,security:0,package-ecosystem:0,developer-availability:0,debugging:0';
  const { page: shared } = await open(context, theirs);
  assert.equal(await shared.getByRole('slider', { name: /^Learning curve/ }).inputValue(), '2');
  await shared.waitForTimeout(400);
  assert.equal(await stored(shared), saved);

  // Back on the plain page, the reader's own weights return.
  const { page: again } = await open(context);
  assert.equal(await again.getByRole('slider', { name: /^Learning curve/ }).inputValue(), '10');

  // Changing something on the shared page makes it the reader's own.
  await setSlider(shared, 'Cost', 'ArrowRight');
  await shared.waitForFunction((key) => /learning-curve:2,cost:4/.test(localStorage.getItem(key)), KEY);
  await context.close();
});

test('storage that holds garbage or is blocked is ignored without a word', async () => {
  const context = await newContext();
  await context.addInitScript((key) => localStorage.setItem(key, '<script>x</script>:::,,NaN'), KEY);
  const { page, log } = await open(context);
  assert.equal(await page.getByRole('note').count(), 0);
  assert.equal(await page.getByRole('slider', { name: /^Performance/ }).inputValue(), '5');
  assert.deepEqual(problems(log), []);
  await context.close();

  const blocked = await newContext();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage is blocked', 'SecurityError');
      },
    });
  });
  const { page: page2, log: log2 } = await open(blocked);
  await setSlider(page2, 'Performance', 'End');
  assert.equal(await page2.getAttribute('backend-verdict', 'verdict'), 'node');
  assert.equal(await page2.getByRole('note').count(), 0);
  assert.deepEqual(problems(log2), []);
  await blocked.close();
});

test('malformed links never break the page: one short notice, defaults for the rest', async () => {
  // Each link, every sentence its notice must hold, and the sliders it
  // must leave at (the defaults are 5 each for the first four).
  const links = [
    ['/?weights=%FF%FE%00%C3%28', [/” is not of the form id:value\./], { Performance: '5', Cost: '5' }],
    [
      '/?weights=performance:1e308,cost:99999999999999999999',
      [/The weight “1e308” for Performance is not a number from 0 to 10\./, /The weight 99999999999999999999 for Cost is outside 0 to 10, so 10 was used\./],
      { Performance: '5', Cost: '10' },
    ],
    [
      '/?weights=performance:-4,cost:NaN',
      [/The weight -4 for Performance is outside 0 to 10, so 0 was used\./, /The weight “NaN” for Cost is not a number from 0 to 10\./],
      { Performance: '0', Cost: '5' },
    ],
    ['/?weights=cost:1,cost:9', [/Cost was given twice; the first value was kept\./], { Cost: '1' }],
    ['/?weights=rust:10&preset=cobol', [/There is no use case “cobol”\./, /There is no criterion “rust”\./], { Performance: '5' }],
    [`/?weights=${'performance:1,'.repeat(7500)}`, [/The link value is too long \(105008 characters\)\./], { Performance: '5' }], // about 100 KB
    ['/?preset=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', [/There is no use case “<img src=x onerror=aler…”\./], { Performance: '5' }],
  ];
  const context = await newContext();
  for (const [path, sentences, sliders] of links) {
    const { page, log } = await open(context, path);
    const where = path.slice(0, 60);
    const note = page.getByRole('note');
    assert.equal(await note.count(), 1, where);
    const text = await note.textContent();
    for (const sentence of sentences) assert.match(text, sentence, where);
    assert.equal(await note.getByRole('listitem').count(), sentences.length, where);
    assert.equal(await page.locator('img').count(), 0, 'nothing from the link becomes markup');
    for (const [name, value] of Object.entries(sliders)) {
      assert.equal(await page.getByRole('slider', { name: new RegExp(`^${name}`) }).inputValue(), value, `${where}: ${name}`);
    }
    // The verdict is the one those weights give, as a fresh page with them
    // in a clean link shows it.
    // Once the reader pauses (here, at once) the widget writes its state
    // back to the address bar, in full and in its own form.
    await page.waitForFunction(
      (given) => location.search !== given && /^\?(preset=[a-z-]+&)?weights=([a-z-]+:\d+,)*[a-z-]+:\d+$/.test(location.search),
      path.slice(1),
    );
    const clean = await page.evaluate(() => location.search);
    const { page: check } = await open(context, `/${clean}`);
    assert.equal(await page.getAttribute('backend-verdict', 'verdict'), await check.getAttribute('backend-verdict', 'verdict'), where);
    assert.equal(await check.getByRole('note').count(), 0, `${where}: the address bar now holds a clean link`);
    assert.deepEqual(problems(log), [], where);
    await check.close();
    await page.close();
  }
  await context.close();
});

test('copy summary gives Markdown with the verdict, scores, weights and link; embed this gives the snippet', async () => {
  const context = await newContext();
  const { page } = await open(context, '/?preset=ai-ml');
  await openShare(page);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await page.getByText('Summary copied as Markdown.').waitFor();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(summary, /^\*\*Backend Verdict: Python\*\*/);
  assert.match(summary, /- Python \d+\.\d \/ 10, Node\.js \d+\.\d \/ 10/);
  assert.match(summary, /- Weights \(0 to 10\): Performance 4, Scalability 4, Learning curve 5, Cost 3, AI and data libraries 10/);
  assert.match(summary, /\?preset=ai-ml&weights=/);

  await page.getByRole('button', { name: 'Embed this' }).click();
  const snippet = await page.locator('#embed-snippet').inputValue();
  assert.equal(
    snippet,
    `<script type="module" src="${env.server.url('/')}embed.js"></script>\n<backend-verdict preset="ai-ml"></backend-verdict>`,
  );
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await page.getByText('Embed snippet copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  await context.close();
});

test('the evidence sets each claim beside independent figures, each with its source and date', async () => {
  const context = await newContext();
  const { page } = await open(context);
  const claims = page.locator('#evidence .claim');
  assert.equal(await claims.count(), 9);
  for (let i = 0; i < 9; i += 1) {
    const claim = claims.nth(i);
    assert.match(await claim.locator('.status').textContent(), /^(holds|partly holds|outdated|unsupported|unverified|contradicted|not reproduced)$/);
    // The article's words in quotation marks, or our summary shown as ours.
    assert.match(await claim.textContent(), /The article claims(: “.+”| \(in our words\): .+) \(credited to .+; bears on .+\)/);
    for (const link of await claim.locator('.figures a').all()) {
      assert.match(await link.getAttribute('href'), /^https:\/\//);
    }
  }
  // Statista's figure was not found: the nearest, Stack Overflow 2025's for
  // professional developers, came out a year after the article's other figure.
  assert.match(await page.locator('[data-evidence="python-usage"] .status').textContent(), /^unverified$/);
  assert.match(await page.locator('[data-evidence="python-usage"]').textContent(), /54\.8%/);
  assert.match(await page.locator('[data-evidence="requests-per-second"]').textContent(), /TechEmpower Round 23/);
  await context.close();
});

test('each slider says only what differs: both scores and what the criterion means; the scale is said once', async () => {
  const context = await newContext();
  const { page } = await open(context, '/?weights=performance:0,scalability:0,learning-curve:8,cost:0');
  const slider = page.getByRole('slider', { name: /^Performance/ });
  const hint = await page.locator(`#${await slider.getAttribute('aria-describedby')}`).textContent();
  // Our reading, then where the independent evidence would put it.
  assert.match(hint, /^Python 4 \(4–6\) · Node\.js 8/);
  assert.doesNotMatch(hint, /source|0 to 10|verdict holds/i);
  // The scale and where the scores come from, once above the sliders.
  const scale = page.locator('.scale');
  assert.equal(await scale.count(), 1);
  assert.match(await scale.textContent(), /scored out of 10, our reading of the article \(it gives no scores\); in brackets, where independent evidence puts them/);
  await context.close();
});
