// Mount-and-remove soak, shared by the lifecycle test and `make bench`: on
// a page with the embed, append a <backend-verdict>, wait for its verdict,
// remove it; after each batch, force garbage collection and read the
// DevTools counters (JS heap, DOM nodes, JS event listeners), the number of
// live <backend-verdict> objects, and the wasm linear memory (which never
// shrinks, so growth there is for good).

/** Catches the wasm instance's memory; run before the page's scripts. */
export const catchWasmMemory = () => {
  const keep = (result) => {
    const instance = result.instance || result;
    if (instance.exports && instance.exports.memory) window.__wasmMemory = instance.exports.memory;
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...args) => streaming(...args).then(keep);
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = (...args) => plain(...args).then(keep);
};

async function counters(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  // Every object whose prototype is the element's, attached or not.
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'customElements.get("backend-verdict").prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result: count } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'console' }).catch(() => {});
  return {
    jsHeapBytes: heap.usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    elements: count.value,
    wasmBytes: await page.evaluate(() => window.__wasmMemory?.buffer.byteLength),
  };
}

/**
 * Opens `url` in `page` (whose page must load the embed and hold a
 * `#slot`), waits for its widgets, then runs the batches of cycles.
 * Returns the counters at the start and after each batch.
 */
export async function soak(page, url, batches) {
  await page.addInitScript(catchWasmMemory);
  await page.goto(url);
  await page.waitForFunction(() => [...document.querySelectorAll('backend-verdict')].every((e) => e.hasAttribute('verdict')));
  const cdp = await page.context().newCDPSession(page);
  const start = await counters(page, cdp);
  const after = [];
  for (const cycles of batches) {
    await page.evaluate(async (count) => {
      const slot = document.querySelector('#slot');
      for (let i = 0; i < count; i += 1) {
        const element = document.createElement('backend-verdict');
        slot.append(element);
        await new Promise((resolve) => element.addEventListener('verdictchange', resolve, { once: true }));
        element.remove();
      }
    }, cycles);
    after.push(await counters(page, cdp));
  }
  await cdp.detach();
  return { start, after };
}
