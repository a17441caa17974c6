// Exports of the filtered subgraph (what the filters let through), in the very schema of
// `tafahum export`: the same CSV tables (graph/exports/rows.ts) and the same GEXF document
// (graph/exports/gexf-document.ts), with the colours, sizes and positions shown on screen.
import { MultiDirectedGraph } from 'graphology';
import { DEFAULT_APPEARANCE } from '../../../graph/exports/appearance.js';
import { DOCUMENT_COLUMNS, NODE_COLUMNS, RELATIONSHIP_COLUMNS } from '../../../graph/exports/columns.js';
import { csvDocument } from '../../../graph/exports/csv-text.js';
import { gexfPieces } from '../../../graph/exports/gexf-document.js';
import { documentRows, nodeRow, relationshipRow } from '../../../graph/exports/rows.js';
import { nodeSize } from '../appearance/reducers.js';
import type { EdgeAttributes as GraphEdgeAttributes } from '../../../graph/types.js';
import type { EdgeEvidence, GraphAttributes, GraphFacts, NodeAttributes, ViewerGraph, Visibility } from '../types.js';

/** Evidence sentences by relation key (data/evidence.ts: the view payload does not carry them). */
export type EvidenceByEdge = Map<string, EdgeEvidence[]>;

/** The visible nodes and edges as a graph of their own, so degrees count what is exported, with their evidence. */
function visibleSubgraph(graph: ViewerGraph, visibility: Visibility, evidence: EvidenceByEdge) {
  const sub = new MultiDirectedGraph<NodeAttributes, GraphEdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  sub.replaceAttributes(graph.getAttributes());
  for (const node of visibility.nodes) sub.addNode(node, graph.getNodeAttributes(node));
  for (const edge of visibility.edges) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (!sub.hasNode(source) || !sub.hasNode(target)) continue;
    const attributes = graph.getEdgeAttributes(edge);
    sub.addDirectedEdgeWithKey(edge, source, target, { ...attributes, evidence: evidence.get(edge) ?? attributes.evidence ?? [] });
  }
  return sub;
}

export function nodesCsv(graph: ViewerGraph, visibility: Visibility): string {
  const sub = visibleSubgraph(graph, visibility, new Map());
  return csvDocument(NODE_COLUMNS, sub.mapNodes((node) => nodeRow(sub, node)));
}

export function edgesCsv(graph: ViewerGraph, visibility: Visibility, evidence: EvidenceByEdge): string {
  const sub = visibleSubgraph(graph, visibility, evidence);
  return csvDocument(RELATIONSHIP_COLUMNS, sub.mapEdges((edge) => relationshipRow(sub, edge)));
}

export function documentsCsv(graph: ViewerGraph, visibility: Visibility): string {
  return csvDocument(DOCUMENT_COLUMNS, documentRows(visibleSubgraph(graph, visibility, new Map())));
}

/** GEXF 1.2draft as `tafahum export --format gexf` writes it, with the sizes drawn on screen. */
export function subgraphGexf(graph: ViewerGraph, facts: GraphFacts, visibility: Visibility, evidence: EvidenceByEdge): string {
  const sub = visibleSubgraph(graph, visibility, evidence);
  const appearance = { ...DEFAULT_APPEARANCE, nodeSize: (node: string) => nodeSize(facts.degree.get(node) ?? 0) };
  return [...gexfPieces(sub, appearance)].join('');
}

export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
