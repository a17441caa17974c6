// JSON Lines: relationships.jsonl (every evidence, agreements, arrays kept as arrays), nodes.jsonl
// and documents.jsonl, one record per line; the lossless tabular export for pandas
// (`read_json(lines=True)`). Same rows as the csv files (graph/exports/rows.ts).
import { join } from 'node:path';
import type { KnowledgeGraph } from '../io.js';
import { documentRows, nodeRow, relationshipRecord } from './rows.js';
import { batch, prepareOutDir, writeStreamed } from './sink.js';
import type { ExportOptions, ExportResult, WrittenFile } from './types.js';

export async function exportJsonl(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const dir = await prepareOutDir(options.out, 'jsonl');
  const files: WrittenFile[] = [];
  const write = async (name: string, kind: WrittenFile['kind'], records: Iterable<object>) => {
    const path = join(dir, name);
    const counter = { rows: 0 };
    await writeStreamed(path, batch(jsonLines(records, counter)));
    files.push({ path, kind, rows: counter.rows });
  };
  await write('relationships.jsonl', 'relationships', mapped(graph.edges(), (edge) => relationshipRecord(graph, edge)));
  await write('nodes.jsonl', 'nodes', mapped(graph.nodes(), (node) => nodeRow(graph, node)));
  await write('documents.jsonl', 'documents', documentRows(graph));
  return { format: 'jsonl', nodes: graph.order, relationships: graph.size, files };
}

function* mapped<T>(keys: Iterable<string>, toRecord: (key: string) => T): Generator<T> {
  for (const key of keys) yield toRecord(key);
}

/**
 * JSON.stringify escapes newlines but not U+2028/U+2029, which Python's splitlines() treats as
 * line breaks; escaping them keeps one record per line for every reader.
 */
export function* jsonLines(records: Iterable<object>, counter: { rows: number } = { rows: 0 }): Generator<string> {
  for (const record of records) {
    counter.rows++;
    yield `${JSON.stringify(record).replace(/[\u2028\u2029]/g, escapeSeparator)}\n`;
  }
}

function escapeSeparator(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16)}`;
}
