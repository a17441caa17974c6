// Refining the layout with ForceAtlas2 in a web worker: start/stop, and its main settings in the sidebar
// (gravity, scaling, barnes-hut); a change restarts the worker with the new settings.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';

// A CommonJS class: the NodeNext typings see a namespace holding `default`; the bundle gives the class.
type FA2Layout = InstanceType<typeof FA2LayoutModule.default>;
const FA2Layout = (FA2LayoutModule as unknown as { default?: typeof FA2LayoutModule.default }).default ??
  (FA2LayoutModule as unknown as typeof FA2LayoutModule.default);
import type { ViewerGraph } from '../types.js';
import { h } from './dom.js';

export interface LayoutControl {
  isRunning(): boolean;
  stop(): void;
}

export function buildLayoutControl(button: HTMLButtonElement, graph: ViewerGraph, sidebar: HTMLElement): LayoutControl {
  let layout: FA2Layout | undefined;
  const inferred = inferSettings(graph);
  const settings = { ...inferred, barnesHutOptimize: graph.order > 1_000, slowDown: 5 };
  const label = () => {
    const running = layout?.isRunning() ?? false;
    button.textContent = running ? '■ Stop layout' : '▶ Refine layout';
    button.setAttribute('aria-pressed', String(running));
  };
  const restart = () => {
    const running = layout?.isRunning() ?? false;
    layout?.kill();
    layout = undefined;
    if (running) start();
    label();
  };
  const start = () => {
    // The worker is created on first use only: most visits never need it.
    layout ??= new FA2Layout(graph, { settings });
    layout.start();
  };
  button.addEventListener('click', () => {
    if (layout?.isRunning()) layout.stop();
    else start();
    label();
  });

  const slider = (id: string, text: string, min: number, max: number, step: number, value: number, apply: (v: number) => void) => {
    const input = h('input', { id, attrs: { type: 'range', min: String(min), max: String(max), step: String(step), 'aria-label': text } });
    input.value = String(value);
    const shown = h('span', { className: 'count' }, String(value));
    input.addEventListener('change', () => {
      apply(Number(input.value));
      shown.textContent = input.value;
      restart();
    });
    return h('label', { className: 'row small' }, text, input, shown);
  };
  const barnesHut = h('input', { id: 'layout-barnes-hut', attrs: { type: 'checkbox' } });
  barnesHut.checked = settings.barnesHutOptimize;
  barnesHut.addEventListener('change', () => {
    settings.barnesHutOptimize = barnesHut.checked;
    restart();
  });
  sidebar.append(
    h('h3', {}, 'Layout'),
    h(
      'div',
      { className: 'layout-settings' },
      slider('layout-gravity', 'Gravity', 0, 10, 0.1, settings.gravity ?? 1, (v) => (settings.gravity = v)),
      slider('layout-scaling', 'Spread', 1, 100, 1, settings.scalingRatio ?? 10, (v) => (settings.scalingRatio = v)),
      h('label', { className: 'row small' }, barnesHut, 'Fast approximation (Barnes-Hut)'),
    ),
  );
  label();
  return {
    isRunning: () => layout?.isRunning() ?? false,
    stop: () => {
      layout?.stop();
      label();
    },
  };
}
