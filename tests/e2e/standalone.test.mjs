// The standalone page as a reader uses it, in each engine.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachEngine } from './engines.mjs';
import { useCases } from './fixtures.mjs';

// The use cases, as the README lists them, and the verdict's id for each
// option's name.
const PRESETS = useCases();
const IDS = { Python: 'python', 'Node.js': 'node' };
const LABELS = { python: 'Python', node: 'Node.js', tie: 'Too close to call' };

const verdictText = (page) => page.locator('.verdict-name').textContent();
const scores = (page) => page.locator('.score-value').allTextContents();

eachEngine({}, (env) => {

  test('the page loads with an empty console and a verdict', async () => {
    const page = await env.openWithVerdict();
    assert.equal(await page.getAttribute('backend-verdict', 'verdict'), 'node');
    assert.equal(await verdictText(page), 'Node.js');
    await page.settle();
    await page.close();
    assert.deepEqual(page.problems, []);
  });

  test('the four primary sliders are native range inputs named by their criterion', async () => {
    const page = await env.openWithVerdict();
    for (const name of ['Performance', 'Scalability', 'Learning curve', 'Cost']) {
      const slider = page.getByRole('slider', { name: new RegExp(`^${name}`) });
      assert.equal(await slider.count(), 1, name);
      assert.equal(await slider.getAttribute('type'), 'range');
      assert.equal(await slider.isVisible(), true, name);
    }
    // The rest sit behind "More criteria".
    const more = page.getByRole('slider', { name: /^Security/ });
    assert.equal(await more.isVisible(), false);
    await page.locator('summary', { hasText: 'More criteria' }).click();
    assert.equal(await more.isVisible(), true);
    await page.close();
  });

  test('"More criteria" shows its sliders however it is opened; a preset that weighs them leaves it closed and counts them', async () => {
    const page = await env.openWithVerdict();
    const security = page.getByRole('slider', { name: /^Security/ });
    // By keyboard: Enter on the focused summary.
    await page.locator('summary', { hasText: 'More criteria' }).focus();
    await page.keyboard.press('Enter');
    await security.waitFor({ state: 'visible', timeout: 2000 });
    await security.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await security.inputValue(), '1');
    await page.close();

    // By a script, which sends no click.
    const second = await env.openWithVerdict();
    await second.evaluate(() => {
      document.querySelector('backend-verdict').shadowRoot.querySelector('details.more').open = true;
    });
    await second.getByRole('slider', { name: /^Security/ }).waitFor({ state: 'visible', timeout: 2000 });
    await second.close();

    // A preset that weighs further criteria keeps the widget compact: the
    // section stays closed and says how many of its sliders are in use.
    const third = await env.openWithVerdict();
    await third.getByRole('button', { name: 'AI, Machine Learning and Data Science' }).click();
    const summary = third.locator('summary', { hasText: 'More criteria' });
    assert.match(await summary.textContent(), /\(7 more, [1-7] in use\)/);
    const aiData = third.getByRole('slider', { name: /^AI and data libraries/ });
    assert.equal(await aiData.count(), 0);
    await summary.click();
    await aiData.waitFor({ state: 'visible', timeout: 2000 });
    assert.equal(await aiData.inputValue(), '10');
    await third.close();
  });

  test('moving Performance by keyboard changes the scores and, past its flip point, the verdict', async () => {
    // Learning curve alone favours Python; Performance favours Node.js.
    const page = await env.openWithVerdict('/?weights=performance:0,scalability:0,learning-curve:8,cost:0');
    assert.equal(await page.getAttribute('backend-verdict', 'verdict'), 'python');
    await page.locator('summary', { hasText: 'Why, and what' }).click();
    const change = await page.locator('[data-criterion="performance"]').textContent();
    assert.match(change, /above 7\.24 and it is too close to call/);

    const slider = page.getByRole('slider', { name: /^Performance/ });
    await slider.focus();
    const seen = [];
    let previous = await scores(page);
    for (let weight = 1; weight <= 10; weight += 1) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await slider.inputValue(), String(weight));
      const now = await scores(page);
      assert.notDeepEqual(now, previous, `scores change at weight ${weight}`);
      previous = now;
      seen.push([weight, await page.getAttribute('backend-verdict', 'verdict'), await verdictText(page)]);
    }
    // Python up to 7, too close to call from 7.24, Node.js past 8.84.
    for (const [weight, attribute, text] of seen) {
      const expected = weight <= 7 ? 'python' : weight === 8 ? 'tie' : 'node';
      assert.equal(attribute, expected, `verdict attribute at weight ${weight}`);
      assert.equal(text, LABELS[expected], `verdict text at weight ${weight}`);
    }
    await page.close();
  });

  test('every preset button shows the article\'s winner', async () => {
    const page = await env.openWithVerdict();
    // One button per use case the README lists, and no other.
    assert.equal(await page.locator('button.preset').count(), PRESETS.length);
    for (const { label, best } of PRESETS) {
      const winner = IDS[best];
      const button = page.getByRole('button', { name: label, exact: true });
      await button.click();
      assert.equal(await button.getAttribute('aria-pressed'), 'true', label);
      assert.equal(await page.getAttribute('backend-verdict', 'verdict'), winner, label);
      assert.equal(await verdictText(page), LABELS[winner], label);
    }
    await page.close();
  });

  test('all sliders at 0 gives no verdict and says how to get one', async () => {
    const page = await env.openWithVerdict();
    await page.evaluate(() => {
      document.addEventListener('verdictchange', (event) => {
        window.lastDetail = event.detail;
      });
    });
    await page.locator('summary', { hasText: 'More criteria' }).click();
    const sliders = page.getByRole('slider');
    for (let i = 0; i < (await sliders.count()); i += 1) {
      await sliders.nth(i).focus();
      await page.keyboard.press('Home');
    }
    assert.equal(await page.getAttribute('backend-verdict', 'verdict'), null);
    assert.equal(await verdictText(page), 'No verdict yet');
    assert.match(await page.locator('.verdict .why').textContent(), /Give at least one criterion a weight above 0, or pick a use case/);
    // The page still hears about it: no verdict, no scores, every weight 0.
    const detail = await page.evaluate(() => window.lastDetail);
    assert.equal(detail.verdict, null);
    assert.equal(detail.scores, null);
    assert.equal(detail.weights.performance, 0);
    assert.ok(Object.values(detail.weights).every((w) => w === 0));
    assert.equal(Object.keys(detail.weights).length, 11);
    await page.close();
  });

  test('verdictchange bubbles out of the element with the verdict, scores and weights', async () => {
    const page = await env.openWithVerdict();
    await page.evaluate(() => {
      window.events = [];
      document.addEventListener('verdictchange', (event) => window.events.push(event.detail));
    });
    await page.getByRole('button', { name: 'Fintech', exact: true }).click();
    const events = await page.evaluate(() => window.events);
    const last = events.at(-1);
    assert.equal(last.verdict, 'python');
    assert.ok(last.scores.python > last.scores.node);
    assert.equal(last.weights.security, 10);
    await page.close();
  });

  test('no request leaves the page\'s origin', async () => {
    const page = await env.openWithVerdict();
    await page.getByRole('button', { name: 'Gaming', exact: true }).click();
    await page.getByText('Evidence: the article').click();
    await page.settle();
    // The page's own record of what it fetched, which every engine keeps.
    const requests = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)]);
    assert.ok(requests.length > 3, requests.join(' '));
    const foreign = requests.filter((url) => !url.startsWith(env.server.origin));
    assert.deepEqual(foreign, []);
    await page.close();
  });
});
