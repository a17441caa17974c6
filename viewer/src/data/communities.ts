// Louvain communities over the whole graph (relations taken as undirected, parallel ones as weight),
// computed when first asked for; a seeded random source keeps them the same from one visit to the next.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { ViewerGraph } from '../types.js';

// A CommonJS function: the NodeNext typings see a namespace holding `default`; the bundle gives the function.
type Louvain = typeof louvainModule.default;
const louvain: Louvain = (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

/** A small deterministic PRNG (mulberry32), so a shared URL names the same community for everyone. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Community of every node; communities are numbered by decreasing size (0 is the largest). */
export function detectCommunities(graph: ViewerGraph): Map<string, number> {
  const view = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((node) => view.addNode(node));
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    if (view.hasEdge(source, target)) view.updateEdgeAttribute(source, target, 'weight', (w) => (w ?? 0) + (attrs.weight ?? 1));
    else view.addEdge(source, target, { weight: attrs.weight ?? 1 });
  });
  const raw = louvain(view, { getEdgeWeight: 'weight', rng: seeded(42) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  return new Map(Object.entries(raw).map(([node, c]) => [node, rank.get(c) ?? 0]));
}
