// Exports of the filtered subgraph (what the filters let through): CSV tables and GEXF for Gephi.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import { toCsv } from './csv.js';
import { edgeColor, nodeColor } from '../appearance/palette.js';
import { nodeSize } from '../appearance/reducers.js';
import type { GraphFacts, ViewerGraph, Visibility } from '../types.js';

export function nodesCsv(graph: ViewerGraph, visibility: Visibility): string {
  const rows = [...visibility.nodes].map((node) => {
    const a = graph.getNodeAttributes(node);
    return [node, a.type, a.name, a.aliases, a.country, a.titles, a.confidence, a.docs];
  });
  return toCsv(['id', 'type', 'name', 'aliases', 'country', 'titles', 'confidence', 'docs'], rows);
}

export function edgesCsv(graph: ViewerGraph, visibility: Visibility): string {
  const rows = [...visibility.edges].map((edge) => {
    const a = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    return [
      source,
      graph.getNodeAttribute(source, 'name'),
      a.type,
      target,
      graph.getNodeAttribute(target, 'name'),
      a.date,
      a.status,
      a.title,
      a.confidence,
      a.docs,
      (a.evidence ?? []).map((e) => e.text),
    ];
  });
  return toCsv(
    ['source', 'source_name', 'type', 'target', 'target_name', 'date', 'status', 'title', 'confidence', 'docs', 'evidence'],
    rows,
  );
}

/** GEXF 1.3 with flat attributes (lists joined) and viz colour, size and position as shown. */
export function subgraphGexf(graph: ViewerGraph, facts: GraphFacts, visibility: Visibility): string {
  const sub = new MultiDirectedGraph();
  for (const node of visibility.nodes) {
    const a = graph.getNodeAttributes(node);
    sub.addNode(node, {
      label: a.name,
      type: a.type,
      aliases: (a.aliases ?? []).join('; '),
      country: a.country ?? '',
      confidence: a.confidence ?? 0,
      docs: (a.docs ?? []).join('; '),
      viz: { color: nodeColor(a.type), size: nodeSize(facts.degree.get(node) ?? 0), x: a.x ?? 0, y: a.y ?? 0 },
    });
  }
  for (const edge of visibility.edges) {
    const a = graph.getEdgeAttributes(edge);
    sub.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), {
      label: a.type,
      type: a.type,
      date: a.date ?? '',
      status: a.status ?? '',
      confidence: a.confidence ?? 0,
      weight: a.weight ?? 1,
      docs: (a.docs ?? []).join('; '),
      evidence: (a.evidence ?? []).map((e) => e.text).join(' | '),
      viz: { color: edgeColor(a.type) },
    });
  }
  return writeGexf(sub, {
    version: '1.3',
    formatNode: (_key: string, attrs: Record<string, unknown>) => {
      const { label, viz, ...rest } = attrs as Record<string, unknown>;
      return { label: String(label), viz: viz as never, attributes: rest };
    },
    formatEdge: (_key: string, attrs: Record<string, unknown>) => {
      const { label, viz, weight, ...rest } = attrs as Record<string, unknown>;
      return { label: String(label), viz: viz as never, weight: Number(weight), attributes: rest };
    },
  });
}

export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
