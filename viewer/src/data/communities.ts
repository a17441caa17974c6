// Louvain communities over the whole graph (relations taken as undirected, parallel ones as weight),
// computed when first asked for; a seeded random source keeps them the same from one visit to the next.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { ViewerGraph } from '../types.js';
import { seededRandom } from '../../../model/random.js';

// A CommonJS function: the NodeNext typings see a namespace holding `default`; the bundle gives the function.
type Louvain = typeof louvainModule.default;
const louvain: Louvain = (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);


/** Community of every node; communities are numbered by decreasing size (0 is the largest). */
export function detectCommunities(graph: ViewerGraph): Map<string, number> {
  const view = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((node) => view.addNode(node));
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    if (view.hasEdge(source, target)) view.updateEdgeAttribute(source, target, 'weight', (w) => (w ?? 0) + (attrs.weight ?? 1));
    else view.addEdge(source, target, { weight: attrs.weight ?? 1 });
  });
  const raw = louvain(view, { getEdgeWeight: 'weight', rng: seededRandom(42) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  return new Map(Object.entries(raw).map(([node, c]) => [node, rank.get(c) ?? 0]));
}
