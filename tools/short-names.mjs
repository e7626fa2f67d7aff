// Shorter names between the wasm and wasm-bindgen's glue.
//
// wasm-bindgen names each import after the function it binds and a 16-digit
// hash (`__wbg_focus_7d08b55eba7b368d`), from a module named after the
// crate (`./backend-verdict_bg.js`), and exports its closures' entry points
// by their mangled paths (`wasm_bindgen__convert__closures_____invoke__h…`);
// each name is in the wasm and again in the glue, and the hashes do not
// compress. Renaming both sides to short names is the same program in fewer
// bytes: about 2.8 KB after brotli here. The glue is searched for each old
// name as a whole key or identifier, and an import must be found exactly
// once (its key in the import object), or the build stops. `memory` and
// `main` keep their names.

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
      throw new Error(`short-names: unknown import kind ${kind}`);
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
 * renamed, that module named `to`, and the exports renamed.
 */
export function shortenNames(wasm, glue, { module, to = 'a' }) {
  const imported = shortenImports(wasm, glue, { module, to });
  return { ...shortenExports(imported.wasm, imported.glue), imports: imported.count };
}

/** Where section `id` of the wasm lies: [its id's offset, its body's start, its size]. */
function section(wasm, id, what) {
  let at = 8;
  while (at < wasm.length) {
    const [size, start] = leb(wasm, at + 1);
    if (wasm[at] === id) return [at, start, size];
    at = start + size;
  }
  throw new Error(`short-names: the wasm has no ${what} section`);
}

const KEPT_EXPORTS = new Set(['memory', 'main']);

function shortenExports(wasm, glue) {
  const [at, start, size] = section(wasm, 7, 'export');
  const [count, first] = leb(wasm, start);
  const entries = [];
  let cursor = first;
  let renamed = 0;
  for (let i = 0; i < count; i += 1) {
    const [nameLength, nameAt] = leb(wasm, cursor);
    const name = wasm.subarray(nameAt, nameAt + nameLength).toString('utf8');
    const [, end] = leb(wasm, nameAt + nameLength + 1);
    const description = wasm.subarray(nameAt + nameLength, end);
    let kept = name;
    if (!KEPT_EXPORTS.has(name)) {
      // Capitals, so no short name is also an import's.
      kept = shortName(renamed).toUpperCase();
      renamed += 1;
      // (One the glue never names, such as wasm-bindgen's abort flags,
      // is named by nothing else either.)
      glue = glue.replace(new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g'), kept);
    }
    entries.push(...encodeName(kept), ...description);
    cursor = end;
  }
  const body = [...encodeLeb(count), ...entries];
  const rebuilt = Buffer.from([7, ...encodeLeb(body.length), ...body]);
  return { wasm: Buffer.concat([wasm.subarray(0, at), rebuilt, wasm.subarray(start + size)]), glue, exports: renamed };
}

function shortenImports(wasm, glue, { module, to }) {
  const [at, start, size] = section(wasm, 2, 'import');
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
  const rebuilt = Buffer.from([2, ...encodeLeb(body.length), ...body]);
  const newWasm = Buffer.concat([wasm.subarray(0, at), rebuilt, wasm.subarray(start + size)]);

  let newGlue = replaceOnce(glue, new RegExp(`(["'])${escape(module)}\\1`, 'g'), `"${to}"`, module);
  for (const [field, name] of renamed) {
    newGlue = replaceOnce(newGlue, new RegExp(`(?<![\\w$])${escape(field)}(?![\\w$])`, 'g'), name, field);
  }
  return { wasm: newWasm, glue: newGlue, count: renamed.size };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function replaceOnce(text, pattern, replacement, what) {
  const found = text.match(pattern)?.length ?? 0;
  if (found !== 1) throw new Error(`short-names: expected ${what} once in the glue, found it ${found} times`);
  return text.replace(pattern, replacement);
}
