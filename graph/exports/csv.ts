// The relationship dataset as two RFC 4180 files, relationships.csv and nodes.csv, for pandas, R
// and spreadsheets. csv-stringify does the quoting; arrays become "|"-joined cells (jsonl keeps
// them as arrays). --excel adds a UTF-8 BOM and defuses cells that a spreadsheet would run.
import { join } from 'node:path';
import { stringify } from 'csv-stringify';
import type { KnowledgeGraph } from '../io.js';
import { nodeRow, relationshipRow } from './rows.js';
import { prepareOutDir, writeStreamed } from './sink.js';
import { tableFilesResult } from './result.js';
import type { ExportOptions, ExportResult, NodeRow, RelationshipRow } from './types.js';

export const CSV_ARRAY_SEPARATOR = '|';

export const RELATIONSHIP_COLUMNS = [
  'source_id', 'source_name', 'source_type', 'relation', 'target_id', 'target_name', 'target_type',
  'date', 'date_precision', 'date_inherited', 'status', 'title', 'confidence', 'doc_count', 'doc_ids',
  'first_evidence', 'relation_id',
] as const satisfies ReadonlyArray<keyof RelationshipRow>;

export const NODE_COLUMNS = ['id', 'type', 'name', 'aliases', 'country', 'degree'] as const satisfies ReadonlyArray<
  keyof NodeRow
>;

export async function exportCsv(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const dir = await prepareOutDir(options.out, 'csv');
  const excel = options.excel === true;
  const relationshipsPath = join(dir, 'relationships.csv');
  const nodesPath = join(dir, 'nodes.csv');
  await writeStreamed(
    relationshipsPath,
    records(RELATIONSHIP_COLUMNS, graph.edges(), (edge) => relationshipRow(graph, edge), excel),
    csvStringifier(excel),
  );
  await writeStreamed(nodesPath, records(NODE_COLUMNS, graph.nodes(), (node) => nodeRow(graph, node), excel), csvStringifier(excel));
  return tableFilesResult('csv', graph, relationshipsPath, nodesPath);
}

/**
 * The header, then one array of cells per row, built only as the stream asks for it.
 * Arrays rather than objects: csv-stringify is several times faster without column lookups.
 */
function* records<T extends object>(
  columns: ReadonlyArray<keyof T & string>,
  keys: Iterable<string>,
  toRow: (key: string) => T,
  excel: boolean,
): Generator<string[]> {
  yield [...columns];
  for (const key of keys) {
    const row = toRow(key);
    yield columns.map((column) => toCell(row[column], excel));
  }
}

function toCell(value: unknown, excel: boolean): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return excel ? defuseFormula(value.join(CSV_ARRAY_SEPARATOR)) : value.join(CSV_ARRAY_SEPARATOR);
  if (typeof value === 'string') return excel ? defuseFormula(value) : value;
  return String(value);
}

function csvStringifier(excel: boolean) {
  // RFC 4180 ends records with CRLF; fields holding \n or \r are quoted either way.
  return stringify({ bom: excel, record_delimiter: 'windows' });
}

/**
 * Spreadsheets execute cells starting with = + - @ (or a tab/CR before them): hostile text in an
 * alias or evidence could run as a formula. With --excel such cells get a leading apostrophe.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
