// Puts the widget, rendered at build time by the app's own components (the
// native `backend-verdict` binary, src/prerender.rs), into each
// `<backend-verdict>` of a page as its declarative shadow root, so readers
// see the widget and its verdict at the first paint. A root already there
// (from an earlier run, or the page this one was made from) is rendered
// again for the element's attributes.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const TARGET = process.env.CARGO_TARGET_DIR || join(ROOT, 'target');
let binary;

/** Builds the native renderer once per process (a no-op when up to date). */
function renderer() {
  if (!binary) {
    execFileSync('cargo', ['build', '--quiet', '--locked', '-p', 'backend-verdict'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    binary = join(TARGET, 'debug', 'backend-verdict');
  }
  return binary;
}

const ELEMENT = /<backend-verdict\b([^>]*)>(\s*<template shadowrootmode="open">[\s\S]*?<\/template>)?/g;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/g;
const unescape = (text) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * `html` with every element's shadow root rendered. `stylesheet` and
 * `integrity`: the widget stylesheet's address as the page links it, and
 * its hash (none for a page that may load in a frame of no origin, where a
 * CORS request for it fails); `page`: the full page, for the line shown
 * where the widget cannot start (none on the full page itself).
 */
export function prerender(html, { stylesheet, integrity, page }) {
  let count = 0;
  const out = html.replace(ELEMENT, (_, attributes) => {
    const args = [];
    for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) args.push(value === undefined ? name : `${name}=${unescape(value)}`);
    args.push(`--stylesheet=${stylesheet}`);
    if (integrity) args.push(`--integrity=${integrity}`);
    if (page && !/\bstandalone\b/.test(attributes)) args.push(`--page=${page}`);
    count += 1;
    return `<backend-verdict${attributes}>${execFileSync(renderer(), args, { encoding: 'utf8' })}`;
  });
  if (!count) throw new Error('prerender: the page has no <backend-verdict> element');
  return out;
}

/**
 * The state the standalone page's drawn widget says it holds, as its
 * address and its storage would hold it (`src/prerender.rs` writes them on
 * the widget box): { query, saved, storageKey }.
 */
export function drawnState(html) {
  const found = /<div part="widget" data-query="([^"]*)" data-saved="([^"]*)" data-storage-key="([^"]*)"/.exec(html);
  if (!found) throw new Error('prerender: the page has no standalone widget that says what state it holds');
  const [query, saved, storageKey] = found.slice(1).map(unescape);
  return { query, saved, storageKey };
}

/** The page-level link that holds the first paint for the stylesheet (see tools/widget-css.mjs). */
export function stylesheetLink({ stylesheet, integrity }) {
  return `<link rel="stylesheet" href="${stylesheet}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''}>`;
}
