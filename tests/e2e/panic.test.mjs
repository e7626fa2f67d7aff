// If the app ever panics, the element shows a short error state with its
// fallback content, and the console names the cause. Uses a test build
// (`--features test-panic`) whose widget panics on `data-test-panic`.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { openPage } from './browser.mjs';
import { useBrowser } from './fixtures.mjs';
import { serve } from '../../tools/server.mjs';

const PANIC_DIST = fileURLToPath(new URL('../../target/test-panic-dist/', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panic</title></head><body>
<backend-verdict data-test-panic><p class="fallback">Python or Node.js? With equal weights: Node.js.</p></backend-verdict>
<script type="module" src="embed.js"></script></body></html>`;

assert.ok(existsSync(PANIC_DIST), 'build it first: make target/test-panic-dist/index.html');
const env = useBrowser({ root: PANIC_DIST, pages: { '/panic.html': PAGE } });

test('a panic leaves an error state with the fallback, never a blank box', async () => {
  const { page, log, context } = await openPage(env.browser, env.server.url('/panic.html'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /internal error and stopped/);
  // The fallback shows through the error state's slot.
  assert.equal(await page.locator('.fallback').isVisible(), true);
  assert.equal(await page.getAttribute('backend-verdict', 'verdict'), null);
  const cause = log.console.filter((m) => m.type === 'error' && m.text.startsWith('Backend Verdict stopped'));
  assert.equal(cause.length, 1, JSON.stringify(log.console));
  assert.match(cause[0].text, /test panic requested by the data-test-panic attribute/);
  await context.close();
});

test('the shipped build ignores the test attribute', async () => {
  const server = await serve({ root: fileURLToPath(new URL('../../dist/', import.meta.url)), pages: { '/panic.html': PAGE } });
  const { page, context } = await openPage(env.browser, server.url('/panic.html'));
  await page.waitForFunction(() => document.querySelector('backend-verdict').hasAttribute('verdict'));
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.close();
  await server.close();
});
