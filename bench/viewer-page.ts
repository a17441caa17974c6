// Scripts the viewer benchmark runs inside the page (bench/viewer.ts). Passed as text: tsx would otherwise wrap
// named inner functions with a `__name` helper the page lacks.

/**
 * Runs for `seconds`, counting sigma renders. "animated": chained camera animations (what dragging and
 * wheel zooming do; large graphs hide edges while moving). "every-frame": the camera is set on every
 * frame, so every frame draws all edges (the worst case).
 */
export const PAN_AND_ZOOM = `async (seconds, mode) => {
  const sigma = window.__tafahum.sigma;
  const camera = sigma.getCamera();
  let renders = 0;
  const onRender = () => { renders++; };
  sigma.on('afterRender', onRender);
  const begin = performance.now();
  if (mode === 'animated') {
    let i = 0;
    while (performance.now() - begin < seconds * 1000) {
      i++;
      await camera.animate({ x: 0.5 + 0.2 * Math.cos(i), y: 0.5 + 0.2 * Math.sin(i), ratio: 0.4 + 0.5 * (i % 3) / 2 }, { duration: 500 });
    }
  } else {
    await new Promise((resolve) => {
      const step = (now) => {
        const t = (now - begin) / 1000;
        camera.setState({ x: 0.5 + 0.2 * Math.cos(t), y: 0.5 + 0.2 * Math.sin(t), ratio: 0.6 + 0.4 * Math.sin(t * 1.3), angle: 0 });
        if (t < seconds) requestAnimationFrame(step); else resolve();
      };
      requestAnimationFrame(step);
    });
  }
  sigma.off('afterRender', onRender);
  // Wait for the GPU to finish the last frame so slow frames are not hidden in a queue.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { renders, elapsed: (performance.now() - begin) / 1000 };
}`;

/**
 * Times what a user does with the mouse, from the event to the next frame (the handler, sigma's update and
 * drawing): moving the mouse onto a node (sigma picks it and draws its hover), selecting one (and clearing
 * it), and switching a relation type off and on.
 * Each is done `repeats` times on different nodes; medians in milliseconds, to the next frame and of the
 * handler alone (the JavaScript part; the rest is drawing, which a software GPU makes slow).
 */
export const INTERACTIONS = `async (repeats) => {
  const hooks = window.__tafahum;
  const sigma = hooks.sigma;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 600));
  // [the handler's own time, the time until the next frame]
  const time = async (action) => {
    await frame();
    const begin = performance.now();
    action();
    const handled = performance.now();
    await frame();
    return [handled - begin, performance.now() - begin];
  };
  const median = (values) => { const sorted = [...values].sort((a, b) => a - b); return Math.round(sorted[Math.floor(sorted.length / 2)]); };
  const relation = document.querySelector('#legend-edges input[type=checkbox]');
  // The mouse, as sigma sees it: moves over its mouse layer (it finds the node under the pointer itself).
  const mouse = sigma.getCanvases().mouse;
  const moveTo = (x, y) => {
    const box = mouse.getBoundingClientRect();
    mouse.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + x, clientY: box.top + y, bubbles: true }));
  };
  const { width, height } = sigma.getDimensions();
  const inView = () => hooks.visibility().nodes.filter((node) => {
    const { x, y } = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node));
    return x > 40 && y > 40 && x < width - 40 && y < height - 40;
  });
  const times = { hover: [], select: [], deselect: [], filterOff: [], filterOn: [] };
  let hovered = 0;
  const onEnter = () => { hovered++; };
  sigma.on('enterNode', onEnter);
  for (let i = 0; i < repeats; i++) {
    const candidates = inView();
    const node = candidates[Math.floor((i + 0.5) * candidates.length / repeats)];
    const at = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node));
    moveTo(1, 1);
    await frame();
    times.hover.push(await time(() => moveTo(at.x, at.y)));
    await time(() => moveTo(1, 1));
    times.select.push(await time(() => hooks.clickNode(node)));
    await settle(); // the camera glides to the node
    times.deselect.push(await time(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))));
    times.filterOff.push(await time(() => relation.click()));
    times.filterOn.push(await time(() => relation.click()));
  }
  sigma.off('enterNode', onEnter);
  const summary = (at) => Object.fromEntries(Object.entries(times).map(([key, values]) => [key, median(values.map((pair) => pair[at]))]));
  return { toNextFrame: summary(1), handler: summary(0), hoveredNodes: hovered };
}`;
