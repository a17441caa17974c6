// The panel shown when nothing is selected: how to use the view, the shortest path asked for, the
// dismissed nodes, and the most connected entities among those the filters let through, as a way in.
import { bidi, clear, h } from './dom.js';
import { nodeColor } from '../appearance/palette.js';
import type { PanelActions } from './node-panel.js';
import { shownCounts } from '../state/shown.js';
import type { GraphAttributes, GraphFacts, ViewerGraph, Visibility } from '../types.js';

const TOP = 12;
const mostConnectedCache = new WeakMap<Visibility, string[]>();

/**
 * The most connected nodes among those shown, by their degree within what is shown (so the list follows the
 * filters), then in the whole graph. Kept per visibility: clearing a selection does not recount.
 */
function mostConnected(facts: GraphFacts, visibility: Visibility, shownDegree: Int32Array): string[] {
  const cached = mostConnectedCache.get(visibility);
  if (cached) return cached;
  const shown = (node: string) => shownDegree[facts.position.get(node) ?? -1] ?? 0;
  const before = (a: string, b: string) => shown(b) - shown(a) || (facts.degree.get(b) ?? 0) - (facts.degree.get(a) ?? 0);
  // One pass keeping the best TOP, instead of sorting every shown node.
  const top: string[] = [];
  for (const node of visibility.nodes) {
    if (top.length === TOP && before(node, top[TOP - 1]!) >= 0) continue;
    top.push(node);
    top.sort(before);
    if (top.length > TOP) top.pop();
  }
  mostConnectedCache.set(visibility, top);
  return top;
}

export function renderOverviewPanel(container: HTMLElement, graph: ViewerGraph, facts: GraphFacts, visibility: Visibility, actions: PanelActions): void {
  clear(container);
  const documents = Object.keys((graph.getAttributes() as GraphAttributes).documents ?? {}).length;
  const shownDegree = shownCounts(facts, visibility).degree;
  const top = mostConnected(facts, visibility, shownDegree);
  const state = actions.state();
  const name = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'name') : node);
  const pathSection = state.pathFrom || state.pathTo
    ? h(
        'section',
        { id: 'path-panel' },
        h('h3', {}, 'Shortest path'),
        !(state.pathFrom && state.pathTo)
          ? h('p', { className: 'muted small' }, `From ${state.pathFrom ? name(state.pathFrom) : '…'} to ${state.pathTo ? name(state.pathTo) : '…'}: choose the other end in a node's panel.`)
          : visibility.path && visibility.path.nodes.length > 0
            ? h('ol', { className: 'plain path-steps' }, ...visibility.path.nodes.map((node) => h('li', {}, h('button', { className: 'link', onClick: () => actions.selectNode(node) }, bidi(name(node))))))
            : h('p', { className: 'muted small', id: 'path-none' }, 'No path between them along the relations shown.'),
        h('button', { className: 'secondary small', id: 'path-clear', onClick: () => actions.update({ pathFrom: undefined, pathTo: undefined }) }, 'Clear path'),
      )
    : null;
  const dismissedSection = state.dismissed.length
    ? h(
        'section',
        {},
        h('h3', {}, `Dismissed (${state.dismissed.length})`),
        h('button', { className: 'secondary small', id: 'restore-dismissed', onClick: () => actions.update({ dismissed: [] }) }, 'Show them again'),
      )
    : null;
  container.append(
    h('h2', {}, 'Overview'),
    ...[pathSection, dismissedSection].filter((x): x is HTMLElement => x !== null),
    h('p', { className: 'muted' }, `${graph.order} entities and ${graph.size} relations from ${documents} documents.`),
    h('p', { className: 'hint' }, 'Click a node or a relation to see its details and the sentences behind it. Hover a node to light up its neighbours. Esc clears the selection.'),
    visibility.isolated > 0 && state.hideIsolated
      ? h('p', { className: 'hint muted', id: 'isolated-note' }, `${visibility.isolated} entities without any relation are hidden (see “Hide isolated nodes”).`)
      : '',
    h('p', { className: 'hint muted' }, 'Search works with any spelling or script: “maroc”, “Morocco”, “المغرب”.'),
    h('h3', {}, 'Most connected'),
    h(
      'ul',
      { className: 'plain top-list' },
      ...top.map((node) => {
        const a = graph.getNodeAttributes(node);
        const swatch = h('span', { className: 'swatch dot' });
        swatch.style.setProperty('--swatch', nodeColor(a.type));
        return h(
          'li',
          {},
          h('button', { className: 'link', onClick: () => actions.selectNode(node), title: node }, swatch, ' ', bidi(a.name)),
          h('span', { className: 'muted small' }, ` ${shownDegree[facts.position.get(node) ?? -1] ?? 0}`),
        );
      }),
    ),
  );
}
