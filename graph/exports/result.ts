// The summary a single-file export format (GEXF, GraphML) returns.
import type { KnowledgeGraph } from '../io.js';
import type { ExportResult } from './types.js';

export function graphFileResult(format: ExportResult['format'], graph: KnowledgeGraph, path: string): ExportResult {
  return { format, nodes: graph.order, relationships: graph.size, files: [{ path, kind: 'graph', rows: graph.order + graph.size }] };
}
