// The graph as the server sends it to the viewer (/view.json): graph.json without the evidence sentences
// (fetched per relation from /api/evidence when a relation is opened), by columns instead of one object per
// item, ends by position instead of by key, and relation keys left out when they are the usual
// `TYPE|source|target`. At 20,000 nodes / 100,000 relations the browser receives, decodes and parses a
// fifth of the bytes. Encoded in viewer/server/view-payload.ts, decoded in data/view-decode.ts.
import type { GraphAttributes, SerializedGraph } from '../../../graph/types.js';

export const VIEW_FORMAT = 'tafahum-view/1';

/**
 * One attribute over every item. `plain`: the values (null where absent). `dict`: scalar values as codes into
 * `dict` (-1 where absent), for values with few distinct forms (types, dates). `list`: lists of strings, each
 * element a code into `dict` (null where absent), for document ids and names.
 */
export type Column =
  | { kind: 'plain'; values: unknown[] }
  | { kind: 'dict'; dict: unknown[]; codes: number[] }
  | { kind: 'list'; dict: string[]; lists: Array<number[] | null> };

export interface ViewPayload {
  format: typeof VIEW_FORMAT;
  attributes: GraphAttributes;
  options: SerializedGraph['options'];
  nodes: { keys: string[]; columns: Record<string, Column> };
  /** `keys[i]` is null when it is `${type}|${source}|${target}`; `source`/`target` are node positions. */
  edges: { keys: Array<string | null>; source: number[]; target: number[]; columns: Record<string, Column> };
}

/** The attributes of graph.json's relations that the view payload leaves out (served on demand). */
export const ON_DEMAND_EDGE_ATTRIBUTES = ['evidence'] as const;
