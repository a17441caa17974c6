// Builds the viewer's graph from the server's payload (view-format.ts): one attribute object per item, the
// same as graph.json gives once imported, without the evidence sentences (fetched per relation).
import { MultiDirectedGraph } from 'graphology';
import { VIEW_FORMAT, type Column, type ViewPayload } from './view-format.js';
import type { EdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../types.js';

/** Reads item `i` of a column; undefined where the item has no such attribute. */
function valueAt(column: Column, i: number): unknown {
  switch (column.kind) {
    case 'plain': {
      const value = column.values[i];
      return value === null ? undefined : value;
    }
    case 'dict': {
      const code = column.codes[i] ?? -1;
      return code < 0 ? undefined : column.dict[code];
    }
    case 'list': {
      const list = column.lists[i];
      return list ? list.map((code) => column.dict[code]) : undefined;
    }
    default:
      return undefined;
  }
}

function record(columns: Array<[string, Column]>, i: number): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, column] of columns) {
    const value = valueAt(column, i);
    if (value !== undefined) attributes[name] = value;
  }
  return attributes;
}

export function isViewPayload(data: unknown): data is ViewPayload {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === VIEW_FORMAT;
}

/**
 * graphology keeps each node's neighbours in plain objects keyed by node key, and V8 gives every new set of keys
 * of such an object a hidden class of its own: 100,000 relations made as many. Switched to dictionary mode
 * before any relation is added (two properties added, the first deleted), they are hash tables from the start
 * and the relations go in in two thirds of the time. Relies on graphology 0.26's node records (`_nodes`, with
 * `in` and `out` objects); with other internals it does nothing.
 */
function useDictionaryAdjacency(graph: ViewerGraph, node: string): void {
  const record = (graph as unknown as { _nodes?: Map<string, { in?: unknown; out?: unknown }> })._nodes?.get(node);
  for (const adjacency of [record?.in, record?.out]) {
    if (typeof adjacency !== 'object' || adjacency === null) continue;
    const table = adjacency as Record<string, unknown>;
    table['\u0000a'] = 0;
    table['\u0000b'] = 0;
    delete table['\u0000a'];
    delete table['\u0000b'];
  }
}

/** The graph of a payload; malformed attributes are left to sanitizeGraph, a malformed structure throws. */
export function decodeViewPayload(payload: ViewPayload): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph();
  graph.replaceAttributes(payload.attributes ?? ({} as never));
  const nodeKeys = payload.nodes.keys;
  const nodeColumns = Object.entries(payload.nodes.columns);
  for (let i = 0; i < nodeKeys.length; i++) {
    graph.addNode(nodeKeys[i]!, record(nodeColumns, i) as unknown as ViewerNodeAttributes);
    useDictionaryAdjacency(graph, nodeKeys[i]!);
  }
  const { keys, source, target } = payload.edges;
  const edgeColumns = Object.entries(payload.edges.columns);
  for (let i = 0; i < keys.length; i++) {
    const from = nodeKeys[source[i]!];
    const to = nodeKeys[target[i]!];
    if (from === undefined || to === undefined) throw new Error(`relation ${i} names a node that is not in the graph`);
    const attributes = record(edgeColumns, i) as unknown as EdgeAttributes;
    graph.addEdgeWithKey(keys[i] ?? `${attributes.type}|${from}|${to}`, from, to, attributes);
  }
  return graph;
}
