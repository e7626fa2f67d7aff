// Launches Debian's Chromium through playwright-core (never a downloaded
// browser), with the flags this machine needs.

import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import './fonts.mjs';

/**
 * A Debian browser's path: `$variable` if set, else the first of `names`
 * on PATH; `hint` says which package to install when none is.
 */
export function executable(variable, names, hint) {
  if (process.env[variable]) return process.env[variable];
  for (const name of names) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // Try the next name.
    }
  }
  throw new Error(hint);
}

const chromiumPath = () =>
  executable('CHROMIUM_PATH', ['chromium', 'chromium-browser'], "Chromium not found: install Debian's chromium package (make setup does)");

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Exact heap sizes for the benchmark's memory figure.
      '--enable-precise-memory-info',
    ],
  });
}

/**
 * Opens a page in a fresh context, recording console messages, page errors
 * and every request URL.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('request', (request) => log.requests.push(request.url()));
  if (url) await page.goto(url);
  return { context, page, log };
}
