// Merging per-document extractions into one graph: a node per entity id, an edge per
// (type, source, target) with every supporting document and evidence kept.
import type { DocumentExtraction, Entity, Relation } from '../model/types.js';
import { SYMMETRIC_RELATION_TYPES } from '../model/vocabulary.js';
import { aliasKey, dedupeAliases, oddness } from './aliases.js';
import { createKnowledgeGraph, type KnowledgeGraph } from './io.js';
import { defaultNodeNameSource, nodeNames, type NodeNameSource } from './names.js';
import { edgeKey, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from './types.js';

const MAX_EVIDENCE_PER_EDGE = 50; // keeps hub edges readable; `docs` still lists every supporting document

export class GraphAccumulator {
  readonly graph: KnowledgeGraph = createKnowledgeGraph();

  constructor(generator = 'tafahum', private readonly nameSource: NodeNameSource = defaultNodeNameSource()) {
    // Document ids are data: a prototype-less record stores "__proto__" like any other id.
    this.graph.replaceAttributes({ generator, documents: Object.create(null) as GraphAttributes['documents'] });
  }

  /** Documents added so far, and the nodes and edges already credited with the document being added. */
  private readonly documentIds = new Set<string>();
  private credited = new Set<string>();
  private repeatedDocument = false;

  add(extraction: DocumentExtraction): void {
    const { doc } = extraction;
    // Documents come one at a time: a node's or edge's document list is extended once per document without
    // searching it (a hub in 10,000 documents made every addition scan the list: quadratic).
    this.repeatedDocument = this.documentIds.has(doc.id);
    this.documentIds.add(doc.id);
    this.credited = new Set();
    Object.defineProperty(this.graph.getAttribute('documents'), doc.id, {
      value: { title: doc.title, date: doc.date, lang: doc.lang, url: doc.url },
      enumerable: true, writable: true, configurable: true,
    });
    for (const entity of extraction.entities) this.addEntity(doc.id, entity);
    for (const relation of extraction.relations) this.addRelation(doc.id, relation);
  }

  private addEntity(docId: string, e: Entity): void {
    const g = this.graph;
    if (!g.hasNode(e.id)) {
      const attrs: NodeAttributes = { type: e.type, name: e.name, aliases: [], confidence: e.confidence, docs: [], mentions: 0 };
      g.addNode(e.id, attrs);
    }
    const n = g.getNodeAttributes(e.id);
    // Names in every script (lexicons + text) and captions, for search and display in the viewer: recomputed only
    // when the node gains an alias (a hub met in 10,000 documents mostly meets names it already has).
    if (this.addAliases(e.id, n, [e.name, ...e.aliases]) || !n.names) {
      const names = nodeNames(this.nameSource, e.id, n.type, n.name, n.aliases);
      n.names = names.names;
      if (names.latinName) n.latinName = names.latinName;
      if (names.arabicName) n.arabicName = names.arabicName;
    }
    n.confidence = Math.max(n.confidence, e.confidence);
    this.credit(n.docs, `n\u0000${e.id}`, docId);
    n.mentions += e.mentions.length;
    if (e.titles?.length) n.titles = union(n.titles, e.titles);
    if (e.country && !n.country) n.country = e.country;
    if (e.kind && !n.kind) n.kind = e.kind;
    if (e.domain && !n.domain) n.domain = e.domain;
    if (e.date && !n.date) n.date = e.date;
    if (e.status && (e.status === 'done' || !n.status)) n.status = e.status;
    if (e.parties?.length) n.parties = union(n.parties, e.parties);
    if (e.mergeReasons?.length) n.mergeReasons = union(n.mergeReasons, e.mergeReasons);
  }

  /** Per node: its aliases by aliasKey (dedupeAliases, kept as the node grows, first-seen order). */
  private readonly aliasIndex = new Map<string, Map<string, string>>();

  /** Adds forms to a node's aliases as dedupeAliases would over all forms seen; true when the list changed. */
  private addAliases(id: string, n: NodeAttributes, forms: string[]): boolean {
    let index = this.aliasIndex.get(id);
    if (!index) this.aliasIndex.set(id, (index = new Map(dedupeAliases(n.name, n.aliases).map((a) => [aliasKey(a), a]))));
    const nameKey = aliasKey(n.name);
    let changed = false;
    for (const raw of forms) {
      const form = raw.trim();
      const key = aliasKey(form);
      if (!key || key === nameKey) continue;
      const kept = index.get(key);
      if (kept === undefined || (kept !== form && oddness(form) < oddness(kept))) {
        index.set(key, form);
        changed = true;
      }
    }
    if (changed) n.aliases = [...index.values()];
    return changed;
  }

  /** Adds docId to a node's or edge's document list once; true when added. */
  private credit(docs: string[], key: string, docId: string): boolean {
    if (this.credited.has(key)) return false;
    this.credited.add(key);
    if (this.repeatedDocument && docs.includes(docId)) return false;
    docs.push(docId);
    return true;
  }

  private addRelation(docId: string, r: Relation): void {
    this.addEdge(docId, r);
    // A signing that names its instrument also links each party to the Agreement node
    // (graph only: extractions.jsonl keeps party–party relations, as FORMAT.md defines them).
    if (r.type === 'SIGNED' && r.agreement && this.graph.hasNode(r.agreement)) {
      for (const party of [r.source, r.target]) this.addEdge(docId, { ...r, source: party, target: r.agreement, agreement: undefined }, false);
    }
  }

  private addEdge(docId: string, r: Relation, symmetric = SYMMETRIC_RELATION_TYPES.has(r.type)): void {
    const g = this.graph;
    if (!g.hasNode(r.source) || !g.hasNode(r.target) || r.source === r.target) return;
    const [source, target] = symmetric && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const key = edgeKey(r.type, source, target);
    if (!g.hasEdge(key)) {
      const attrs: EdgeAttributes = { type: r.type, docs: [], evidence: [], confidence: r.confidence, weight: 0 };
      g.addDirectedEdgeWithKey(key, source, target, attrs);
    }
    const e = g.getEdgeAttributes(key);
    if (this.credit(e.docs, `e\u0000${key}`, docId)) e.weight = e.docs.length;
    const ev = { doc: docId, start: r.evidence.start, end: r.evidence.end, text: r.evidence.text };
    if (e.evidence.length < MAX_EVIDENCE_PER_EDGE && !e.evidence.some((x) => x.doc === docId && x.start === ev.start && x.end === ev.end)) e.evidence.push(ev);
    e.confidence = Math.max(e.confidence, r.confidence);
    if (r.date && (!e.date || (e.dateInherited && !r.dateInherited) || (r.date < e.date && !r.dateInherited === !e.dateInherited))) {
      e.date = r.date;
      e.datePrecision = r.datePrecision;
      e.dateInherited = r.dateInherited;
    }
    if (r.status === 'done' || !e.status) e.status = r.status;
    if (r.title && !e.title) e.title = r.title;
    if (r.agreement) e.agreements = union(e.agreements, [r.agreement]);
  }
}

function union(a: string[] | undefined, b: string[]): string[] {
  return [...new Set([...(a ?? []), ...b])];
}
