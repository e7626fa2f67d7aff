// Shorter names for what the wasm imports from wasm-bindgen's glue.
//
// wasm-bindgen names each import after the function it binds and a 16-digit
// hash (`__wbg_focus_7d08b55eba7b368d`), from a module named after the
// crate (`./backend-verdict_bg.js`); each name is in the wasm's import
// section and again in the glue's import object, and the hashes do not
// compress. Renaming both sides to short names, in the same order, is the
// same program in fewer bytes: about 2 KB after brotli for a hundred
// imports. The glue is searched for each old name as a whole quoted key or
// identifier, and every one must be found exactly once, or the build stops.

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at];
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const encodeName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return [...encodeLeb(bytes.length), ...bytes];
};

// The length of one import's description (after its two names), by kind:
// function, table, memory, global, tag.
function descriptionEnd(bytes, at) {
  const kind = bytes[at];
  at += 1;
  const limits = (from) => {
    const flags = bytes[from];
    let [, next] = leb(bytes, from + 1);
    if (flags & 1) [, next] = leb(bytes, next);
    return next;
  };
  switch (kind) {
    case 0:
      return leb(bytes, at)[1];
    case 1:
      return limits(at + 1);
    case 2:
      return limits(at);
    case 3:
      return at + 2;
    case 4:
      return leb(bytes, at + 1)[1];
    default:
      throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/** A short identifier for the n-th import: a, b, …, z, aa, ab, … */
function shortName(n) {
  let name = '';
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}

/**
 * The wasm (bytes) and its glue (text) with every import of `module`
 * renamed, and that module named `to`.
 */
export function shortenImports(wasm, glue, { module, to = 'a' }) {
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    if (id !== 2) {
      at = start + size;
      continue;
    }
    const [count, first] = leb(wasm, start);
    const entries = [];
    const renamed = new Map();
    let cursor = first;
    for (let i = 0; i < count; i += 1) {
      const [moduleLength, moduleAt] = leb(wasm, cursor);
      const from = wasm.subarray(moduleAt, moduleAt + moduleLength).toString('utf8');
      const [fieldLength, fieldAt] = leb(wasm, moduleAt + moduleLength);
      const field = wasm.subarray(fieldAt, fieldAt + fieldLength).toString('utf8');
      const end = descriptionEnd(wasm, fieldAt + fieldLength);
      const description = wasm.subarray(fieldAt + fieldLength, end);
      if (from === module) {
        const name = shortName(renamed.size);
        renamed.set(field, name);
        entries.push(...encodeName(to), ...encodeName(name), ...description);
      } else {
        entries.push(...encodeName(from), ...encodeName(field), ...description);
      }
      cursor = end;
    }
    const body = [...encodeLeb(count), ...entries];
    const section = Buffer.from([2, ...encodeLeb(body.length), ...body]);
    const newWasm = Buffer.concat([wasm.subarray(0, at), section, wasm.subarray(start + size)]);

    let newGlue = replaceOnce(glue, new RegExp(`(["'])${escape(module)}\\1`, 'g'), `"${to}"`, module);
    for (const [field, name] of renamed) {
      newGlue = replaceOnce(newGlue, new RegExp(`(?<![\\w$])${escape(field)}(?![\\w$])`, 'g'), name, field);
    }
    return { wasm: newWasm, glue: newGlue, count: renamed.size };
  }
  throw new Error('short-imports: the wasm has no import section');
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function replaceOnce(text, pattern, replacement, what) {
  const found = text.match(pattern)?.length ?? 0;
  if (found !== 1) throw new Error(`short-imports: expected ${what} once in the glue, found it ${found} times`);
  return text.replace(pattern, replacement);
}
