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
import { drawnState, prerender, stylesheetLink } from './prerender.mjs';
import { shortenNames } from './short-names.mjs';
import { widgetStylesheet } from './widget-css.mjs';

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

// The wasm's imports and exports by short names, on both sides
// (tools/short-names.mjs).
{
  const shortened = shortenNames(readFileSync(join(dir, wasm)), readFileSync(join(dir, glue), 'utf8'), {
    module: './backend-verdict_bg.js',
  });
  writeFileSync(join(dir, wasm), shortened.wasm);
  writeFileSync(join(dir, glue), shortened.glue);
}

const wasmIntegrity = sri(readFileSync(join(dir, wasm)));

// The widget's stylesheet, one file the loader fetches and every page's
// declarative shadow roots link (tools/widget-css.mjs).
const widgetCss = widgetStylesheet(readFileSync(new URL('../src/widget.css', import.meta.url), 'utf8'));
const stylesheet = `widget-${createHash('sha256').update(widgetCss).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(dir, stylesheet), widgetCss);
const stylesheetIntegrity = sri(Buffer.from(widgetCss));
// The one line a pasted snippet needs so Firefox, too, holds the widget
// until its stylesheet is in: a classic script after the stylesheet's link
// waits for it, and so does the parser (README, "Embed it").
writeFileSync(join(dir, 'styles-ready.js'), '// Backend Verdict: see README\n');
// This build's stylesheet as the pages in the folder link it.
const local = { stylesheet: `./${stylesheet}`, integrity: stylesheetIntegrity };

// Fills in each placeholder, which must be there (a renamed one would
// otherwise ship as is).
function fill(text, values) {
  for (const [name, value] of Object.entries(values)) {
    if (!text.includes(name)) throw new Error(`postbuild: ${name} is not in src/loader.js`);
    text = text.replace(name, value);
  }
  return text;
}

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
let loader = fill(source('loader.js'), {
  __GLUE__: glue,
  __GLUE_IMPORTS__: JSON.stringify(scripts.slice(1).map((path) => `./${relative(dir, path).split('\\').join('/')}`)),
  __WASM_INTEGRITY__: wasmIntegrity,
  __WASM__: wasm,
  __STYLESHEET_INTEGRITY__: stylesheetIntegrity,
  __STYLESHEET__: stylesheet,
  __HEIGHTS__: heights,
});
if (release) {
  const { code } = await minify(loader, { module: true, compress: true, mangle: true });
  // The minified loader still tells a reader of the page's source what it is.
  loader = `// Backend Verdict's embed loader (see its README)\n${code}`;
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
// The standalone page draws its widget with the default weights; a shared
// link or weights saved on an earlier visit ask for others, which only the
// widget works out. restore.js, a classic script in the head, so before the
// first paint, sees whether they do (comparing with what the drawn widget
// says it holds) and, if so, page.css keeps that copy unseen until the
// widget has its verdict: no reader sees a verdict they did not ask for.
const drawnPage = prerender(page, local);
const { query, saved, storageKey } = drawnState(drawnPage);
writeFileSync(
  join(dir, 'restore.js'),
  `// Backend Verdict's standalone page, before its first paint: does a shared link or
// saved weights ask for another state than the widget drawn in? (tools/postbuild.mjs)
(() => {
  let saved = null;
  try {
    saved = localStorage.getItem(${JSON.stringify(storageKey)});
  } catch {
    // Blocked storage holds nothing.
  }
  const linked = /[?&](preset|weights)=/.test(location.search);
  if (linked ? location.search !== ${JSON.stringify(query)} : saved !== null && saved !== ${JSON.stringify(saved)}) {
    document.documentElement.classList.add('bv-restoring');
  }
})();
`,
);
writeFileSync(
  indexPath,
  drawnPage
    .replace('</head>', '<script src="./restore.js"></script></head>')
    .replace(inline, `<script type="module" src="./${versioned}"></script>`)
    // The widget's stylesheet in the head too: Firefox and WebKit hold the
    // first paint for it there, not for the shadow root's own link.
    .replace(/(<link rel="stylesheet")/, `${stylesheetLink(local)}$1`)
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
// The frame: the widget drawn in, and its stylesheet in place of the
// height table the script-only embed needs.
const framePath = join(dir, 'frame.html');
const frame = readFileSync(framePath, 'utf8');
if (!frame.includes('<link rel="stylesheet" href="embed.css">')) throw new Error('frame.html no longer links embed.css');
// WordPress frames it sandboxed, with no origin, where a CORS request to
// its own folder fails without CORS headers: the stylesheet goes without
// its hash, as frame.css does (the loader still checks it when it fetches).
const framed = { stylesheet: local.stylesheet };
writeFileSync(framePath, prerender(frame, { ...framed, page: './' }).replace('<link rel="stylesheet" href="embed.css">', stylesheetLink(framed)));

console.log(`postbuild: wrote embed.js and ${versioned} for ${glue}`);
