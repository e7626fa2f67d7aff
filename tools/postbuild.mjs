// Trunk post-build hook: writes the embed loader beside the bundle and makes
// the standalone page load through it.
//
// The loader is an ES module that imports wasm-bindgen's glue by a relative
// path and fetches the wasm relative to its own URL, so the built folder
// works from any host, sub-path or CDN. The wasm's sha384 goes into that
// fetch, since a script's own SRI hash does not cover what it fetches.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from 'terser';
import { sri, walk } from './files.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');

const files = readdirSync(dir);
const only = (pattern, what) => {
  const found = files.filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${dir}, found: ${found.join(', ') || 'none'}`);
  return found[0];
};
const glue = only(/^backend-verdict-[0-9a-f]+\.js$/, 'wasm-bindgen glue file');
const wasm = only(/^backend-verdict-[0-9a-f]+_bg\.wasm$/, 'wasm file');

// Minify wasm-bindgen's glue and the JS snippets in release builds: they
// travel with every embed, and Trunk's own minifier cannot parse the glue.
const release = process.env.TRUNK_PROFILE === 'release';
const scripts = [join(dir, glue), ...walk(join(dir, 'snippets')).filter((path) => path.endsWith('.js'))];
// The iframe's script and the host's resize helper (static/, copied as is):
// minified too, but no part of the embed the loader fetches.
const frameScripts = [join(dir, 'frame.js'), join(dir, 'frame-resize.js')];
if (release) {
  for (const path of [...scripts, ...frameScripts]) {
    const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
  }
}

const wasmIntegrity = sri(readFileSync(join(dir, wasm)));

// The loader: src/loader.js with the bundle's names, the wasm's hash and
// the widget's measured heights (src/heights.json, from tools/heights.mjs)
// filled in. Without a table (a first build) it holds no space.
const source = (name) => readFileSync(new URL(`../src/${name}`, import.meta.url), 'utf8');
let heights;
try {
  heights = source('heights.json').trim();
} catch {
  heights = JSON.stringify({ regular: [[1e9, 0]], compact: [[1e9, 0]] });
}
let loader = source('loader.js')
  .replace('__GLUE__', glue)
  .replace(
    '__GLUE_IMPORTS__',
    JSON.stringify(scripts.slice(1).map((path) => `./${relative(dir, path).split('\\').join('/')}`)),
  )
  .replace('__WASM__', wasm)
  .replace('__WASM_INTEGRITY__', wasmIntegrity)
  .replace('__HEIGHTS__', heights);
if (release) {
  const { code } = await minify(loader, { module: true, compress: true, mangle: true });
  // The minified loader still tells a reader of the page's source what it is.
  loader = `// Backend Verdict embed loader: <script type="module" src=".../embed.js"></script> <backend-verdict></backend-verdict>\n${code}`;
}
// embed.css: the same heights as a stylesheet, for hosts that want the space
// held from the page's first paint, before any script runs (a stylesheet
// link in the body holds back what follows it until it loads). The element
// marks itself `:state(settled)` once its widget has drawn itself at that
// height, or could not load; without scripting nothing is held.
function heightsCss(table) {
  const rules = [];
  for (const [layout, runs] of Object.entries(table)) {
    const selector = `backend-verdict${layout === 'compact' ? '[compact]' : ':not([compact])'}:not(:state(settled))::before`;
    rules.push(`${selector}{content:"";float:left;inline-size:0;block-size:${runs[0][1]}px}`);
    runs.slice(1).forEach(([, height], i) => {
      rules.push(`@container (min-width:${runs[i][0] + 0.01}px){${selector}{block-size:${height}px}}`);
    });
  }
  rules.push(':where(backend-verdict:not(:state(settled))){display:flow-root}');
  return `/* Backend Verdict: holds each widget's height at load (see README) */
:where(backend-verdict){display:block;container-type:inline-size}
@media (scripting:enabled){
${rules.join('\n')}
}
`;
}
const css = heightsCss(JSON.parse(heights));
const versionedCss = `embed-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(dir, versionedCss), css);
writeFileSync(join(dir, 'embed.css'), css);

const versioned = `embed-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, versioned), loader);
writeFileSync(join(dir, 'embed.js'), loader);

// The standalone page: swap Trunk's inline module script for the loader.
const indexPath = join(dir, 'index.html');
const page = readFileSync(indexPath, 'utf8');
const inline = /<script type="?module"?[^>]*>\s*import init[\s\S]*?<\/script>/;
if (!inline.test(page)) throw new Error('Trunk\'s inline loader was not found in index.html');
// Trunk also preloads the wasm with an integrity attribute Chromium ignores
// for preloads (and warns about); the loader's own fetch carries the hash.
const wasmPreload = /<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/;
const preloads = /<link rel="modulepreload"[^>]*>/g;
writeFileSync(
  indexPath,
  page
    .replace(inline, `<script type="module" src="./${versioned}"></script>`)
    // Before the page's own stylesheet link, so it is in place at first paint.
    .replace(/(<link rel="stylesheet")/, `<link rel="stylesheet" href="./${versionedCss}">$1`)
    .replace(wasmPreload, '')
    // The loader fetches the glue and its imports itself, after the first
    // paint; preloading them would compete with the page's own content.
    .replace(preloads, '')
    // An integrity check needs a CORS request wherever the page's origin is
    // not the file's: in a sandboxed frame (opaque origin) a stylesheet
    // with `integrity` but no `crossorigin` is refused, and the page shows
    // unstyled.
    .replace(/<(link|script)\b(?![^>]*\bcrossorigin)([^>]*\bintegrity=)/g, '<$1 crossorigin="anonymous"$2'),
);
console.log(`postbuild: wrote embed.js and ${versioned} for ${glue}`);
