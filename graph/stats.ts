// Figures about a merged graph for the build summary: nodes and edges per type, isolated nodes,
// the most connected entities. Pure and linear in the graph's size.
import type { GraphLine, KnowledgeGraph } from './io.js';

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

/**
 * The same figures from graph.json read as a stream (readGraphLines): memory holds the node
 * table (id, name, type, degree), never the edges and their evidence.
 */
export async function graphStatsFromLines(lines: AsyncIterable<GraphLine>, top = 10): Promise<GraphStats> {
  const nodes = new Map<string, { name: string; type: string; degree: number }>();
  const edgesByType: Record<string, number> = {};
  let edges = 0;
  for await (const line of lines) {
    if (line.kind === 'node') nodes.set(line.key, { name: line.attributes.name, type: line.attributes.type, degree: 0 });
    else if (line.kind === 'edge') {
      edges++;
      increment(edgesByType, line.attributes.type);
      for (const end of [line.source, line.target]) {
        const node = nodes.get(end);
        if (node) node.degree++;
      }
    }
  }
  const nodesByType: Record<string, number> = {};
  const isolatedByType: Record<string, number> = {};
  let isolated = 0;
  const best: ConnectedEntity[] = [];
  for (const [id, node] of nodes) {
    increment(nodesByType, node.type);
    if (node.degree === 0) {
      isolated++;
      increment(isolatedByType, node.type);
      continue;
    }
    const entity = { id, name: node.name, type: node.type, degree: node.degree };
    if (best.length < top || before(entity, best[best.length - 1]!)) {
      best.push(entity);
      best.sort((a, b) => (before(a, b) ? -1 : 1));
      if (best.length > top) best.pop();
    }
  }
  return { nodes: nodes.size, edges, nodesByType, edgesByType, isolated, isolatedByType, mostConnected: best };
}

