// Which built files a page with the embed loads: the loader (or another
// entry script), what it
// imports (found by reading the files, not by name patterns alone) and the
// wasm and stylesheet it fetches.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** The embed's transfer budget: 80 KB, counted as 80,000 bytes. */
export const EMBED_BUDGET = 80_000;

/** A built file's size after brotli at quality 11, as a CDN would serve it. */
export function brotliSize(dist, path) {
  const bytes = readFileSync(join(dist, path));
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * The files an embed transfers: the README's snippet (the widget's
 * stylesheet, which the loader fetches too, the one-line script that waits
 * for it, and the loader), or another entry script, with what it imports
 * and fetches. (`embed.css`, for the script tag written by hand, is an
 * option the snippet does not use.)
 */
export function embedAssets(dist, entry = 'embed.js') {
  const seen = new Set(entry === 'embed.js' ? ['styles-ready.js'] : []);
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = readFileSync(join(dist, path), 'utf8');
    // Static imports (`from './x.js'`, `import './x.js'`, minified or not),
    // dynamic ones (`import('./x.js')`, or its path kept in a constant: any
    // quoted relative path to a script) and the wasm named in
    // `new URL('./x.wasm', import.meta.url)`, and the stylesheet likewise.
    for (const [, spec] of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(normalize(join(dirname(path), spec)));
    }
    // (wasm-bindgen's glue also names its import module `./<name>_bg.js`,
    // which is no file: only files that exist count.)
    for (const [, spec] of text.matchAll(/["'`](\.{1,2}\/[^"'`\s]+\.js)["'`]/g)) {
      const file = normalize(join(dirname(path), spec));
      if (existsSync(join(dist, file))) visit(file);
    }
    for (const [, spec] of text.matchAll(/new URL\(\s*["'](\.{1,2}\/[^"']+\.(?:wasm|css))["']/g)) {
      seen.add(normalize(join(dirname(path), spec)));
    }
  };
  visit(entry);
  return [...seen];
}
