// The embed's transfer size after brotli stays within budget. Deterministic
// (same bytes in, same size out), so it is a test; timings live in `make bench`.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIST } from './fixtures.mjs';
import { brotliSize, EMBED_BUDGET as BUDGET, embedAssets } from '../bench/assets.mjs';

test(`the embed transfers at most ${BUDGET} bytes after brotli`, () => {
  const assets = embedAssets(DIST);
  assert.ok(assets.some((a) => a.endsWith('.wasm')), 'the wasm is part of the embed');
  // The iframe's own scripts never travel with the script embed.
  assert.deepEqual(assets.filter((a) => a.startsWith('frame')), []);
  const sizes = assets.map((path) => [path, brotliSize(DIST, path)]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(sizes.map(([path, size]) => `${size}\t${path}`).join('\n'), `\n${total}\ttotal`);
  assert.ok(total <= BUDGET, `embed is ${total} bytes after brotli, over the ${BUDGET} budget`);
});
