// What the filters let through: a pure function of the graph, its derived facts and the view state.
import type { GraphFacts, ViewState, ViewerGraph, Visibility } from '../types.js';

export function computeVisibility(graph: ViewerGraph, facts: GraphFacts, state: ViewState): Visibility {
  const nodeTypes = new Set<string>(state.nodeTypes);
  const relationTypes = new Set<string>(state.relationTypes);
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (!nodeTypes.has(attrs.type)) return;
    if ((attrs.confidence ?? 1) < state.minConfidence) return;
    if (state.doc && !(attrs.docs ?? []).includes(state.doc)) return;
    nodes.add(node);
  });

  const dateFiltered = state.dateFrom !== undefined || state.dateTo !== undefined;
  const from = state.dateFrom ?? -Infinity;
  const to = state.dateTo ?? Infinity;
  let edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (!relationTypes.has(attrs.type)) return;
    if ((attrs.confidence ?? 1) < state.minConfidence) return;
    if (state.doc && !(attrs.docs ?? []).includes(state.doc)) return;
    if (dateFiltered) {
      const months = facts.edgeMonths.get(edge);
      if (!months) {
        if (!state.includeUndated) return;
      } else if (months[1] < from || months[0] > to) {
        return;
      }
    }
    edges.add(edge);
  });

  let shownNodes = nodes;
  if (state.country && graph.hasNode(state.country)) {
    const ego = egoNetwork(graph, edges, state.country, state.depth);
    shownNodes = new Set([...nodes].filter((node) => ego.has(node)));
    edges = new Set([...edges].filter((edge) => ego.has(graph.source(edge)) && ego.has(graph.target(edge))));
  }

  if (state.hideIsolated) {
    const linked = new Set<string>();
    for (const edge of edges) {
      linked.add(graph.source(edge));
      linked.add(graph.target(edge));
    }
    shownNodes = new Set([...shownNodes].filter((node) => linked.has(node)));
  }
  return { nodes: shownNodes, edges };
}

/** Nodes within `depth` hops of `center`, moving along visible edges in either direction. */
function egoNetwork(graph: ViewerGraph, edges: Set<string>, center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (!edges.has(edge)) return;
        const other = source === node ? target : source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
