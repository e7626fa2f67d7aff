// The embed's transfer size after brotli stays within budget. Deterministic
// (same bytes in, same size out), so it is a test; timings live in `make bench`.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './fixtures.mjs';
import { embedAssets } from '../bench/assets.mjs';

/** 80 KB, counted as 80,000 bytes. */
const BUDGET = 80_000;

const brotli = (path) =>
  brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test(`the embed transfers at most ${BUDGET} bytes after brotli`, () => {
  const assets = embedAssets(DIST);
  assert.ok(assets.some((a) => a.endsWith('.wasm')), 'the wasm is part of the embed');
  const sizes = assets.map((path) => [path, brotli(join(DIST, path))]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(sizes.map(([path, size]) => `${size}\t${path}`).join('\n'), `\n${total}\ttotal`);
  assert.ok(total <= BUDGET, `embed is ${total} bytes after brotli, over the ${BUDGET} budget`);
});
