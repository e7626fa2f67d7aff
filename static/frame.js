// Backend Verdict's frame (frame.html): the widget alone, for an <iframe>.
//
// The query's `preset`, `weights` and `theme` become the element's
// attributes, so the widget reads them through the same codec as an embed's
// (bad values get the same polite notice). Like any embed, the widget never
// writes the page's address or storage; the parent's it cannot reach at all.
const widget = document.querySelector('backend-verdict');
const query = new URLSearchParams(location.search);
for (const name of ['preset', 'weights', 'theme']) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
}

// Tells the parent page the widget's height, in CSS pixels, whenever it
// changes, so a host with frame-resize.js can size the iframe to fit.
// Without a listener nothing happens: the frame keeps its own height and
// scrolls.
if (window.parent !== window) {
  let sent = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(widget.getBoundingClientRect().height);
    if (height > 0 && height !== sent) {
      sent = height;
      window.parent.postMessage({ type: 'backend-verdict:resize', height }, '*');
    }
  }).observe(widget);
}
