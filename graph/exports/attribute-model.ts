// The node and edge columns written by the GEXF and GraphML exports, described once as data:
// name, declared XML type, and how to read the value from graph.json attributes. Arrays become
// "|"-joined strings (neither format has list types Gephi reads everywhere); evidence is JSON.
import { dedupeAliases } from '../aliases.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';

export type XmlValueType = 'string' | 'double' | 'integer' | 'boolean';
type Value = string | number | boolean | undefined;

export interface ColumnSpec<A> {
  /** Column name in Gephi; never `type`, `id` or `label`, which the formats reserve. */
  name: string;
  type: XmlValueType;
  value: (attrs: A) => Value;
}

export const XML_ARRAY_SEPARATOR = '|';

const joined = (values: string[] | undefined): string | undefined =>
  values && values.length > 0 ? values.join(XML_ARRAY_SEPARATOR) : undefined;

export const NODE_COLUMNS: ReadonlyArray<ColumnSpec<NodeAttributes>> = [
  { name: 'entity_type', type: 'string', value: (a) => a.type },
  { name: 'name', type: 'string', value: (a) => a.name },
  { name: 'aliases', type: 'string', value: (a) => joined(dedupeAliases(a.name, a.aliases ?? [])) },
  { name: 'confidence', type: 'double', value: (a) => a.confidence },
  { name: 'docs', type: 'string', value: (a) => joined(a.docs) },
  { name: 'mentions', type: 'integer', value: (a) => a.mentions },
  { name: 'titles', type: 'string', value: (a) => joined(a.titles) },
  { name: 'country', type: 'string', value: (a) => a.country },
  { name: 'agreement_kind', type: 'string', value: (a) => a.kind },
  { name: 'domain', type: 'string', value: (a) => a.domain },
  { name: 'merge_reasons', type: 'string', value: (a) => joined(a.mergeReasons) },
];

export const EDGE_COLUMNS: ReadonlyArray<ColumnSpec<EdgeAttributes>> = [
  { name: 'relation', type: 'string', value: (a) => a.type },
  { name: 'docs', type: 'string', value: (a) => joined(a.docs) },
  { name: 'doc_count', type: 'integer', value: (a) => a.docs?.length ?? 0 },
  { name: 'date', type: 'string', value: (a) => a.date },
  { name: 'date_precision', type: 'string', value: (a) => a.datePrecision },
  { name: 'date_inherited', type: 'boolean', value: (a) => a.dateInherited },
  { name: 'status', type: 'string', value: (a) => a.status },
  { name: 'confidence', type: 'double', value: (a) => a.confidence },
  { name: 'title', type: 'string', value: (a) => a.title },
  { name: 'agreements', type: 'string', value: (a) => joined(a.agreements) },
  { name: 'first_evidence', type: 'string', value: (a) => a.evidence?.[0]?.text },
  { name: 'evidence_json', type: 'string', value: (a) => (a.evidence ? JSON.stringify(a.evidence) : undefined) },
];

/** Formats a present value for XML; undefined, NaN and empty strings are left out. */
export function formatValue(value: Value): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return String(value);
}
