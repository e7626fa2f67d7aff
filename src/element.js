// The wasm's side of the <backend-verdict> element. The element itself is
// defined by the loader (src/loader.js), before the wasm arrives, so that it
// holds its space and starts each widget at the right time; the wasm hands
// it the stylesheet and the mount function when it runs.

export function defineElement(mount) {
  const element = customElements.get('backend-verdict');
  if (element && element.provide) element.provide(mount);
  else console.error('Backend Verdict: load the widget through embed.js');
}

// A mount point for one app: the widget's box, themable as ::part(widget).
export function createMountPoint() {
  const mountPoint = document.createElement('div');
  mountPoint.setAttribute('part', 'widget');
  return mountPoint;
}

// Mount points rendered off the page, waiting to take over a shadow root
// the page's HTML drew (a declarative shadow root), by element.
const takeovers = new WeakMap();

// Puts a mount point (new, or an idle app's) into an element's shadow root,
// in place of whatever was there. A root the page drew at build time keeps
// showing that copy of the widget while the app renders off the page, and
// the two change places when the render is done (`takeOver`), in the same
// task: the reader never sees an empty or half-drawn widget.
export function showMountPoint(root, mountPoint) {
  if (root.querySelector('[part="widget"]')) takeovers.set(root.host, mountPoint);
  else root.replaceChildren(mountPoint);
  if (!watched.has(root)) {
    watched.add(root);
    root.addEventListener('focusin', keepInView);
    root.addEventListener('keydown', moveAlongToolbar);
  }
}

// The use-case chips are a toolbar: one tab stop, the chip last focused
// (the app renders the first), and the arrow keys, Home and End move along
// it (the ARIA toolbar pattern; the arrows wrap around).
const STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
function moveAlongToolbar(event) {
  const chips = [...(event.target.closest('[role="toolbar"]')?.children ?? [])];
  const from = chips.indexOf(event.target);
  const step = STEPS[event.key];
  const to = event.key === 'Home' ? 0 : event.key === 'End' ? chips.length - 1 : step && (from + step + chips.length) % chips.length;
  if (from < 0 || to === undefined) return;
  event.preventDefault();
  chips[to].focus();
}

// Every control the focus lands on is shown whole: a chip clear of the
// chip row's fade (the row's scroll-padding; Chromium leaves a chip that
// shows a sliver where it is) and any control clear of the stuck verdict
// bar above it (a scroll margin as tall as the bar, for this one scroll:
// going back with Shift+Tab the browser sees a control under the bar as
// in view). One scrollIntoView does both, in whatever scrolls the page.
const watched = new WeakSet();
function keepInView({ target }) {
  if (target.parentElement?.matches('[role="toolbar"]')) {
    for (const chip of target.parentElement.children) chip.tabIndex = chip === target ? 0 : -1;
  }
  // A slider is seen with its label (its name) and its scores: the block.
  const whole = target.closest('.slider') ?? target;
  const bar = this.querySelector('.verdict');
  let room = 0;
  if (bar && !bar.contains(target) && getComputedStyle(bar).position === 'sticky') {
    const covers = bar.getBoundingClientRect();
    const own = whole.getBoundingClientRect();
    // Beside the bar (the desk's two columns) the control is never under it.
    if (own.left < covers.right && own.right > covers.left) room = parseFloat(getComputedStyle(bar).top) + covers.height + 8;
  }
  // A chip clear of the fade where the row leaves room for it, centred
  // where it does not.
  const row = target.closest('.preset-list');
  if (row) {
    const fade = parseFloat(getComputedStyle(row).scrollPaddingInlineStart);
    row.style.scrollPaddingInline = `${Math.max(0, Math.min(fade, (row.clientWidth - target.offsetWidth) / 2))}px`;
  }
  whole.style.scrollMarginBlockStart = `${room}px`;
  whole.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  whole.removeAttribute('style');
  row?.removeAttribute('style');
}

