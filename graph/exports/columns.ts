// The column order of the table exports (csv, and the viewer's downloads): one schema for all.
// jsonl writes the same fields as objects. Pure data, browser-safe.
import type { DocumentRow, NodeRow, RelationshipRow } from './types.js';

export const RELATIONSHIP_COLUMNS = [
  'source_id', 'source_name', 'source_type', 'relation', 'target_id', 'target_name', 'target_type',
  'date', 'date_precision', 'date_inherited', 'status', 'title', 'confidence', 'doc_count', 'doc_ids',
  'first_evidence', 'relation_id',
] as const satisfies ReadonlyArray<keyof RelationshipRow>;

export const NODE_COLUMNS = [
  'id', 'type', 'name', 'aliases', 'country', 'titles', 'confidence', 'mentions', 'doc_ids', 'degree',
] as const satisfies ReadonlyArray<keyof NodeRow>;

export const DOCUMENT_COLUMNS = ['id', 'title', 'date', 'url', 'lang'] as const satisfies ReadonlyArray<keyof DocumentRow>;

/** List cells (aliases, doc_ids, titles) are joined with this; jsonl keeps arrays. */
export const CSV_ARRAY_SEPARATOR = '|';
