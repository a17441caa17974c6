// The build summary, as text or JSON (the same figures): documents read and skipped with reasons,
// nodes and edges of the merged graph per type, relations as stated in documents, isolated nodes and
// the most connected entities.
import type { BuildSummary } from '../../extract/run.js';
import { readGraphLines } from '../../graph/io.js';
import { graphStatsFromLines, type GraphStats } from '../../graph/stats.js';

/**
 * The run's summary (its `entities`/`relations` and their per-type counts are as found in each
 * document, before merging: a country named in ten documents counts ten) plus the figures of the
 * merged graph written to graph.json (absent when nothing was written).
 */
export type BuildReport = BuildSummary & { written?: boolean; graph?: GraphStats };

/** Figures of a finished build; streams the graph.json it wrote for the graph's own figures. */
export async function buildReport(summary: BuildSummary): Promise<BuildReport> {
  const report: BuildReport = summary;
  const written = report.written !== false && summary.documents > 0;
  return written ? { ...report, graph: await graphStatsFromLines(readGraphLines(summary.outputs.graph)) } : report;
}

const MAX_SKIPPED_LINES = 20;

export function formatBuildReport(report: BuildReport): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [`Read ${plural(report.documents, 'document')} from ${plural(report.files, 'file')} in ${report.seconds.toFixed(1)} s`];
  lines.push(`Skipped ${report.skipped.length}${report.skipped.length ? ':' : ''}`);
  for (const item of report.skipped.slice(0, MAX_SKIPPED_LINES)) lines.push(`  - ${item.source}: ${item.reason}`);
  if (report.skipped.length > MAX_SKIPPED_LINES) lines.push(`  … and ${report.skipped.length - MAX_SKIPPED_LINES} more (--json lists all)`);
  // Decisions on documents that were kept (bytes replaced, …): the ingest notes.
  const notes = report.notes ?? [];
  if (notes.length) lines.push(`Notes ${notes.length}:`);
  for (const item of notes.slice(0, MAX_SKIPPED_LINES)) lines.push(`  - ${item.source}: ${item.note}`);
  if (notes.length > MAX_SKIPPED_LINES) lines.push(`  … and ${notes.length - MAX_SKIPPED_LINES} more (--json lists all)`);
  const g = report.graph;
  if (g) {
    lines.push(`Nodes: ${g.nodes} (${byType(g.nodesByType)})`);
    lines.push(`Edges: ${g.edges} (${byType(g.edgesByType)})`);
    lines.push(`Isolated nodes (no relation): ${g.isolated}${g.isolated ? ` (${byType(g.isolatedByType)})` : ''}`);
  }
  lines.push(`In documents, before merging: ${report.entities} entities (${byType(report.entitiesByType)}), ${report.relations} relations (${byType(report.relationsByType)})`);
  if (g && g.mostConnected.length) {
    lines.push(`Most connected:`);
    const width = Math.max(...g.mostConnected.map((e) => String(e.degree).length));
    for (const e of g.mostConnected) lines.push(`  ${String(e.degree).padStart(width)}  ${e.name} (${e.type}, ${e.id})`);
  }
  if (g) lines.push(`Wrote ${report.outputs.extractions}`, `Wrote ${report.outputs.graph}`);
  else lines.push('Nothing written: the output directory was left as it was');
  return `${lines.join('\n')}\n`;
}

function byType(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.map(([type, n]) => `${type} ${n}`).join(', ') || 'none';
}
