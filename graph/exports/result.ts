// The summaries the export formats return: one graph file (GEXF, GraphML) or a relationships file
// plus a nodes file (CSV, JSON Lines).
import type { KnowledgeGraph } from '../io.js';
import type { ExportResult } from './types.js';

export function graphFileResult(format: ExportResult['format'], graph: KnowledgeGraph, path: string): ExportResult {
  return { format, nodes: graph.order, relationships: graph.size, files: [{ path, kind: 'graph', rows: graph.order + graph.size }] };
}

export function tableFilesResult(format: ExportResult['format'], graph: KnowledgeGraph, relationshipsPath: string, nodesPath: string): ExportResult {
  return {
    format,
    nodes: graph.order,
    relationships: graph.size,
    files: [
      { path: relationshipsPath, kind: 'relationships', rows: graph.size },
      { path: nodesPath, kind: 'nodes', rows: graph.order },
    ],
  };
}
