// The static server behind `make serve` (and every browser test) answers a
// malformed request with 400 and keeps serving.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

/** Sends a GET with `path` exactly as written (no client-side escaping). */
function get(origin, path) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('make serve answers a malformed path with 400 and keeps serving', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'bv-serve-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  // The same script and arguments `make serve` runs, on a free port.
  const server = spawn(process.execPath, ['tools/serve.mjs', root, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => server.kill());
  let exited = null;
  server.on('exit', (code) => { exited = code; });
  const origin = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) resolve(found[0]);
    });
    server.on('exit', () => reject(new Error(`the server exited before it listened: ${out}`)));
  });

  for (const bad of ['/%E0%A4%A', '/%', '/%ZZ/index.html']) {
    const answer = await get(origin, bad);
    assert.equal(answer.status, 400, bad);
  }
  const traversal = await get(origin, '/..%2F..%2Fetc%2Fpasswd');
  assert.ok([403, 404].includes(traversal.status), `traversal answered ${traversal.status}`);
  const page = await get(origin, '/');
  assert.equal(page.status, 200);
  assert.match(page.body, /<title>ok<\/title>/);
  assert.equal(exited, null, 'the server is still running');
});
