// Encodes a graph (graphology's serialised form) as the viewer's payload (viewer/src/data/view-format.ts),
// and indexes the evidence sentences it leaves out, by relation key, for /api/evidence.
import type { EdgeEvidence, SerializedGraph } from '../../graph/types.js';
import { ON_DEMAND_EDGE_ATTRIBUTES, VIEW_FORMAT, type Column, type ViewPayload } from '../src/data/view-format.js';

/** A column for `name` over `records` (one attribute object per item), in the most compact of the three kinds. */
function encodeColumn(records: Array<Record<string, unknown>>, name: string): Column {
  const values = records.map((record) => record[name]);
  const present = values.filter((value) => value !== undefined && value !== null);
  if (present.length > 0 && present.every((value) => Array.isArray(value) && value.every((element) => typeof element === 'string'))) {
    const codes = new Map<string, number>();
    const code = (element: string) => {
      let found = codes.get(element);
      if (found === undefined) codes.set(element, (found = codes.size));
      return found;
    };
    const lists = values.map((value) => (Array.isArray(value) ? (value as string[]).map(code) : null));
    return { kind: 'list', dict: [...codes.keys()], lists };
  }
  if (present.every((value) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    const distinct = new Set(present as Array<string | number | boolean>);
    // Worth it when values repeat: a code is shorter than most values.
    if (distinct.size <= Math.max(16, present.length / 4)) {
      const dict = [...distinct];
      const index = new Map(dict.map((value, i) => [value, i]));
      return { kind: 'dict', dict, codes: values.map((value) => (value === undefined || value === null ? -1 : index.get(value as string | number | boolean)!)) };
    }
  }
  return { kind: 'plain', values: values.map((value) => (value === undefined ? null : value)) };
}

function encodeColumns(records: Array<Record<string, unknown>>, skip: readonly string[] = []): Record<string, Column> {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) if (!skip.includes(name)) names.add(name);
  return Object.fromEntries([...names].map((name) => [name, encodeColumn(records, name)]));
}

export interface ViewGraph {
  payload: ViewPayload;
  /** Evidence sentences of each relation, by relation key. */
  evidence: Map<string, EdgeEvidence[]>;
}

export function encodeViewGraph(graph: SerializedGraph): ViewGraph {
  const position = new Map(graph.nodes.map((node, i) => [node.key, i]));
  const nodeRecords = graph.nodes.map((node) => (node.attributes ?? {}) as unknown as Record<string, unknown>);
  const edges = graph.edges.filter((edge) => position.has(edge.source) && position.has(edge.target));
  const edgeRecords = edges.map((edge) => (edge.attributes ?? {}) as unknown as Record<string, unknown>);
  const evidence = new Map<string, EdgeEvidence[]>();
  const keys = edges.map((edge, i) => {
    const key = edge.key ?? `e${i}`;
    if (Array.isArray(edge.attributes?.evidence)) evidence.set(key, edge.attributes.evidence);
    return key === `${edge.attributes?.type}|${edge.source}|${edge.target}` ? null : key;
  });
  return {
    payload: {
      format: VIEW_FORMAT,
      attributes: graph.attributes,
      options: graph.options,
      nodes: { keys: graph.nodes.map((node) => node.key), columns: encodeColumns(nodeRecords) },
      edges: {
        keys,
        source: edges.map((edge) => position.get(edge.source)!),
        target: edges.map((edge) => position.get(edge.target)!),
        columns: encodeColumns(edgeRecords, ON_DEMAND_EDGE_ATTRIBUTES),
      },
    },
    evidence,
  };
}
