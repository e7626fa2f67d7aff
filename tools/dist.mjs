// `make dist`: after the release build, writes what needs the folder's
// absolute address (the link-preview cards and tags, the use-case pages and
// the oEmbed files, by the `verdict-cards` tool), then the manifest of every
// file with its sha384 integrity hash, the ready-to-paste snippet (script tag
// and stylesheet link with integrity and crossorigin, and the element with
// its static fallback) and the iframe snippet for hosts that allow no script.
//
// Usage: node tools/dist.mjs DIST_DIR BASE_URL

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sri, walk } from './files.mjs';
import { prerender, stylesheetLink } from './prerender.mjs';

const [dir = 'dist', rawBase = 'https://YOUR-HOST/backend-verdict/'] = process.argv.slice(2);
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

// Cards, previews, use-case pages and oEmbed first, so the manifest lists them.
execFileSync('cargo', ['run', '--quiet', '--release', '--locked', '-p', 'verdict-cards', '--', dir, base], {
  stdio: ['ignore', 'inherit', 'inherit'],
});

const built = (pattern, what) => {
  const name = readdirSync(dir).find((file) => pattern.test(file));
  if (!name) throw new Error(`no ${what} in ${dir}; run the release build first`);
  return name;
};
const stylesheet = built(/^widget-[0-9a-f]+\.css$/, 'widget stylesheet');
const stylesheetIntegrity = sri(readFileSync(join(dir, stylesheet)));

// Each use-case page (written by verdict-cards from index.html) draws its
// own use case's widget; its links resolve against `<base href="../../">`.
for (const page of readdirSync(join(dir, 'use-case'))) {
  const path = join(dir, 'use-case', page, 'index.html');
  writeFileSync(path, prerender(readFileSync(path, 'utf8'), { stylesheet: `./${stylesheet}`, integrity: stylesheetIntegrity, page: './' }));
}

// A Hugo shortcode and a Jekyll include that write the iframe and its
// helper, since both drop raw HTML from Markdown by default. Copy the first
// to layouts/shortcodes/ (`{{< backend-verdict preset="ai-ml" >}}`), the
// second to _includes/ (`{% include backend-verdict.html preset="ai-ml" %}`).
const frameAttributes = 'title="Backend Verdict: Python or Node.js for your backend?" loading="lazy" width="100%" height="900" frameborder="0" style="border:0;max-width:100%"';
mkdirSync(join(dir, 'platforms/hugo/layouts/shortcodes'), { recursive: true });
writeFileSync(
  join(dir, 'platforms/hugo/layouts/shortcodes/backend-verdict.html'),
  `{{- /* Backend Verdict: {{< backend-verdict preset="ai-ml" >}} (preset and theme optional). */ -}}
<iframe src="${base}frame.html{{ with .Get "preset" }}?preset={{ . }}{{ end }}{{ with .Get "theme" }}{{ if $.Get "preset" }}&{{ else }}?{{ end }}theme={{ . }}{{ end }}" ${frameAttributes}></iframe>
<script src="${base}frame-resize.js" async></script>
`,
);
mkdirSync(join(dir, 'platforms/jekyll/_includes'), { recursive: true });
writeFileSync(
  join(dir, 'platforms/jekyll/_includes/backend-verdict.html'),
  `{% comment %}Backend Verdict: {% include backend-verdict.html preset="ai-ml" %} (preset and theme optional).{% endcomment %}
<iframe src="${base}frame.html{% if include.preset %}?preset={{ include.preset | url_encode }}{% endif %}{% if include.theme %}{% if include.preset %}&{% else %}?{% endif %}theme={{ include.theme | url_encode }}{% endif %}" ${frameAttributes}></iframe>
<script src="${base}frame-resize.js" async></script>
`,
);

const files = walk(dir)
  .filter((path) => !/(manifest\.json|snippet\.html)$/.test(path))
  .map((path) => {
    const bytes = readFileSync(path);
    return { path: relative(dir, path), bytes: bytes.length, integrity: sri(bytes) };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

const versioned = files.find((f) => /^embed-[0-9a-f]+\.js$/.test(f.path));
if (!versioned) throw new Error(`no versioned embed loader in ${dir}; run the release build first`);
const stylesReady = files.find((f) => f.path === 'styles-ready.js');
if (!stylesReady) throw new Error(`no styles-ready.js in ${dir}; run the release build first`);
const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];

// The fallback comes from the same data and model as the widget.
const fallback = execFileSync(
  'cargo',
  ['run', '--quiet', '--locked', '-p', 'verdict-core', '--bin', 'fallback', '--', base],
  { encoding: 'utf8' },
).trim();

// The widget drawn in at build time (a declarative shadow root) before the
// fallback, which browsers without declarative shadow DOM show instead.
const remote = { stylesheet: `${base}${stylesheet}`, integrity: stylesheetIntegrity };
const snippet = `<!-- Backend Verdict ${version}: paste where the widget should appear. It is drawn in, so your readers
     see it and its verdict at once and nothing on your page moves when its script takes over. -->
${stylesheetLink(remote)}
<script src="${base}${stylesReady.path}" integrity="${stylesReady.integrity}" crossorigin="anonymous"></script>
<script type="module" src="${base}${versioned.path}" integrity="${versioned.integrity}" crossorigin="anonymous"></script>
${prerender(`<backend-verdict>\n${fallback}\n</backend-verdict>`, { ...remote, page: base })}
`;
writeFileSync(join(dir, 'snippet.html'), snippet);
writeFileSync(
  join(dir, 'frame-snippet.html'),
  `<!-- Backend Verdict ${version} for hosts that allow no script tag: the iframe alone works at its
     own height (and scrolls); the one-line helper, where a script is allowed, sizes it to fit. -->
<iframe src="${base}frame.html" ${frameAttributes}></iframe>
<script src="${base}frame-resize.js" async></script>
`,
);
writeFileSync(
  join(dir, 'manifest.json'),
  `${JSON.stringify({ name: 'backend-verdict', version, base, embed: versioned.path, alias: 'embed.js', files }, null, 2)}\n`,
);
console.log(`dist: wrote ${dir}/manifest.json (${files.length} files) and ${dir}/snippet.html for ${base}`);
