// The system font the browsers see. Readers' devices have other system
// fonts than these machines (SF Pro, Segoe UI, Roboto, Noto), and a height
// measured with one is wrong with another, so the tests that hold "nothing
// moves" run with more than one. Each browser process reads fontconfig's
// user file under XDG_CONFIG_HOME when it starts; this module writes one
// that puts a family first for `sans-serif`, `sans` and `system-ui` (what
// the widget's font stack meets on Linux), DejaVu Sans unless a test asks
// for another, so every run sees the same font whatever else is installed
// (`make setup` installs Noto Sans and Liberation Sans beside it).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The families the zero-shift tests cover; the first is the default. */
export const FONTS = ['DejaVu Sans', 'Noto Sans', 'Liberation Sans'];

const made = [];
process.on('exit', () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Browsers started from now on in this process see `family` as their system font. */
export function useSystemFont(family) {
  const dir = mkdtempSync(join(tmpdir(), 'bv-fonts-'));
  made.push(dir);
  mkdirSync(join(dir, 'fontconfig'));
  const rules = ['sans-serif', 'sans', 'system-ui'].map(
    (generic) =>
      `<match target="pattern"><test name="family"><string>${generic}</string></test><edit name="family" mode="prepend_first" binding="strong"><string>${escape(family)}</string></edit></match>`,
  );
  writeFileSync(join(dir, 'fontconfig', 'fonts.conf'), `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${rules.join('\n')}\n</fontconfig>\n`);
  process.env.XDG_CONFIG_HOME = dir;
}

useSystemFont(FONTS[0]);
