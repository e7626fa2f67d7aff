// The widget's stylesheet as it ships (`widget-<hash>.css`), from
// src/widget.css: comments out, whitespace cut, and every selector anchored
// at `:host`.
//
// The anchor is what lets a page link the same file in its own head or body
// (which makes Firefox and WebKit wait for it before the first paint, as
// Chromium does for a declarative shadow root's own link): in a document
// `:host` matches nothing, so not one rule reaches the host page, while in
// the widget's shadow root `:host .verdict` is `.verdict`, one pseudo-class
// more specific, for every rule alike. Keyframe selectors stay as they are.

const GROUPING = /^@(media|supports|container|layer|scope|document)\b/;

/** The shipped stylesheet for `source`. */
export function widgetStylesheet(source) {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '');
  return minify(rules(text));
}

// Rewrites a list of rules, descending into grouping at-rules.
function rules(text) {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    const semicolon = text.indexOf(';', at);
    if (open < 0) {
      out += text.slice(at);
      break;
    }
    // A statement at-rule (`@import …;`) before the next block.
    if (semicolon >= 0 && semicolon < open && text.slice(at, semicolon).trim().startsWith('@')) {
      out += text.slice(at, semicolon + 1);
      at = semicolon + 1;
      continue;
    }
    const prelude = text.slice(at, open).trim();
    const close = matching(text, open);
    const body = text.slice(open + 1, close);
    if (GROUPING.test(prelude)) out += `${prelude}{${rules(body)}}`;
    else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    else out += `${anchored(prelude)}{${body}}`;
    at = close + 1;
  }
  return out;
}

// The index of the brace that closes the one at `open`.
function matching(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`src/widget.css: unclosed block at ${text.slice(open - 40, open)}`);
}

// `a, b:is(c, d)` to `:host a, :host b:is(c, d)`; `:host…` stays.
function anchored(selectors) {
  const list = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= selectors.length; i += 1) {
    const c = selectors[i];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if ((c === ',' && depth === 0) || i === selectors.length) {
      list.push(selectors.slice(start, i).trim());
      start = i + 1;
    }
  }
  return list.map((selector) => (selector.startsWith(':host') ? selector : `:host ${selector}`)).join(',');
}

// Runs of whitespace to one space, none around punctuation where CSS
// allows (a space before a colon may separate a descendant pseudo-class);
// `0.5rem` to `.5rem`, `#ffffff` to `#fff`.
function minify(css) {
  return css
    .replace(/\s+/g, ' ')
    .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2')
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
