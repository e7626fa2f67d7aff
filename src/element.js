// The <backend-verdict> custom element's life cycle. Rust hands over the
// stylesheet and a mount function; this file only wires the element's
// callbacks to them, so the app itself never depends on how it was started.

const TAG = 'backend-verdict';
// The attributes the app reads. `compact` is not among them: it only
// changes the layout, through the stylesheet's :host([compact]).
const OBSERVED = ['preset', 'weights', 'theme', 'share-url', 'standalone'];

export function defineElement(css, mount) {
  // A second copy of the bundle on the same page must not redefine the tag.
  if (customElements.get(TAG)) return;
  // One stylesheet object, shared by every instance on the page. Adopted
  // sheets pass a Content Security Policy without 'unsafe-inline'.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);

  class BackendVerdict extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    connectedCallback() {
      if (this._widget) return;
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      const mountPoint = document.createElement('div');
      mountPoint.setAttribute('part', 'widget');
      root.replaceChildren(mountPoint);
      this._widget = mount(this, mountPoint);
    }

    disconnectedCallback() {
      // A removed element releases its app; if it is added again,
      // connectedCallback mounts a fresh one from its attributes.
      const widget = this._widget;
      this._widget = undefined;
      if (widget) widget.destroy();
    }

    attributeChangedCallback(_name, oldValue, newValue) {
      if (this._widget && oldValue !== newValue) this._widget.attributesChanged();
    }
  }

  customElements.define(TAG, BackendVerdict);
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
  root.replaceChildren(box);
  host.removeAttribute('verdict');
}

// Reflects the verdict on the element (an attribute written only when it
// changes) and tells the page with a `verdictchange` event. Rust passes ids
// as space-separated lists and the numbers as arrays in the same order, so a
// report is one call across the wasm boundary rather than one per field.
export function reportVerdict(host, verdict, optionIds, scores, criterionIds, weights) {
  if (!verdict) host.removeAttribute('verdict');
  else if (host.getAttribute('verdict') !== verdict) host.setAttribute('verdict', verdict);
  const detail = {
    verdict: verdict || null,
    scores: scores.length ? byId(optionIds, scores) : null,
    weights: byId(criterionIds, weights),
  };
  host.dispatchEvent(new CustomEvent('verdictchange', { bubbles: true, composed: true, detail }));
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

export function bundleBase() {
  return BUNDLE_BASE;
}
