// Flat rows for one node, edge or document: the one table schema of the csv and jsonl exports,
// the viewer's downloads included. Pure functions of the graph: no I/O here (browser-safe).
import { dedupeAliases } from '../aliases.js';
import type { KnowledgeGraph } from '../io.js';
import type { DocumentRow, NodeRow, RelationshipRecord, RelationshipRow } from './types.js';

export function relationshipRow(graph: KnowledgeGraph, edge: string): RelationshipRow {
  const attrs = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const sourceAttrs = graph.getNodeAttributes(source);
  const targetAttrs = graph.getNodeAttributes(target);
  const docs = attrs.docs ?? [];
  return {
    source_id: source,
    source_name: sourceAttrs.name,
    source_type: sourceAttrs.type,
    relation: attrs.type,
    target_id: target,
    target_name: targetAttrs.name,
    target_type: targetAttrs.type,
    date: attrs.date ?? null,
    date_precision: attrs.datePrecision ?? null,
    date_inherited: attrs.dateInherited ?? null,
    status: attrs.status ?? null,
    title: attrs.title ?? null,
    confidence: attrs.confidence,
    doc_count: docs.length,
    doc_ids: docs,
    first_evidence: attrs.evidence?.[0]?.text ?? null,
    relation_id: edge,
  };
}

export function relationshipRecord(graph: KnowledgeGraph, edge: string): RelationshipRecord {
  const attrs = graph.getEdgeAttributes(edge);
  return { ...relationshipRow(graph, edge), agreements: attrs.agreements ?? [], evidence: attrs.evidence ?? [] };
}

/** Degree counts the edges of the exported (filtered) graph, in and out. */
export function nodeRow(graph: KnowledgeGraph, node: string): NodeRow {
  const attrs = graph.getNodeAttributes(node);
  return {
    id: node,
    type: attrs.type,
    name: attrs.name,
    // Graphs built before aliases were deduplicated still export clean lists.
    aliases: dedupeAliases(attrs.name, attrs.aliases ?? []),
    country: attrs.country ?? null,
    titles: attrs.titles ?? [],
    confidence: attrs.confidence,
    mentions: attrs.mentions ?? 0,
    doc_ids: attrs.docs ?? [],
    degree: graph.degree(node),
  };
}

/**
 * The documents that the exported nodes and relations cite, in first-cited order, with the
 * metadata graph.json holds for them (a document without metadata still gets its row).
 */
export function* documentRows(graph: KnowledgeGraph): Generator<DocumentRow> {
  const metadata = graph.getAttribute('documents') ?? {};
  const seen = new Set<string>();
  const cited = function* (): Generator<string> {
    for (const { attributes } of graph.nodeEntries()) yield* attributes.docs ?? [];
    for (const { attributes } of graph.edgeEntries()) yield* attributes.docs ?? [];
  };
  for (const id of cited()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const info = Object.hasOwn(metadata, id) ? metadata[id] : undefined;
    yield { id, title: info?.title ?? null, date: info?.date ?? null, url: info?.url ?? null, lang: info?.lang ?? null };
  }
}
