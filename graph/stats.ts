// Figures about a merged graph for the build summary: nodes and edges per type, isolated nodes,
// the most connected entities. Pure and linear in the graph's size.
import type { KnowledgeGraph } from './io.js';

export interface ConnectedEntity {
  id: string;
  name: string;
  type: string;
  /** Relations (edges) touching the entity, in and out. */
  degree: number;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  /** Nodes without any relation (mentioned, but not linked to anything). */
  isolated: number;
  isolatedByType: Record<string, number>;
  mostConnected: ConnectedEntity[];
}

export function graphStats(graph: KnowledgeGraph, top = 10): GraphStats {
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  const isolatedByType: Record<string, number> = {};
  let isolated = 0;
  // A bounded list kept sorted: O(n · top), not a sort of every node.
  const best: ConnectedEntity[] = [];
  graph.forEachNode((id, attrs) => {
    increment(nodesByType, attrs.type);
    const degree = graph.degree(id);
    if (degree === 0) {
      isolated++;
      increment(isolatedByType, attrs.type);
      return;
    }
    const entity = { id, name: attrs.name, type: attrs.type, degree };
    if (best.length < top || before(entity, best[best.length - 1]!)) {
      best.push(entity);
      best.sort((a, b) => (before(a, b) ? -1 : 1));
      if (best.length > top) best.pop();
    }
  });
  graph.forEachEdge((_edge, attrs) => increment(edgesByType, attrs.type));
  return { nodes: graph.order, edges: graph.size, nodesByType, edgesByType, isolated, isolatedByType, mostConnected: best };
}

/** Higher degree first; ties by id so the list is stable from run to run. */
function before(a: ConnectedEntity, b: ConnectedEntity): boolean {
  return a.degree !== b.degree ? a.degree > b.degree : a.id < b.id;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
