// Backend Verdict embed loader. Paste into a page:
//   <script type="module" src="https://YOUR-HOST/backend-verdict/embed.js"></script>
//   <backend-verdict preset="realtime"></backend-verdict>
//
// A good guest on the host page:
// - An element the page drew the widget into at build time (a declarative
//   shadow root: `make dist`'s snippet, the standalone page, the frame)
//   already shows the widget and its verdict at the first paint; the app
//   renders the same off the page and takes its place in one task
//   (src/element.js), keeping what the reader moved and where the focus
//   was, so nothing moves.
// - An element with nothing drawn in is defined at once, before the wasm,
//   and keeps the height its widget will have (measured from the built
//   widget, by width, with one font: see tools/heights.mjs), so little
//   below it moves when the widget replaces the fallback.
// - Each widget starts when it comes near the viewport or when the browser
//   is idle, whichever is first, one after another in tasks of about 30 ms,
//   so no start-up task blocks the page for long and a widget far down
//   still reaches its verdict.
// - The wasm is fetched and instantiated once per page, however many
//   elements there are.
// tools/postbuild.mjs fills in the names, the wasm's and the stylesheet's
// hashes and the heights.

const TAG = 'backend-verdict';
// The attributes the app reads. `compact` is not among them: it only
// changes the layout, through the stylesheet's :host([compact]).
const OBSERVED = ['preset', 'weights', 'theme', 'share-url', 'standalone'];
const GLUE = './__GLUE__';
// What the glue imports (wasm-bindgen's snippets), imported at once beside it.
const GLUE_IMPORTS = __GLUE_IMPORTS__;
const WASM = new URL('./__WASM__', import.meta.url);
const WASM_INTEGRITY = '__WASM_INTEGRITY__';
// The widget's stylesheet: the one a page's declarative shadow roots link,
// fetched beside the wasm for the roots the loader makes.
const STYLESHEET = new URL('./__STYLESHEET__', import.meta.url);
const STYLESHEET_INTEGRITY = '__STYLESHEET_INTEGRITY__';
// [up to this width in px, the widget's height there] in rising width, for
// the regular and the compact layout (the standalone page's is the regular).
const HEIGHTS = __HEIGHTS__;

// What the widget needs of the browser, named as README's browser table
// names them (a test compares the two, and browser tests take each away).
// Below any of them the element is never defined: readers keep the
// fallback content the page put inside it, and nothing throws.
const NEEDS = {
  'Custom elements': () => !!window.customElements,
  'Constructed stylesheets': () => typeof CSSStyleSheet == 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in Document.prototype,
  'Element internals': () => 'attachInternals' in HTMLElement.prototype,
  WebAssembly: () => typeof WebAssembly == 'object',
};
const missing = Object.keys(NEEDS).filter((name) => !NEEDS[name]());

// Unknown elements are inline; the reserved height needs a block. No
// specificity, so any rule of the host's wins.
let pageSheet;
if (!missing.length) {
  pageSheet = new CSSStyleSheet();
  pageSheet.replaceSync(`:where(${TAG}){display:block}`);
}

// The stylesheet's text, then the stylesheet and mount function once the
// wasm runs.
let css;
let widget;
let loading;
let failed = false;
// Elements whose turn came before the wasm was ready, in the order it came.
const queue = new Set();

function load() {
  // The glue, the scripts it imports and the wasm are fetched side by side,
  // not one round trip after another.
  loading ||= Promise.all([
    import(GLUE),
    fetch(WASM, { integrity: WASM_INTEGRITY }),
    // A missing or changed file fails its integrity check, so this rejects.
    fetch(STYLESHEET, { integrity: STYLESHEET_INTEGRITY }).then((response) => response.text()),
    ...GLUE_IMPORTS.map((path) => import(path)),
  ])
    .then(([{ default: init }, response, text]) => {
      css = text;
      return init({ module_or_path: response });
    })
    .catch((error) => {
      // The elements keep their fallback content; say once what failed.
      console.error(`Backend Verdict could not load ${WASM.href}: ${error && error.message ? error.message : error}`);
      giveUp();
    });
  return loading;
}

// No widget will start: those waiting keep their fallback content, at its
// own height, and so does any element added later; a widget the page drew
// at build time stays, and says its sliders cannot move here.
function giveUp() {
  failed = true;
  queue.clear();
  for (const element of document.querySelectorAll(TAG)) {
    element.release?.();
    cannotStart(element);
  }
}

// Shows the line a build-time widget carries, hidden, for a page where its
// sliders cannot work (the stylesheet shows it, too, where scripting is off).
function cannotStart(element) {
  element.shadowRoot?.querySelector('.needs-script')?.removeAttribute('hidden');
}

