// Flat rows for one node or one edge, shared by the csv and jsonl formats.
// Pure functions of the graph: no I/O here.
import type { KnowledgeGraph } from '../io.js';
import type { NodeRow, RelationshipRecord, RelationshipRow } from './types.js';

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
    aliases: attrs.aliases ?? [],
    country: attrs.country ?? null,
    degree: graph.degree(node),
  };
}
