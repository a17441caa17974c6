// The shortest path between two entities along the relations a test lets through, in either direction
// (graphology-shortest-path on an undirected view of those relations). Pure.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { EdgeAttributes, ViewerGraph } from '../types.js';

export interface GraphPath {
  nodes: string[];
  edges: string[];
}

export function shortestPath(
  graph: ViewerGraph,
  from: string,
  to: string,
  allowed: (edge: string, attrs: EdgeAttributes) => boolean,
): GraphPath {
  if (from === to) return { nodes: [from], edges: [] };
  const view = new UndirectedGraph();
  view.addNode(from);
  view.addNode(to);
  graph.forEachEdge((edge, attrs, source, target) => {
    if (source === target || !allowed(edge, attrs)) return;
    view.mergeEdge(source, target);
  });
  const nodes = bidirectional(view, from, to);
  if (!nodes) return { nodes: [], edges: [] };
  // Between two consecutive nodes, the strongest allowed relation stands for the step.
  const edges: string[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1] as string;
    const b = nodes[i] as string;
    let best: string | undefined;
    let bestWeight = -Infinity;
    graph.forEachEdge(a, (edge, attrs, source, target) => {
      if ((source === a ? target : source) !== b || !allowed(edge, attrs)) return;
      if ((attrs.weight ?? 1) > bestWeight) {
        best = edge;
        bestWeight = attrs.weight ?? 1;
      }
    });
    if (best) edges.push(best);
  }
  return { nodes, edges };
}
