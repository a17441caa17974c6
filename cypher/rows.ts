// Flattens a graph.json graph into the parameter rows of the load queries (pure).
// Unknown entity or relation types are rejected here: labels and types come from the vocabulary.
import type { KnowledgeGraph } from '../graph/io.js';
import { evidenceItems } from '../graph/neo4j-evidence.js';
import type { EdgeAttributes } from '../graph/types.js';
import { TafahumError } from '../model/errors.js';
import { RELATION_TYPES, isEntityType, isRelationType, type RelationType } from '../model/types.js';
import type { DocumentRow, EntityRow, LoadPlan, MentionRow, RelationRow } from './types.js';

const unique = (values: readonly string[] | undefined): string[] => [...new Set(values ?? [])];

/** Ids are unique-indexed, and Neo4j's index keys hold at most ~8 KB: refuse longer ids up front. */
export const MAX_ID_LENGTH = 2000;

function checkId(kind: string, id: string): string {
  if (id.length > MAX_ID_LENGTH) {
    throw new TafahumError('E_FORMAT', `${kind} id of ${id.length} characters is too long for Neo4j (max ${MAX_ID_LENGTH}): ${id.slice(0, 60)}…`);
  }
  return id;
}

export function planLoad(graph: KnowledgeGraph): LoadPlan {
  const documents = documentRows(graph);
  const entities: EntityRow[] = [];
  const mentions: MentionRow[] = [];
  graph.forEachNode((id, a) => {
    if (!isEntityType(a.type)) throw new TafahumError('E_FORMAT', `node ${JSON.stringify(id)} has unknown type ${JSON.stringify(a.type)}`);
    const docs = unique(a.docs).map((doc) => checkId('document', doc));
    entities.push({
      id: checkId('entity', id),
      type: a.type,
      name: a.name ?? id,
      aliases: unique(a.aliases),
      confidence: a.confidence ?? 0,
      docs,
      mentions: a.mentions ?? 0,
      titles: unique(a.titles),
      country: a.country ?? null,
      kind: a.kind ?? null,
      domain: a.domain ?? null,
      mergeReasons: unique(a.mergeReasons),
    });
    for (const doc of docs) mentions.push({ doc, entity: id });
  });
  const relations = new Map<RelationType, RelationRow[]>(RELATION_TYPES.map((t) => [t, []]));
  graph.forEachEdge((key, a, source, target) => {
    if (!isRelationType(a.type)) throw new TafahumError('E_FORMAT', `edge ${JSON.stringify(key)} has unknown type ${JSON.stringify(a.type)}`);
    relations.get(a.type)!.push(relationRow(a, source, target));
  });
  return { documents, entities, mentions, relations };
}

function documentRows(graph: KnowledgeGraph): DocumentRow[] {
  const documents = graph.getAttribute('documents') ?? {};
  return Object.entries(documents).map(([id, d]) => ({
    id: checkId('document', id),
    title: d.title ?? null,
    date: d.date ?? null,
    lang: d.lang ?? null,
    url: d.url ?? null,
  }));
}

function relationRow(a: EdgeAttributes, source: string, target: string): RelationRow {
  return {
    source,
    target,
    date: a.date ?? null,
    datePrecision: a.datePrecision ?? null,
    dateInherited: a.dateInherited ?? null,
    status: a.status ?? null,
    confidence: a.confidence ?? 0,
    title: a.title ?? null,
    docs: unique(a.docs),
    weight: a.weight ?? unique(a.docs).length,
    agreements: unique(a.agreements),
    evidence: evidenceItems(a, `${source} → ${target}`),
  };
}

/**
 * The order in which a relation row is sent to Neo4j: as a list, not a map, so that neither the
 * driver nor the server encodes and decodes twelve key strings per edge (docs/neo4j.md). The
 * relation .cypher files read `row[0]` … `row[11]` in this order and list it in their header.
 */
export const RELATION_COLUMNS = [
  'source', 'target', 'docs', 'weight', 'agreements', 'evidence',
  'confidence', 'status', 'title', 'date', 'datePrecision', 'dateInherited',
] as const satisfies ReadonlyArray<keyof RelationRow>;

/** A relation row as the list the relation .cypher files read (RELATION_COLUMNS order). */
export function relationTuple(r: RelationRow): unknown[] {
  return [r.source, r.target, r.docs, r.weight, r.agreements, r.evidence, r.confidence, r.status, r.title, r.date, r.datePrecision, r.dateInherited];
}

/** Splits rows into batches of at most `size`. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
