// Shared set-up for the browser test files: one loopback server over the
// built dist/ and one Chromium per file.

import { mkdirSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tools/browser.mjs';
import { serve } from '../../tools/server.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Where the tests write screenshots for a person to look at. */
export const SHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

/** Starts a browser and a server over dist/ for the enclosing test file. */
export function useBrowser(serverOptions = {}) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await serve({ root: DIST, ...serverOptions });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * The rows of the README's table under `header`, each as its cells (code
 * marks taken off); the table ends at the first line that is not a row.
 */
export function readmeTable(header) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf(header);
  if (start < 0) throw new Error(`the README has no table headed ${header}`);
  const lines = readme.slice(start).split('\n').slice(2);
  const end = lines.findIndex((line) => !line.startsWith('|'));
  return lines.slice(0, end < 0 ? lines.length : end).map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim().replace(/^`|`$/g, '')));
}

/**
 * The use cases as the README's table lists them (a native test checks that
 * table against data/dataset.toml, where they are kept): id, label and the
 * article's best choice as the widget names it.
 */
export function useCases() {
  return readmeTable("| id | label (from the article) | article's best choice | where the article says so |").map(([id, label, best]) => ({ id, label, best }));
}

/**
 * How long the standalone page waits for the reader to pause before it
 * writes the address and storage (`WRITE_DELAY_MS` in
 * src/glue/browser_host.rs); a test that holds no write came waits past
 * twice this.
 */
export const WRITE_DELAY_MS = 200;
