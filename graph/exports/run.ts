// Dispatch: pick the format's writer, after applying the shared filters to the graph.
import { TafahumError } from '../../model/errors.js';
import { filterGraph } from '../filter.js';
import type { GraphFilter } from '../filter.js';
import type { KnowledgeGraph } from '../io.js';
import { exportCsv } from './csv.js';
import { exportGexf } from './gexf.js';
import { exportGraphml } from './graphml.js';
import { exportJsonl } from './jsonl.js';
import { exportNeo4jAdmin } from './neo4j-admin.js';
import { EXPORT_FORMATS } from './types.js';
import type { ExportFormat, ExportOptions, ExportResult } from './types.js';

const WRITERS: Record<ExportFormat, (graph: KnowledgeGraph, options: ExportOptions) => Promise<ExportResult>> = {
  csv: exportCsv,
  jsonl: exportJsonl,
  gexf: exportGexf,
  graphml: exportGraphml,
  'neo4j-admin': exportNeo4jAdmin,
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function parseExportFormat(value: string | undefined): ExportFormat {
  const format = value?.trim().toLowerCase();
  if (!format || !isExportFormat(format)) {
    throw new TafahumError('E_USAGE', `--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${value ?? ''}"`);
  }
  return format;
}

export async function exportGraph(graph: KnowledgeGraph, filter: GraphFilter, options: ExportOptions): Promise<ExportResult> {
  if (options.excel && options.format !== 'csv') {
    throw new TafahumError('E_USAGE', `--excel only applies to --format csv, not ${options.format}`);
  }
  return WRITERS[options.format](filterGraph(graph, filter), options);
}
