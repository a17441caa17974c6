// What the filters let through: a pure function of the graph, its derived facts and the view state.
// Order: node filters → relation filters → network of a node → isolated nodes → what the user asked to see
// whatever the filters say (expanded neighbours, pinned nodes, a shortest path) → dismissed nodes.
import type { GraphFacts, ViewState, ViewerGraph, Visibility } from '../types.js';
import { shortestPath } from './path.js';

export function computeVisibility(graph: ViewerGraph, facts: GraphFacts, state: ViewState): Visibility {
  const dismissed = new Set(state.dismissed);
  const nodeTypes = new Set<string>(state.nodeTypes);
  const community = state.community !== undefined ? facts.communities : undefined;
  const nodes = new Set<string>();
  let isolated = 0;
  graph.forEachNode((node, attrs) => {
    const degree = facts.degree.get(node) ?? 0;
    if (degree === 0) isolated++;
    if (!nodeTypes.has(attrs.type)) return;
    if ((attrs.confidence ?? 1) < state.minConfidence) return;
    if (degree < state.minDegree) return;
    if (state.doc && !(attrs.docs ?? []).includes(state.doc)) return;
    if (community && community.get(node) !== state.community) return;
    nodes.add(node);
  });

  const edgePasses = relationFilter(facts, state);
  let edges = new Set<string>();
  // Nodes with at least one relation shown (for hideIsolated), gathered in the same pass.
  let linked = new Set<string>();
  for (const { key, source, target, attrs } of facts.edges) {
    if (!nodes.has(source) || !nodes.has(target) || !edgePasses(key, attrs)) continue;
    edges.add(key);
    linked.add(source);
    linked.add(target);
  }
  const filteredEdges = edges;

  let shownNodes = nodes;
  if (state.country && graph.hasNode(state.country)) {
    const ego = egoNetwork(graph, edges, state.country, state.depth);
    shownNodes = new Set([...nodes].filter((node) => ego.has(node)));
    edges = new Set([...edges].filter((edge) => ego.has(graph.source(edge)) && ego.has(graph.target(edge))));
    linked = new Set([...edges].flatMap((edge) => graph.extremities(edge)));
  }

  if (state.hideIsolated) shownNodes = new Set([...shownNodes].filter((node) => linked.has(node)));

  // Asked for by name: shown even when a filter would hide them.
  const extraNodes = new Set<string>();
  for (const entry of state.expanded) {
    const [node, type] = entry.split('|');
    if (!node || !graph.hasNode(node) || dismissed.has(node)) continue;
    extraNodes.add(node);
    graph.forEachEdge(node, (edge, attrs, source, target) => {
      if (type && attrs.type !== type) return;
      if (!edgePasses(edge, attrs)) return;
      const other = source === node ? target : source;
      if (dismissed.has(other)) return;
      extraNodes.add(other);
      edges.add(edge);
    });
  }
  for (const node of state.pinned) if (graph.hasNode(node)) extraNodes.add(node);

  let path: Visibility['path'];
  if (state.pathFrom && state.pathTo && graph.hasNode(state.pathFrom) && graph.hasNode(state.pathTo)) {
    // Along the relations the filters let through, whatever the node filters say about the ends.
    path = shortestPath(graph, state.pathFrom, state.pathTo, (edge, attrs) => filteredEdges.has(edge) || edgePasses(edge, attrs));
    for (const node of path.nodes) extraNodes.add(node);
    for (const edge of path.edges) edges.add(edge);
  }

  if (extraNodes.size > 0) shownNodes = new Set([...shownNodes, ...extraNodes]);
  // Every relation kept so far has both ends shown unless one was dismissed (a path may run through one).
  if (dismissed.size > 0) {
    shownNodes = new Set([...shownNodes].filter((node) => !dismissed.has(node)));
    edges = new Set([...edges].filter((edge) => shownNodes.has(graph.source(edge)) && shownNodes.has(graph.target(edge))));
  }
  return { nodes: shownNodes, edges, isolated, path };
}

type EdgeTest = (edge: string, attrs: ReturnType<ViewerGraph['getEdgeAttributes']>) => boolean;

/** Relation type, confidence, document and date range: the filters that judge a relation by itself. */
function relationFilter(facts: GraphFacts, state: ViewState): EdgeTest {
  const relationTypes = new Set<string>(state.relationTypes);
  const dateFiltered = state.dateFrom !== undefined || state.dateTo !== undefined;
  const from = state.dateFrom ?? -Infinity;
  const to = state.dateTo ?? Infinity;
  return (edge, attrs) => {
    if (!relationTypes.has(attrs.type)) return false;
    if ((attrs.confidence ?? 1) < state.minConfidence) return false;
    if (state.doc && !(attrs.docs ?? []).includes(state.doc)) return false;
    if (dateFiltered) {
      const months = facts.edgeMonths.get(edge);
      if (!months) return state.includeUndated;
      if (months[1] < from || months[0] > to) return false;
    }
    return true;
  };
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
