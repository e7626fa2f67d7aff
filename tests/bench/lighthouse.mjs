// Lighthouse on a plain blog post without and with the widget (served from
// another loopback origin), and on the standalone page, with the mobile and
// desktop presets: what embedding Backend Verdict costs a host page. Part of
// `make bench`; Lighthouse itself lives in tests/bench/lighthouse/ (pinned,
// installed by `make bench`, never by `make test`) and drives Debian's
// Chromium (CHROME_PATH).

import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { serve } from '../../tools/server.mjs';

const require = createRequire(new URL('./lighthouse/package.json', import.meta.url));
const { default: lighthouse, desktopConfig } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const words = 'A paragraph of the post, long enough to wrap over a few lines in a narrow column of text, as blog posts do. '.repeat(3);
const post = (widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post</title>
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; } main { max-width: 700px; margin: 0 auto; padding: 0 16px; }</style>
</head><body><main><h1>Python or Node.js?</h1><p>${words}</p>
${widget}
<p>${words}</p><p>${words}</p></main></body></html>`;
// The README's snippet: the stylesheet that holds the widget's space, the
// loader, the element with a one-line fallback. `scriptOnly` leaves the
// stylesheet out (the loader then holds the space once it runs, which is
// after the first paint).
const WIDGET = (origin, scriptOnly = false) => `${scriptOnly ? '' : `<link rel="stylesheet" href="${origin}/embed.css">`}
<script type="module" src="${origin}/embed.js"></script>
<backend-verdict preset="web-api"><p>Python or Node.js for a web API? <a href="${origin}/">See the verdict</a>.</p></backend-verdict>`;

function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
}

/** Lighthouse scores for each page and preset, one run each. */
export async function runLighthouse(dist) {
  const assets = await serve({ root: dist, headers: () => ({ 'access-control-allow-origin': '*' }) });
  const host = await serve({
    pages: {
      '/without.html': post('<p>(No widget here.)</p>'),
      '/with.html': post(WIDGET(assets.origin)),
      '/script-only.html': post(WIDGET(assets.origin, true)),
    },
  });
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pages = [
    ['blog post without the widget', host.url('/without.html')],
    ['blog post with the widget', host.url('/with.html')],
    ['blog post, script tag only', host.url('/script-only.html')],
    ['standalone page', assets.url('/')],
  ];
  const rows = [];
  try {
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      for (const [name, url] of pages) {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config);
        const audit = (id) => lhr.audits[id];
        const lcpElement = audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node?.selector || '';
        rows.push({
          page: name,
          preset,
          performance: Math.round(lhr.categories.performance.score * 100),
          cls: audit('cumulative-layout-shift').numericValue,
          tbtMs: audit('total-blocking-time').numericValue,
          lcpMs: audit('largest-contentful-paint').numericValue,
          lcpElement,
        });
      }
    }
  } finally {
    chrome.kill();
    await host.close();
    await assets.close();
  }
  return rows;
}
