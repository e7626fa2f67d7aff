// Backend Verdict's iframe helper for host pages: sizes every iframe that
// shows Backend Verdict's frame.html to fit the widget, from the height the
// frame posts. It only trusts a message from the iframe's own window and
// origin. No dependency; works under a strict CSP (it sets the height
// through the CSSOM, which style-src does not restrict).
//   <script src="https://YOUR-HOST/backend-verdict/frame-resize.js" async></script>
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'backend-verdict:resize' || !Number.isFinite(data.height)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    let address;
    try {
      address = new URL(frame.src, location.href);
    } catch {
      return;
    }
    if (address.origin !== event.origin || !address.pathname.endsWith('/frame.html')) return;
    frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 100), 20000)}px`;
  }
});
