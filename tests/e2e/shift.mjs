// What moves on a blog post while its widgets load and are taken over: the
// post, with a snippet in columns from a phone's width to a wide one, each
// column's next paragraph sampled in page coordinates on every frame from
// the first until every widget has its verdict and 20 frames more. Last
// comes a control the sampling must catch moving: a box that grows by
// 40 px once every widget has its verdict. Used by the zero-shift tests
// (tests/e2e/firstpaint.test.mjs) and `make bench`'s shift table.

export const COLUMNS = [320, 480, 700, 900];

/** The sampler, a classic script the post loads first in its head. */
export const SAMPLER = `window.samples = {}; window.sampled = false;
(function sample(left) {
  document.querySelectorAll('.after').forEach((p) => (window.samples[p.id] ||= []).push(Math.round((p.getBoundingClientRect().top + scrollY) * 10) / 10));
  const all = document.querySelectorAll('backend-verdict');
  if (left === undefined && all.length && [...all].every((e) => e.hasAttribute('verdict'))) {
    left = 20;
    document.getElementById('grows').style.blockSize = '40px';
  }
  if (left === 0) window.sampled = true;
  else requestAnimationFrame(() => sample(left === undefined ? undefined : left - 1));
})();`;

/** The post, with `snippet` in each column; its sampler is served at /sampler.js. */
export const samplingPost = (snippet) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A post</title><script src="/sampler.js"></script>
<style>body { margin: 0; font: 18px/1.6 serif; } .column { margin: 0 auto 2rem; }</style></head><body>
<h1>Which backend?</h1><p>${'Words of the post. '.repeat(30)}</p>
${COLUMNS.map((width) => `<div class="column" style="width: ${width}px">${snippet}<p class="after" id="after-${width}">The paragraph after the widget.</p></div>`).join('\n')}
<div class="column" style="width: 700px"><div id="grows"></div><p class="after" id="after-control">The paragraph after the box.</p></div>
</body></html>`;

/**
 * Waits for the sampling in `tab` (a tab of tests/e2e/engines.mjs) to end;
 * returns how far each column's next paragraph moved, in px, by column
 * width, with the control's as `control` and each column's sample count
 * as `frames`.
 */
export async function sampleShifts(tab) {
  await tab.waitForFunction(() => window.sampled, undefined, { timeout: 30_000 });
  const samples = await tab.evaluate(() => window.samples);
  const shift = (id) => {
    const tops = samples[`after-${id}`];
    return Math.round((Math.max(...tops) - Math.min(...tops)) * 10) / 10;
  };
  return {
    ...Object.fromEntries(COLUMNS.map((width) => [width, shift(width)])),
    control: shift('control'),
    frames: Math.min(...COLUMNS.map((width) => samples[`after-${width}`].length)),
  };
}
