// JSON Lines: relationships.jsonl (every evidence, agreements, arrays kept as arrays) and
// nodes.jsonl, one record per line; the lossless tabular export for pandas (`read_json(lines=True)`).
import { join } from 'node:path';
import type { KnowledgeGraph } from '../io.js';
import { nodeRow, relationshipRecord } from './rows.js';
import { batch, prepareOutDir, writeStreamed } from './sink.js';
import { tableFilesResult } from './result.js';
import type { ExportOptions, ExportResult } from './types.js';

export async function exportJsonl(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const dir = await prepareOutDir(options.out, 'jsonl');
  const relationshipsPath = join(dir, 'relationships.jsonl');
  const nodesPath = join(dir, 'nodes.jsonl');
  await writeStreamed(relationshipsPath, batch(lines(graph.edges(), (edge) => relationshipRecord(graph, edge))));
  await writeStreamed(nodesPath, batch(lines(graph.nodes(), (node) => nodeRow(graph, node))));
  return tableFilesResult('jsonl', graph, relationshipsPath, nodesPath);
}

/**
 * JSON.stringify escapes newlines but not U+2028/U+2029, which Python's splitlines() treats as
 * line breaks; escaping them keeps one record per line for every reader.
 */
function* lines(keys: Iterable<string>, toRecord: (key: string) => object): Generator<string> {
  for (const key of keys) yield `${JSON.stringify(toRecord(key)).replace(/[\u2028\u2029]/g, escapeSeparator)}\n`;
}

function escapeSeparator(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16)}`;
}
