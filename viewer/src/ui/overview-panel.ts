// The panel shown when nothing is selected: how to use the view, and the most connected entities
// among those the filters let through, as a way in.
import { bidi, clear, h } from './dom.js';
import { nodeColor } from '../appearance/palette.js';
import type { PanelActions } from './node-panel.js';
import type { GraphAttributes, GraphFacts, ViewerGraph, Visibility } from '../types.js';

export function renderOverviewPanel(container: HTMLElement, graph: ViewerGraph, facts: GraphFacts, visibility: Visibility, actions: PanelActions): void {
  clear(container);
  const documents = Object.keys((graph.getAttributes() as GraphAttributes).documents ?? {}).length;
  // Degree within what is shown, so the list follows the filters.
  const shownDegree = new Map<string, number>();
  for (const edge of visibility.edges) {
    for (const node of [graph.source(edge), graph.target(edge)]) shownDegree.set(node, (shownDegree.get(node) ?? 0) + 1);
  }
  const top = [...visibility.nodes]
    .sort((a, b) => (shownDegree.get(b) ?? 0) - (shownDegree.get(a) ?? 0) || (facts.degree.get(b) ?? 0) - (facts.degree.get(a) ?? 0))
    .slice(0, 12);
  container.append(
    h('h2', {}, 'Overview'),
    h('p', { className: 'muted' }, `${graph.order} entities and ${graph.size} relations from ${documents} documents.`),
    h('p', { className: 'hint' }, 'Click a node or a relation to see its details and the sentences behind it. Hover a node to light up its neighbours.'),
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
          h('span', { className: 'muted small' }, ` ${shownDegree.get(node) ?? 0}`),
        );
      }),
    ),
  );
}
