// The tables as RFC 4180 files — relationships.csv, nodes.csv, documents.csv — for pandas, R and
// spreadsheets. Arrays become "|"-joined cells (jsonl keeps them as arrays). --excel adds a UTF-8
// BOM and defuses cells that a spreadsheet would run.
import { join } from 'node:path';
import type { KnowledgeGraph } from '../io.js';
import { DOCUMENT_COLUMNS, NODE_COLUMNS, RELATIONSHIP_COLUMNS } from './columns.js';
import { csvLines } from './csv-text.js';
import { documentRows, nodeRow, relationshipRow } from './rows.js';
import { batch, prepareOutDir, writeStreamed } from './sink.js';
import type { ExportOptions, ExportResult, WrittenFile } from './types.js';

export { CSV_ARRAY_SEPARATOR, DOCUMENT_COLUMNS, NODE_COLUMNS, RELATIONSHIP_COLUMNS } from './columns.js';
export { defuseFormula } from './csv-text.js';

export async function exportCsv(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const dir = await prepareOutDir(options.out, 'csv');
  const excel = options.excel === true;
  const files: WrittenFile[] = [];
  const write = async <T extends object>(name: string, kind: WrittenFile['kind'], columns: ReadonlyArray<keyof T & string>, rows: Iterable<T>) => {
    const path = join(dir, name);
    const counter = { rows: 0 };
    await writeStreamed(path, batch(csvLines(columns, rows, excel, counter)));
    files.push({ path, kind, rows: counter.rows });
  };
  await write('relationships.csv', 'relationships', RELATIONSHIP_COLUMNS, mapped(graph.edges(), (edge) => relationshipRow(graph, edge)));
  await write('nodes.csv', 'nodes', NODE_COLUMNS, mapped(graph.nodes(), (node) => nodeRow(graph, node)));
  await write('documents.csv', 'documents', DOCUMENT_COLUMNS, documentRows(graph));
  return { format: 'csv', nodes: graph.order, relationships: graph.size, files };
}

function* mapped<T>(keys: Iterable<string>, toRow: (key: string) => T): Generator<T> {
  for (const key of keys) yield toRow(key);
}
