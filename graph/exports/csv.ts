// The relationship dataset as two RFC 4180 files, relationships.csv and nodes.csv, for pandas, R
// and spreadsheets. csv-stringify does the quoting; arrays become "|"-joined cells (jsonl keeps
// them as arrays). --excel adds a UTF-8 BOM and defuses cells that a spreadsheet would run.
import { join } from 'node:path';
import { stringify } from 'csv-stringify';
import type { KnowledgeGraph } from '../io.js';
import { nodeRow, relationshipRow } from './rows.js';
import { prepareOutDir, writeStreamed } from './sink.js';
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

type Cells = Record<string, string | number | boolean | null>;

export async function exportCsv(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const dir = await prepareOutDir(options.out, 'csv');
  const excel = options.excel === true;
  const relationshipsPath = join(dir, 'relationships.csv');
  const nodesPath = join(dir, 'nodes.csv');
  await writeStreamed(
    relationshipsPath,
    mapCells(graph.edges(), (edge) => relationshipRow(graph, edge)),
    csvStringifier(RELATIONSHIP_COLUMNS, excel),
  );
  await writeStreamed(nodesPath, mapCells(graph.nodes(), (node) => nodeRow(graph, node)), csvStringifier(NODE_COLUMNS, excel));
  return {
    format: 'csv',
    nodes: graph.order,
    relationships: graph.size,
    files: [
      { path: relationshipsPath, kind: 'relationships', rows: graph.size },
      { path: nodesPath, kind: 'nodes', rows: graph.order },
    ],
  };
}

/** Rows are built one at a time as the stream asks for them. */
function* mapCells<T extends object>(keys: Iterable<string>, toRow: (key: string) => T): Generator<Cells> {
  for (const key of keys) yield toCells(toRow(key));
}

function toCells(row: object): Cells {
  const cells: Cells = {};
  for (const [name, value] of Object.entries(row)) {
    cells[name] = Array.isArray(value) ? value.join(CSV_ARRAY_SEPARATOR) : (value as Cells[string]);
  }
  return cells;
}

function csvStringifier(columns: readonly string[], excel: boolean) {
  return stringify({
    header: true,
    columns: [...columns],
    bom: excel,
    // RFC 4180 ends records with CRLF; fields holding \n or \r are quoted either way.
    record_delimiter: 'windows',
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      string: excel ? defuseFormula : (value) => value,
    },
  });
}

/**
 * Spreadsheets execute cells starting with = + - @ (or a tab/CR before them): hostile text in an
 * alias or evidence could run as a formula. With --excel such cells get a leading apostrophe.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
