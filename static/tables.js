// The standalone page's wide tables: a wrapper that scrolls sideways is a
// named region the keyboard can reach and scroll; one whose table fits is
// neither, so it is no empty tab stop. The HTML marks every wrapper as
// scrolling, which holds where this script never runs.
(() => {
  // Its name, kept while it has none (a name on a plain box is not allowed).
  const names = new WeakMap();
  const fit = (wrapper) => {
    if (!names.has(wrapper)) names.set(wrapper, wrapper.getAttribute('aria-label'));
    if (wrapper.scrollWidth > wrapper.clientWidth) {
      wrapper.setAttribute('tabindex', '0');
      wrapper.setAttribute('role', 'region');
      wrapper.setAttribute('aria-label', names.get(wrapper));
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) wrapper.removeAttribute(name);
    }
  };
  const watch = () => {
    const observer = new ResizeObserver((entries) => entries.forEach((entry) => fit(entry.target)));
    // Each at once (one in a closed section, unrendered, may never get a
    // first report), then whenever its size changes.
    for (const wrapper of document.querySelectorAll('.table-wrap')) {
      fit(wrapper);
      observer.observe(wrapper);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
})();
