// GEXF for Gephi, written element by element to a file stream (graphology-gexf's writer builds
// the whole document in memory first); the document itself comes from gexf-document.ts.
import type { KnowledgeGraph } from '../io.js';
import { gexfPieces } from './gexf-document.js';
import { batch, prepareOutFile, writeStreamed } from './sink.js';
import { graphFileResult } from './result.js';
import type { ExportOptions, ExportResult } from './types.js';

export { gexfPieces };

export async function exportGexf(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const path = await prepareOutFile(options.out, 'gexf');
  await writeStreamed(path, batch(gexfPieces(graph)));
  return graphFileResult('gexf', graph, path);
}
