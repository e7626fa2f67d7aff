// Backend Verdict's frame (frame.html): the widget alone, for an <iframe>.
//
// The query's `preset`, `weights` and `theme` become the element's
// attributes, so the widget reads them through the same codec as an embed's
// (bad values get the same polite notice). Like any embed, the widget never
// writes the page's address or storage; the parent's it cannot reach at all.
const widget = document.querySelector('backend-verdict');
const query = new URLSearchParams(location.search);
let asked = false;
for (const name of ['preset', 'weights', 'theme']) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
  asked ||= value !== null;
}
// The widget drawn into this file at build time is the default one; a
// query asks for another, so that copy stays out of sight (frame.css) until
// the widget's own render takes its place: no reader sees a verdict they
// did not ask for.
if (asked) document.documentElement.classList.add('frame-query');
// The script runs: the words for a frame whose scripts cannot load give way.
document.documentElement.classList.add('frame-runs');

// WordPress embeds the frame (from its oEmbed) sandboxed, with a secret in
// the address's fragment (`#?secret=…`); its wp-embed script sizes the
// iframe and follows links only for messages carrying that secret.
const secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];

if (window.parent !== window) {
  // Tells the parent page the widget's height, in CSS pixels, whenever it
  // changes, so a host with frame-resize.js (our message) or WordPress (its
  // own) can size the iframe to fit. Without a listener nothing happens:
  // the frame keeps its own height and scrolls.
  let sent = 0;
  const send = (again) => {
    const height = Math.ceil(widget.getBoundingClientRect().height);
    if (height <= 0 || (height === sent && !again)) return;
    sent = height;
    window.parent.postMessage({ type: 'backend-verdict:resize', height }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  new ResizeObserver(() => send()).observe(widget);
  // WordPress keeps the frame clipped out of sight until its first message,
  // and Chromium does not render (so observes no resize in) a frame of
  // another origin that cannot be seen: the height is also measured when
  // the widget first has its verdict, and on load. Once seen, the observer
  // does the rest; slider moves measure nothing more.
  document.addEventListener('verdictchange', () => send(), { once: true });
  addEventListener('load', () => send());

  if (secret) {
    // WordPress says `ready` once its script runs, which may be after the
    // frame's first message: the height is said again.
    addEventListener('message', (event) => {
      if (event.source === window.parent && event.data?.message === 'ready' && event.data.secret === secret) send(true);
    });
  }

  // A link followed inside the frame would open the page in a box the size
  // of the widget. Links open in the top window: through WordPress's
  // protocol where the frame has a secret (its sandbox lets nothing else
  // navigate the top window), else as a link with `target="_top"` would.
  addEventListener('click', (event) => {
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.href);
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (link.target && link.target !== '_self') return;
    event.preventDefault();
    if (secret) window.parent.postMessage({ message: 'link', value: link.href, secret }, '*');
    else window.open(link.href, '_top');
  });
}
