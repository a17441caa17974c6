// Reads the graph for the viewer from Neo4j in READ transactions (cypher/viewer/*.cypher) and
// rebuilds the graph.json shape, so the browser cannot tell where the graph came from.
import { join } from 'node:path';
import { resolveConnection, withDriver } from '../../cypher/connection.js';
import { readCypherFile, splitStatements } from '../../cypher/files.js';
import { CYPHER_DIR } from '../../cypher/paths.js';
import { runReadQuery } from '../../cypher/runner.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../graph/io.js';
import { edgeKey, type EdgeEvidence, type NodeAttributes } from '../../graph/types.js';
import { RELATION_TYPES, isEntityType, isRelationType, type DatePrecision, type RelationStatus } from '../../model/vocabulary.js';
import { TafahumError } from '../../model/errors.js';
import { ensurePositions } from './graph-source.js';
import type { Log } from './types.js';

type Row = Record<string, unknown>;

async function statement(name: 'nodes' | 'edges' | 'documents'): Promise<string> {
  const [text] = splitStatements(await readCypherFile(join(CYPHER_DIR, 'viewer', `${name}.cypher`)));
  if (!text) throw new TafahumError('E_FORMAT', `cypher/viewer/${name}.cypher holds no statement`);
  return text;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Pure: query rows → the knowledge graph. Rows with unknown types or dangling ends are skipped. */
export function graphFromRows(nodes: Row[], edges: Row[], documents: Row[]): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.replaceAttributes({
    generator: 'tafahum serve --from-neo4j',
    documents: Object.fromEntries(
      documents
        .filter((d) => str(d.id))
        .map((d) => [d.id as string, { title: str(d.title), date: str(d.date), lang: str(d.lang) as never, url: str(d.url) }]),
    ),
  });
  for (const row of nodes) {
    const id = str(row.id);
    const type = str(row.type);
    if (!id || !type || !isEntityType(type) || graph.hasNode(id)) continue;
    const attributes: NodeAttributes = {
      type,
      name: str(row.name) ?? id,
      aliases: strings(row.aliases),
      confidence: num(row.confidence, 1),
      docs: strings(row.docs),
      mentions: num(row.mentions, 0),
    };
    if (strings(row.titles).length) attributes.titles = strings(row.titles);
    if (strings(row.mergeReasons).length) attributes.mergeReasons = strings(row.mergeReasons);
    for (const key of ['country', 'kind', 'domain'] as const) {
      const value = str(row[key]);
      if (value) attributes[key] = value;
    }
    graph.addNode(id, attributes);
  }
  for (const row of edges) {
    const type = str(row.type);
    const source = str(row.source);
    const target = str(row.target);
    if (!type || !isRelationType(type) || !source || !target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const key = edgeKey(type, source, target);
    if (graph.hasEdge(key) || source === target) continue;
    const texts = strings(row.evidenceTexts);
    const docs = strings(row.evidenceDocs);
    const starts = Array.isArray(row.evidenceStarts) ? row.evidenceStarts : [];
    const ends = Array.isArray(row.evidenceEnds) ? row.evidenceEnds : [];
    const evidence: EdgeEvidence[] = texts.map((text, i) => ({ doc: docs[i] ?? '', start: num(starts[i], 0), end: num(ends[i], 0), text }));
    graph.addDirectedEdgeWithKey(key, source, target, {
      type,
      docs: strings(row.docs),
      evidence,
      date: str(row.date),
      datePrecision: str(row.datePrecision) as DatePrecision | undefined,
      dateInherited: typeof row.dateInherited === 'boolean' ? row.dateInherited : undefined,
      status: str(row.status) as RelationStatus | undefined,
      confidence: num(row.confidence, 1),
      title: str(row.title),
      agreements: strings(row.agreements),
      weight: num(row.weight, Math.max(1, strings(row.docs).length)),
    });
  }
  return graph;
}

/** The configured Neo4j's graph, with positions (cached in `cacheDir` when given), as JSON text. */
export async function loadGraphFromNeo4j(cacheDir: string | undefined, log: Log): Promise<string> {
  const conn = await resolveConnection();
  log(`Reading the graph from Neo4j at ${conn.uri} (read-only) …`);
  const [nodesText, edgesText, documentsText] = await Promise.all([statement('nodes'), statement('edges'), statement('documents')]);
  const graph = await withDriver(conn, async (driver) => {
    const nodes = await runReadQuery(driver, nodesText, {}, conn.database);
    const edges = await runReadQuery(driver, edgesText, { types: [...RELATION_TYPES] }, conn.database);
    const documents = await runReadQuery(driver, documentsText, {}, conn.database);
    return graphFromRows(nodes.rows, edges.rows, documents.rows);
  });
  if (graph.order === 0) {
    throw new TafahumError('E_NOT_FOUND', 'Neo4j holds no entities', 'Load a graph first: `npx tafahum load <out-dir>`.');
  }
  log(`Read ${graph.order} nodes and ${graph.size} relations.`);
  await ensurePositions(graph, cacheDir, log);
  return JSON.stringify(graph.export());
}