// Calls back once the page has painted. A frame callback is not enough: on
// a long page Chromium runs frames before the first paint while the parser
// still works, so the fetch would start before it (measured: 20 to 110 ms
// before first-contentful-paint). The paint timing entry says it has
// happened; a hidden page never paints, so a timer stands in.
function afterFirstPaint(callback, orAfterLoad) {
  if (performance.getEntriesByType('paint').length > 0 || !window.PerformanceObserver) return callback();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    setTimeout(callback, 0);
  };
  const observer = new PerformanceObserver(once);
  observer.observe({ type: 'paint' });
  const timer = setTimeout(once, document.visibilityState === 'hidden' ? 0 : 1000);
  // On a page whose first contentful paint is the widget itself (the
  // iframe's page, a page of nothing else) no paint comes first: for an
  // embed, a frame after the page has loaded is enough (measured on such a
  // page: the verdict at 1,150 ms, the timer's second, before; 260 to
  // 380 ms after). Not on the standalone page, whose load comes before its
  // first paint: fetching then put the wasm before the page's largest
  // paint again (Lighthouse mobile, 1.2 s to 2.8 s).
  if (!orAfterLoad) return;
  const afterLoad = () => requestAnimationFrame(() => setTimeout(once, 0));
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}

// One widget at a time, the next once the one before has rendered, in
// tasks of about SLICE_MS: a page with ten widgets never blocks for ten
// starts, and the widgets whose turn came first (near the viewport) show
// first. A task goes on to the next widget while it is within its slice, so
// the warm starts after the first (3 to 8 ms each) share a task rather than
// each waiting for the browser to lay out and paint the one before (ten
// widgets to all verdicts, 13 loads: 552 ms one per task, 441 ms in 30 ms
// slices); a task ends within about 40 ms, under the 50 ms of a long task.
const SLICE_MS = 30;
let busy = false;
let sliceEnds = 0;
function drain() {
  if (busy || failed || !widget || queue.size === 0) return;
  busy = true;
  // A microtask, not a call: `rendered()` runs inside the `verdictchange`
  // event of the widget before, which the page's own listeners should see
  // whole before the next widget starts.
  if (performance.now() < sliceEnds) return queueMicrotask(mountNext);
  setTimeout(() => {
    sliceEnds = performance.now() + SLICE_MS;
    mountNext();
  }, 0);
}
function mountNext() {
  const [next] = queue;
  queue.delete(next);
  if (!next?.mount()) started();
}
function started() {
  busy = false;
  drain();
}

// Widgets near the viewport (within one screen) start first; the rest on idle.
const near = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (entry.isIntersecting) entry.target.start();
  },
  { rootMargin: '100% 0px' },
);
const idle = window.requestIdleCallback || ((callback) => setTimeout(callback, 200));
const cancelIdle = window.cancelIdleCallback || clearTimeout;

function heightFor(element, width) {
  const table = HEIGHTS[element.hasAttribute('compact') ? 'compact' : 'regular'];
  const row = table.find(([upTo]) => width <= upTo) || table[table.length - 1];
  return row[1];
}

// One element's life, one state at a time (`#phase`): REMOVED (not on the
// page, or not yet), WAITING (on the page, its turn not come: watched for
// nearing the viewport and for an idle moment), QUEUED (its turn came; it
// starts when the wasm has run and the widget before it has rendered),
// RENDERING (its app mounted, the first render not yet reported) and SHOWN
// (rendered, or given up on: its fallback stays). Numbers, which the
// minifier writes as they are.
const REMOVED = 0;
const WAITING = 1;
const QUEUED = 2;
const RENDERING = 3;
const SHOWN = 4;
class BackendVerdict extends HTMLElement {
  #phase = REMOVED;
  #app;
  #idle;
  #internals;
  #reserved = false;

  static get observedAttributes() {
    return OBSERVED;
  }

  /**
   * Called by the wasm's panic hook: the instance can no longer be trusted,
   * so no other widget may start on it (one that did would wait forever
   * for a render that never comes: a blank box).
   */
  static stopped() {
    giveUp();
  }

