// `tafahum export`: write graph.json as csv, jsonl, gexf, graphml or neo4j-admin import files,
// optionally filtered by relation type, entity type, date, country ego network and confidence.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportGraph, parseExportFormat } from '../../graph/exports/index.js';
import type { ExportResult } from '../../graph/exports/index.js';
import { parseGraphFilter, type RawGraphFilter } from '../../graph/filter.js';
import { graphPath, readGraphFile, type KnowledgeGraph } from '../../graph/io.js';
import { LAYOUT_VERSION, hasLayout } from '../../graph/layout.js';
import { applyPositions, ensurePositions, structureHash } from '../../viewer/server/graph-source.js';
import { TafahumError } from '../../model/errors.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../model/types.js';

interface ExportCommandOptions extends RawGraphFilter {
  format?: string;
  out?: string;
  excel?: boolean;
  layout?: boolean;
  json?: boolean;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export the graph as csv, jsonl, gexf, graphml or neo4j-admin files')
    .argument('<out-dir>', 'build output directory holding graph.json (or the graph.json file)')
    .option('-f, --format <format>', `${EXPORT_FORMATS.join(' | ')}`)
    .option(
      '-o, --out <path>',
      'a directory for csv, jsonl and neo4j-admin (created if missing); a file for gexf and graphml',
    )
    .option('--relations <list>', `comma-separated relation types to keep (${RELATION_TYPES.join(', ')})`)
    .option('--types <list>', `comma-separated entity types to keep (${ENTITY_TYPES.join(', ')})`)
    .option('--since <date>', 'keep relations dated on or after YYYY, YYYY-MM or YYYY-MM-DD (drops undated ones)')
    .option('--until <date>', 'keep relations dated on or before YYYY, YYYY-MM or YYYY-MM-DD (drops undated ones)')
    .option('--country <iso2>', 'keep the ego network of country:<ISO2>: it, its neighbours and the relations among them')
    .option('--min-confidence <number>', 'drop entities and relations with a confidence below this (0..1)')
    .option('--excel', 'csv only: add a UTF-8 BOM and defuse formula-like cells for spreadsheet programs')
    .option('--layout', 'gexf/graphml: compute node positions when neither graph.json nor the viewer cache has them')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  tafahum export out/run --format csv --out out/run/csv --excel\n' +
        '  tafahum export out/run --format gexf --out out/run/graph.gexf --relations SIGNED,PARTNERED --since 2024\n' +
        '  tafahum export out/run --format neo4j-admin --out out/run/neo4j-import --country MA',
    )
    .action(async (outDir: string, options: ExportCommandOptions) => {
      if (options.format === undefined) throw new TafahumError('E_USAGE', `--format is required (${EXPORT_FORMATS.join(', ')})`);
      const format = parseExportFormat(options.format);
      if (!options.out) throw new TafahumError('E_USAGE', '--out is required: where to write the export');
      const filter = parseGraphFilter(options);
      const graph = await readGraphFile(outDir);
      if (format === 'gexf' || format === 'graphml') await addPositions(graph, outDir, options.layout === true);
      const result = await exportGraph(graph, filter, { format, out: options.out, excel: options.excel === true });
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
    });
}

function summary(result: ExportResult): string {
  const lines = [`Exported ${result.nodes} nodes and ${result.relationships} relationships as ${result.format}:`];
  for (const file of result.files) lines.push(`  ${file.path}  (${file.rows} ${file.kind === 'graph' ? 'elements' : 'rows'})`);
  if (result.command) {
    lines.push('', 'Import with (Neo4j stopped; add --overwrite-destination=true to replace an existing database):');
    lines.push(`  ${result.command}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Positions for Gephi: graph.json's own, else the layout the viewer cached for this very graph
 * structure (<out-dir>/layout.json), else — with --layout — computed now (and cached).
 */
async function addPositions(graph: KnowledgeGraph, outDir: string, compute: boolean): Promise<void> {
  if (hasLayout(graph)) return;
  const dir = dirname(graphPath(outDir));
  if (compute) {
    await ensurePositions(graph, dir, (line) => process.stderr.write(`${line}\n`));
    return;
  }
  let text: string;
  try {
    text = await readFile(join(dir, 'layout.json'), 'utf8');
  } catch {
    return; // no cached layout: the export simply has no positions
  }
  try {
    const cache = JSON.parse(text) as { version?: number; graphHash?: string; positions?: Record<string, { x: number; y: number }> };
    if (cache.version === LAYOUT_VERSION && cache.graphHash === structureHash(graph) && cache.positions) applyPositions(graph, cache.positions);
  } catch {
    process.stderr.write(`tafahum: ignoring ${join(dir, 'layout.json')}: not valid JSON (run with --layout to recompute)\n`);
  }
}
