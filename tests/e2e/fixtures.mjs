// Shared set-up for the browser test files: one loopback server over the
// built dist/ and one Chromium per file.

import { mkdirSync } from 'node:fs';
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
