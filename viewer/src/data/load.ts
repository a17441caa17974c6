// Fetches /graph.json from the server, imports it into graphology and derives the facts the view needs.
import { MultiDirectedGraph } from 'graphology';
import { monthRange } from './dates.js';
import type { GraphFacts, ViewerGraph } from '../types.js';

export async function fetchGraph(url = './graph.json'): Promise<ViewerGraph> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`could not load the graph (${response.status})`);
  const data: unknown = await response.json();
  const graph: ViewerGraph = new MultiDirectedGraph();
  graph.import(data as never);
  // A graph without positions (e.g. served by an older build) still opens: place nodes on a circle.
  const order = graph.order;
  let index = 0;
  graph.forEachNode((node, attrs) => {
    if (!Number.isFinite(attrs.x) || !Number.isFinite(attrs.y)) {
      const angle = (2 * Math.PI * index) / Math.max(order, 1);
      graph.mergeNodeAttributes(node, { x: Math.cos(angle) * 100, y: Math.sin(angle) * 100 });
    }
    index++;
  });
  return graph;
}

export function deriveFacts(graph: ViewerGraph): GraphFacts {
  const degree = new Map<string, number>();
  graph.forEachNode((node) => degree.set(node, graph.degree(node)));
  const edgeMonths = new Map<string, [number, number]>();
  let minMonth: number | undefined;
  let maxMonth: number | undefined;
  graph.forEachEdge((edge, attrs) => {
    const range = monthRange(attrs.date);
    if (!range) return;
    edgeMonths.set(edge, range);
    minMonth = minMonth === undefined ? range[0] : Math.min(minMonth, range[0]);
    maxMonth = maxMonth === undefined ? range[1] : Math.max(maxMonth, range[1]);
  });
  return { degree, edgeMonths, minMonth, maxMonth };
}