  /** Called by the wasm once it runs, with its mount function. */
  static provide(mount) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    widget = { sheet, mount };
    drain();
  }

  connectedCallback() {
    if (this.#phase !== REMOVED) return;
    this.#phase = WAITING;
    this.#internals ||= this.attachInternals();
    // The wasm is fetched and compiled off the main thread meanwhile. For a
    // widget the page drew in, at once: its verdict is already there for
    // the first paint, and the sooner the wasm comes, the sooner its
    // sliders move. For any other, once the page has painted: what is
    // fetched before the first paint competes with the page's own content
    // for the network.
    if (this.shadowRoot) load();
    else afterFirstPaint(load, !this.hasAttribute('standalone'));
    // In view or within a screen of it now: its turn has come, without
    // waiting a frame for the observer's first report.
    if (this.reserve() < innerHeight * 2) return this.start();
    near.observe(this);
    this.#idle = idle(() => this.start(), { timeout: 2000 });
  }

  disconnectedCallback() {
    // A removed element releases its app and every hook the page holds on
    // it; if it is added again, connectedCallback starts afresh.
    near.unobserve(this);
    cancelIdle(this.#idle);
    queue.delete(this);
    this.rendered();
    this.#phase = REMOVED;
    const app = this.#app;
    this.#app = undefined;
    // After a panic nothing calls into the wasm again.
    if (app && !failed) {
      app.destroy();
      app.free?.();
    }
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (this.#app && !failed && oldValue !== newValue) this.#app.attributesChanged();
  }

  /** Its turn has come (near the viewport, or idle): start when the wasm is. */
  start() {
    near.unobserve(this);
    cancelIdle(this.#idle);
    if (this.#phase !== WAITING) return;
    this.#phase = QUEUED;
    queue.add(this);
    drain();
  }

  /** Mounts the app; false when there is nothing to mount. */
  mount() {
    if (this.#phase !== QUEUED) return false;
    // A root the page's HTML made (declarative shadow DOM) is the widget
    // drawn at build time: kept, never attached again (that would empty
    // it), and shown until the app's own render takes its place. The
    // sliders the reader moved there keep their values.
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    const moved = [...root.querySelectorAll('input[type="range"]')]
      .filter((input) => input.value !== input.defaultValue)
      .map((input) => `${input.id.replace(/^weight-/, '')}:${input.value}`)
      .join(',');
    root.adoptedStyleSheets = [widget.sheet];
    // The first report comes once the widget has rendered at its height.
    this.#phase = RENDERING;
    this.addEventListener('verdictchange', () => this.rendered(), { once: true });
    try {
      this.#app = widget.mount(this, root, moved);
    } catch (error) {
      // The wasm stopped while mounting. After a panic its hook has already
      // stopped the widgets and put up the error state; a trap no hook saw
      // is said here, and this widget shows its fallback, not an empty box.
      if (!failed) {
        console.error(`Backend Verdict could not start: ${error && error.message ? error.message : error}`);
        root.replaceChildren(document.createElement('slot'));
        giveUp();
      }
      this.#phase = SHOWN;
      return false;
    }
    return true;
  }

  /**
   * The widget has rendered, failed or been removed before it could: give
   * back the space and let the next one start.
   */
  rendered() {
    this.release();
    if (this.#phase !== RENDERING) return;
    this.#phase = SHOWN;
    started();
  }

  /**
   * Holds the widget's height while the fallback stands in for it: exactly
   * that height, so a fallback taller or shorter than the widget moves
   * nothing either (a host's own height for the element wins). Returns
   * the element's distance from the top of the viewport.
   */
  reserve() {
    const { top, width } = this.getBoundingClientRect();
    // A widget the page drew at build time already has its height.
    if (this.shadowRoot) {
      this.#settle(true);
      if (failed) cannotStart(this);
      return top;
    }
    // embed.css holds the same height until the element is `settled`.
    this.#settle(false);
    if (failed) {
      this.release();
      return top;
    }
    const height = heightFor(this, width);
    if (this.style.blockSize || !height) return top;
    this.#reserved = true;
    this.style.blockSize = `${height}px`;
    this.style.overflow = 'clip';
    return top;
  }

  release() {
    this.#settle(true);
    if (!this.#reserved) return;
    this.#reserved = false;
    this.style.removeProperty('block-size');
    this.style.removeProperty('overflow');
  }

  // Custom states (`:state(settled)`, which embed.css waits for) are
  // optional: missing before Safari 17.4 and Firefox 126, and Chrome 90 to
  // 124 take only `--` names and throw on ours. Without them the loader's
  // own hold still comes and goes.
  #settle(settled) {
    try {
      this.#internals.states[settled ? 'add' : 'delete']('settled');
    } catch {
      // No custom states here: nothing to mark.
    }
  }
}

// A second copy of the loader on the same page leaves the first in charge.
if (missing.length) {
  console.info(`Backend Verdict needs a newer browser (missing: ${missing.join(', ')}); its content stands in.`);
  // A widget drawn at build time stays, and says its sliders need more.
  const whenParsed = () => document.querySelectorAll(TAG).forEach(cannotStart);
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', whenParsed, { once: true });
  else whenParsed();
} else if (!customElements.get(TAG)) {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  customElements.define(TAG, BackendVerdict);
}
