// Which built files a page with the embed loads: the loader (or another
// entry script), what it
// imports (found by reading the files, not by name patterns alone) and the
// wasm it fetches.

import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export function embedAssets(dist, entry = 'embed.js') {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = readFileSync(join(dist, path), 'utf8');
    // Static imports (`from './x.js'`, `import './x.js'`, minified or not)
    // and the wasm named in `new URL('./x.wasm', import.meta.url)`.
    for (const [, spec] of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(normalize(join(dirname(path), spec)));
    }
    for (const [, spec] of text.matchAll(/new URL\(\s*["'](\.{1,2}\/[^"']+\.wasm)["']/g)) {
      seen.add(normalize(join(dirname(path), spec)));
    }
  };
  visit(entry);
  return [...seen];
}
