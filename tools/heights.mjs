// Measures the built widget's height at load for every width, so the loader
// can hold exactly that space while the fallback stands in (no layout shift
// on the host page). `make heights` writes src/heights.json; a browser test
// fails when the table no longer matches the widget.
//
// Usage: node tools/heights.mjs [dist] [--check]

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

const TABLE = fileURLToPath(new URL('../src/heights.json', import.meta.url));
const MIN_WIDTH = 240;
const MAX_WIDTH = 1600;
const STEP = 2;

// Each layout, and the states whose height at load can differ: presets that
// weigh criteria under "More criteria" change its summary's text.
const LAYOUTS = {
  regular: '',
  compact: 'compact',
};
const STATES = ['', 'preset="web-api"', 'preset="ai-ml"', 'preset="realtime"'];

const page = (root) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>heights</title></head><body style="margin:0">
${Object.values(LAYOUTS)
  .flatMap((attribute) => STATES.map((state) => `<div class="box"><backend-verdict ${attribute} ${state}></backend-verdict></div>`))
  .join('\n')}
<script type="module" src="${root}embed.js"></script></body></html>`;

/** Heights by width for each layout, as [up to width, height] runs. */
export async function measure(dist) {
  const server = await serve({ root: dist, pages: { '/measure.html': page('/') } });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: MAX_WIDTH + 40, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(server.url('/measure.html'));
    await tab.waitForFunction(() => [...document.querySelectorAll('backend-verdict')].every((e) => e.hasAttribute('verdict')));
    const names = Object.keys(LAYOUTS);
    const raw = await tab.evaluate(
      ({ min, max, step, layouts, states }) => {
        const boxes = [...document.querySelectorAll('.box')];
        const out = {};
        layouts.forEach((name, l) => {
          out[name] = [];
          for (let width = min; width <= max; width += step) {
            let tallest = 0;
            let shortest = Infinity;
            for (let s = 0; s < states; s += 1) {
              const box = boxes[l * states + s];
              box.style.width = `${width}px`;
              const height = Math.ceil(box.firstElementChild.getBoundingClientRect().height);
              tallest = Math.max(tallest, height);
              shortest = Math.min(shortest, height);
            }
            out[name].push([width, tallest, tallest - shortest]);
          }
        });
        return out;
      },
      { min: MIN_WIDTH, max: MAX_WIDTH, step: STEP, layouts: names, states: STATES.length },
    );
    const table = {};
    const spread = {};
    for (const name of names) {
      const runs = [];
      spread[name] = 0;
      for (const [width, height, diff] of raw[name]) {
        spread[name] = Math.max(spread[name], diff);
        // Widths between two samples take the next sample's height.
        if (runs.length && runs[runs.length - 1][1] === height) runs[runs.length - 1][0] = width;
        else runs.push([width, height]);
      }
      table[name] = runs;
    }
    return { table, spread };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) || 'dist';
  const { table, spread } = await measure(dist);
  const text = `${JSON.stringify(table)}\n`;
  if (args.includes('--check')) {
    const same = readFileSync(TABLE, 'utf8') === text;
    console.log(same ? 'src/heights.json matches the widget' : 'src/heights.json is out of date: run `make heights`');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(TABLE, text);
  console.log(`wrote src/heights.json (${Object.values(table).flat().length} runs; presets differ by at most ${JSON.stringify(spread)} px at one width)`);
}
