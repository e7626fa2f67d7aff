// The Yew floor and the plain-HTML reference from ../shared/bench, measured
// beside the product in the same run (absolute times on these machines
// vary by 30% and more from run to run; ratios measured side by side hold).
// The floor is copied under target/ and built there with the pinned Trunk
// and npm's wasm-opt, like the product; nothing of it is committed.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../../shared/bench/', import.meta.url));
const WORK = fileURLToPath(new URL('../../target/bench-floor/', import.meta.url));

/**
 * Builds the floor (skipped when its sources have not changed since the
 * last build). Returns { floorDist, referenceDir } or { missing: reason }.
 */
export function prepareBaselines() {
  const floorSource = join(SHARED, 'floor');
  const reference = join(SHARED, 'reference');
  if (!existsSync(join(floorSource, 'Cargo.toml')) || !existsSync(join(reference, 'index.html'))) {
    return { missing: `${SHARED} is absent: measuring the product alone` };
  }
  const stamp = ['Cargo.toml', 'Cargo.lock', 'index.html', 'src/main.rs']
    .map((file) => (existsSync(join(floorSource, file)) ? readFileSync(join(floorSource, file), 'utf8') : ''))
    .join('\n');
  const dist = join(WORK, 'dist');
  const stampFile = join(WORK, 'built-from.txt');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    mkdirSync(WORK, { recursive: true });
    cpSync(floorSource, WORK, { recursive: true });
    console.log('building the Yew floor (../shared/bench/floor) for the side-by-side run…');
    // Its own lock file may name crates not yet in the local registry.
    execFileSync('cargo', ['fetch'], { cwd: WORK, stdio: 'inherit' });
    execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], { cwd: WORK, stdio: 'inherit' });
    writeFileSync(stampFile, stamp);
  }
  return { floorDist: dist, referenceDir: reference };
}
