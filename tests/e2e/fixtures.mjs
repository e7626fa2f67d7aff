// Shared set-up for the browser test files: one loopback server over the
// built dist/ and one Chromium per file.

import { mkdirSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
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

/** Console messages that are errors or warnings, as text. */
export function problems(log) {
  return [
    ...log.errors,
    ...log.console.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => `${m.type}: ${m.text}`),
  ];
}

/**
 * The use cases as the README's table lists them (a native test checks that
 * table against data/dataset.toml, where they are kept): id, label and the
 * article's best choice as the widget names it.
 */
export function useCases() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const header = "| id | label (from the article) | article's best choice | where the article says so |";
  const rows = readme.slice(readme.indexOf(header)).split('\n').slice(2);
  return rows
    .filter((_, i) => rows.slice(0, i + 1).every((line) => line.startsWith('|')))
    .map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim().replace(/^`|`$/g, '')))
    .map(([id, label, best]) => ({ id, label, best }));
}
