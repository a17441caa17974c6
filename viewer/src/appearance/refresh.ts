// What to redraw after a change of the view in a large graph. Sigma re-reduces every node and edge on a full
// refresh (120,000 items at 20,000 / 100,000: seconds on a loaded machine); a selection, a filter or a path
// usually changes a few hundred of them. Pure: the caller hands the list to sigma.refresh({ partialGraph }).
import type { ViewerGraph, Visibility } from '../types.js';

/** What the reducers drew from, besides the graph itself. */
export interface DrawnView {
  visibility: Visibility;
  selectedNode?: string;
  selectedEdge?: string;
  caption: string;
}

export interface ChangedItems {
  nodes: string[];
  edges: string[];
}

function addSymmetricDifference(into: Set<string>, a: Set<string>, b: Set<string>): void {
  for (const item of a) if (!b.has(item)) into.add(item);
  for (const item of b) if (!a.has(item)) into.add(item);
}

/**
 * The nodes and edges whose drawing may differ between `before` and `after`, or undefined when more than
 * `limit` items change (a full refresh is then as cheap) or when every label changes (another caption).
 * A selected node changes itself, its neighbours (labelled first) and its relations; a selected relation
 * changes itself and its two ends; a path changes its nodes and relations.
 */
export function changedItems(graph: ViewerGraph, before: DrawnView, after: DrawnView, limit: number): ChangedItems | undefined {
  if (before.caption !== after.caption) return undefined;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (before.visibility !== after.visibility) {
    addSymmetricDifference(nodes, before.visibility.nodes, after.visibility.nodes);
    addSymmetricDifference(edges, before.visibility.edges, after.visibility.edges);
    for (const view of [before, after]) {
      for (const node of view.visibility.path?.nodes ?? []) nodes.add(node);
      for (const edge of view.visibility.path?.edges ?? []) edges.add(edge);
    }
  }
  if (before.selectedNode !== after.selectedNode) {
    for (const node of [before.selectedNode, after.selectedNode]) {
      if (node === undefined || !graph.hasNode(node)) continue;
      nodes.add(node);
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        edges.add(edge);
        nodes.add(source === node ? target : source);
      });
      if (nodes.size + edges.size > limit) return undefined;
    }
  }
  if (before.selectedEdge !== after.selectedEdge) {
    for (const edge of [before.selectedEdge, after.selectedEdge]) {
      if (edge === undefined || !graph.hasEdge(edge)) continue;
      edges.add(edge);
      nodes.add(graph.source(edge));
      nodes.add(graph.target(edge));
    }
  }
  if (nodes.size + edges.size > limit) return undefined;
  return { nodes: [...nodes], edges: [...edges] };
}
