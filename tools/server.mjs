// A small static file server on loopback for `make serve`, the browser
// tests and the benchmark. It can serve the bundle under a sub-path, add
// headers (a CSP, CORS), answer 404 for chosen paths, serve extra pages from
// memory, and count requests per path. A malformed request gets a 400 and
// never ends the server (tests/e2e/server.test.mjs).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts a server. Options:
 * - root: folder to serve (the built dist/).
 * - prefix: URL path the folder is served under, e.g. '/blog/widgets/bv/'.
 * - pages: { '/path': html } served from memory (as HTML, or by the path's
 *   extension: '/record.js' is served as JavaScript).
 * - headers: (path) => extra headers for a response.
 * - missing: (path) => true to answer 404 for that path.
 * - prelude: markup put first in every HTML page's head (the browser
 *   tests' error recorder).
 * - hold: (path) => a promise to answer that path only once it settles
 *   (a test lets the wasm through when it has seen the page without it),
 *   or nothing.
 */
export async function serve({ root, prefix = '/', pages = {}, headers = () => ({}), missing = () => false, prelude = '', hold = () => null, port = 0 } = {}) {
  const withPrelude = (type, body) => {
    if (!prelude || type !== TYPES['.html']) return body;
    const html = String(body);
    const head = html.match(/<head[^>]*>/i);
    return head ? html.replace(head[0], head[0] + prelude) : prelude + html;
  };
  const hits = new Map();
  // Large headers allowed: a test opens a link with a 100 KB query.
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's mistake: answer it,
      // never let it end the server.
      response.writeHead(400, { 'content-type': TYPES['.txt'] });
      return response.end('bad request');
    }
    hits.set(path, (hits.get(path) || 0) + 1);
    await hold(path);
    const extra = headers(path);
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      response.end(withPrelude(type, body));
    };
    if (request.method === 'OPTIONS') return send(204, 'text/plain', '');
    // A page is HTML unless its path says otherwise (a test's own script).
    if (pages[path] !== undefined) return send(200, TYPES[extname(path)] || TYPES['.html'], pages[path]);
    // Chromium asks every page for /favicon.ico; the test pages have none.
    if (path === '/favicon.ico') return send(204, TYPES['.txt'], '');
    if (missing(path) || !root || !path.startsWith(prefix)) return send(404, TYPES['.txt'], 'not found');
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) return send(403, TYPES['.txt'], 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      send(200, TYPES[extname(file)] || 'application/octet-stream', body);
    } catch {
      send(404, TYPES['.txt'], 'not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = server.address().port;
  return {
    origin: `http://127.0.0.1:${actual}`,
    url: (path = '') => `http://127.0.0.1:${actual}${path}`,
    hits,
    // Idempotent, and it ends kept-alive connections: a test that fails
    // before closing its server leaves the after-each hook to do it.
    close: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