// The app's render in place of the build-time copy; the control the reader
// was on keeps the focus (the same control, counted in document order).
const controls = (scope) => [...scope.querySelectorAll('a[href], button, input, textarea, summary')].filter((control) => !control.closest('[hidden]'));
function takeOver(host) {
  const mountPoint = takeovers.get(host);
  if (!mountPoint) return;
  takeovers.delete(host);
  const root = host.shadowRoot;
  const focused = root.activeElement ? controls(root).indexOf(root.activeElement) : -1;
  root.replaceChildren(mountPoint);
  if (focused >= 0) controls(mountPoint)[focused]?.focus({ preventScroll: true });
}

// Tells the loader the wasm has stopped, so no widget starts on it again.
// Used by the panic hook; calls nothing in Rust.
export function stopWidgets() {
  customElements.get('backend-verdict')?.stopped?.();
}

// Shows the error state: the message, then the element's own light-DOM
// fallback content through a slot. Used by the panic hook, when the wasm
// instance can no longer be trusted, so it must not call back into Rust.
export function showFailure(host, message) {
  const root = host.shadowRoot;
  if (!root) return;
  const box = document.createElement('div');
  box.setAttribute('part', 'widget');
  box.className = 'failure';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = message;
  box.append(text, document.createElement('slot'));
  takeovers.delete(host);
  root.replaceChildren(box);
  host.removeAttribute('verdict');
  // The fallback is shorter than the widget whose height was held for it,
  // and the next widget waiting to start must not wait for this one.
  host.rendered?.();
}

// Reflects the verdict on the element (an attribute written only when it
// changes) and tells the page with a `verdictchange` event. Rust passes ids
// as space-separated lists and the numbers as arrays in the same order, so a
// report is one call across the wasm boundary rather than one per field.
// The app reports while it renders; the attribute and the event wait for
// the end of that task (a microtask), when the DOM shows the verdict. The
// numbers are views of the wasm's memory, so they are copied at once.
export function reportVerdict(host, verdict, optionIds, scores, criterionIds, weights, robust) {
  const detail = {
    verdict: verdict || null,
    scores: scores.length ? byId(optionIds, scores) : null,
    weights: byId(criterionIds, weights),
    // Whether the verdict holds for every score within the range its
    // evidence supports; null, like the verdict, when there is none.
    robust: verdict ? robust === true : null,
  };
  queueMicrotask(() => {
    // An element removed meanwhile has no verdict to show.
    if (!host.isConnected) return;
    takeOver(host);
    if (!numbered.has(host)) {
      numbered.add(host);
      numberWidgets();
    }
    if (!verdict) host.removeAttribute('verdict');
    else if (host.getAttribute('verdict') !== verdict) host.setAttribute('verdict', verdict);
    host.dispatchEvent(new CustomEvent('verdictchange', { bubbles: true, composed: true, detail }));
  });
}

// Several widgets on one page: each one's use-case toolbar is named for
// which it is ("Start from a use case, widget 2"), so no two share a name.
const numbered = new WeakSet();
function numberWidgets() {
  const hosts = [...document.querySelectorAll('backend-verdict')];
  hosts.forEach((host, i) => {
    const nth = host.shadowRoot?.querySelector('.nth');
    if (nth) nth.textContent = hosts.length > 1 ? nth.dataset.words + (i + 1) : '';
  });
}

// { id: value } from a space-separated id list and the values in its order.
// The lists never change, so each is split once.
const idLists = new Map();
function byId(ids, values) {
  let list = idLists.get(ids);
  if (!list) idLists.set(ids, (list = ids.split(' ')));
  const object = {};
  for (let i = 0; i < list.length; i += 1) object[list[i]] = values[i];
  return object;
}

// The folder the bundle was served from, so an embedded widget can link to
// its own standalone page wherever the folder is hosted. This file sits at
// snippets/<crate>/src/element.js inside that folder. Worked out once.
const BUNDLE_BASE = new URL('../../../', import.meta.url).href;

// Puts text on the clipboard, then calls `done` with whether it worked
// (false where the clipboard is missing or the page may not write to it).
export function copyText(text, done) {
  const clipboard = globalThis.navigator?.clipboard;
  (clipboard ? clipboard.writeText(text) : Promise.reject()).then(() => done(true), () => done(false));
}

export function bundleBase() {
  return BUNDLE_BASE;
}
