// Start/stop button for refining the layout with ForceAtlas2 in a web worker.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';

// A CommonJS class: the NodeNext typings see a namespace holding `default`; the bundle gives the class.
type FA2Layout = InstanceType<typeof FA2LayoutModule.default>;
const FA2Layout = (FA2LayoutModule as unknown as { default?: typeof FA2LayoutModule.default }).default ??
  (FA2LayoutModule as unknown as typeof FA2LayoutModule.default);
import type { ViewerGraph } from '../types.js';

export interface LayoutControl {
  isRunning(): boolean;
  stop(): void;
}

export function buildLayoutControl(button: HTMLButtonElement, graph: ViewerGraph): LayoutControl {
  let layout: FA2Layout | undefined;
  const label = () => {
    const running = layout?.isRunning() ?? false;
    button.textContent = running ? '■ Stop layout' : '▶ Refine layout';
    button.setAttribute('aria-pressed', String(running));
  };
  button.addEventListener('click', () => {
    // The worker is created on first use only: most visits never need it.
    layout ??= new FA2Layout(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 1_000, slowDown: 5 },
    });
    if (layout.isRunning()) layout.stop();
    else layout.start();
    label();
  });
  label();
  return {
    isRunning: () => layout?.isRunning() ?? false,
    stop: () => {
      layout?.stop();
      label();
    },
  };
}
