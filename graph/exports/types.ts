// Types shared by the export formats: the options a format receives, what it reports back,
// and the flat rows that the csv and jsonl formats write.
import type { DatePrecision, EntityType, RelationStatus, RelationType } from '../../model/types.js';
import type { EdgeEvidence } from '../types.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'gexf', 'graphml', 'neo4j-admin'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that write several files into a directory given by --out. */
export const DIRECTORY_FORMATS: ReadonlySet<ExportFormat> = new Set(['csv', 'jsonl', 'neo4j-admin']);

export interface ExportOptions {
  format: ExportFormat;
  /** A directory for csv, jsonl and neo4j-admin; a file for gexf and graphml. */
  out: string;
  /** csv only: start each file with a UTF-8 byte order mark for spreadsheet programs. */
  excel?: boolean;
}

export interface WrittenFile {
  path: string;
  /** What the file holds. */
  kind: 'nodes' | 'relationships' | 'documents' | 'mentions' | 'graph';
  /** Data rows (csv/jsonl/neo4j-admin) or elements (gexf/graphml: nodes + edges). */
  rows: number;
}

export interface ExportResult {
  format: ExportFormat;
  nodes: number;
  relationships: number;
  files: WrittenFile[];
  /** neo4j-admin only: the import command to run, ready to paste. */
  command?: string;
}

/** One relation, flattened for tables (csv) and records (jsonl); null where the graph has no value. */
export interface RelationshipRow {
  source_id: string;
  source_name: string;
  source_type: EntityType;
  relation: RelationType;
  target_id: string;
  target_name: string;
  target_type: EntityType;
  date: string | null;
  date_precision: DatePrecision | null;
  date_inherited: boolean | null;
  status: RelationStatus | null;
  /** AFFILIATED_WITH: the role. */
  title: string | null;
  confidence: number;
  doc_count: number;
  doc_ids: string[];
  first_evidence: string | null;
  /** The graph's edge key, `<TYPE>|<source>|<target>`. */
  relation_id: string;
}

export interface NodeRow {
  id: string;
  type: EntityType;
  name: string;
  /** Other forms, one per case- and space-insensitive variant. */
  aliases: string[];
  country: string | null;
  titles: string[];
  confidence: number;
  mentions: number;
  doc_ids: string[];
  /** Relations of the node in the exported (filtered) graph. */
  degree: number;
}

/** One source document of the build: the table that doc_ids refer to. */
export interface DocumentRow {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  lang: string | null;
}

/** jsonl relationship record: the table row plus every evidence and the agreements behind it. */
export interface RelationshipRecord extends RelationshipRow {
  agreements: string[];
  evidence: EdgeEvidence[];
}
