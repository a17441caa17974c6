// Types of the Neo4j module: connections, the local server, loading and saved queries.
import type { RelationType } from '../model/types.js';

/** How to reach a Neo4j server (env vars or the local server's stored credentials). */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
}

/** Where a local server keeps its files and which port Bolt listens on. */
export interface ServerOptions {
  /** Instance directory: conf/, data/, logs/, run/, credentials.json. */
  dir: string;
  boltPort: number;
  /** HTTP port on 127.0.0.1 for Neo4j Browser; absent: HTTP off. */
  httpPort?: number;
  /** JVM heap and page cache sizes (`512m`, `2g`); absent: server/config.ts DEFAULT_MEMORY. */
  memory?: { heap: string; pagecache: string };
}

/** Written 0600 into the instance directory on first start. */
export interface StoredCredentials extends Neo4jConnection {
  boltPort: number;
  version: string;
}

export interface ServerStatus {
  running: boolean;
  /** The database answers on Bolt (a process may be up but still starting). */
  answering: boolean;
  pid?: number;
  uri?: string;
  dir: string;
  version: string;
}

/** One row of the relation load: a graph.json edge flattened for `UNWIND $rows`. */
export interface RelationRow {
  source: string;
  target: string;
  date: string | null;
  datePrecision: string | null;
  dateInherited: boolean | null;
  status: string | null;
  confidence: number;
  title: string | null;
  docs: string[];
  /** Number of supporting documents, as graph.json gives it. */
  weight: number;
  agreements: string[];
  /** One item per sentence: `doc|start|end` + EVIDENCE_SEPARATOR + text (cypher/rows.ts), unique by its key. */
  evidence: string[];
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  confidence: number;
  docs: string[];
  mentions: number;
  titles: string[];
  country: string | null;
  kind: string | null;
  domain: string | null;
  mergeReasons: string[];
}

export interface DocumentRow {
  id: string;
  title: string | null;
  date: string | null;
  lang: string | null;
  url: string | null;
}

export interface MentionRow {
  doc: string;
  entity: string;
}

/** Everything one load writes, grouped as the loader sends it. */
export interface LoadPlan {
  documents: DocumentRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: Map<RelationType, RelationRow[]>;
}

export interface LoadSummary {
  source: string;
  batchSize: number;
  documents: number;
  entities: number;
  mentions: number;
  relations: number;
  relationsByType: Record<string, number>;
  /** Wall-clock seconds, constraints included. */
  seconds: number;
  relationsPerSecond: number;
  /** Seconds spent on each phase (documents, entities, mentions, one per relation type). */
  phaseSeconds: Record<string, number>;
  /** Relation types the database held none of, so their edges were CREATEd rather than MERGEd. */
  createdTypes: RelationType[];
  /** What the server reported as written (all zero on a repeated load of the same output). */
  counters: { nodesCreated: number; relationshipsCreated: number; propertiesSet: number };
}

export type ParamType = 'string' | 'int' | 'float' | 'boolean';

export interface SavedParam {
  name: string;
  type: ParamType;
  description: string;
  /** Raw text of the default; absent means the parameter is required. */
  default?: string;
}

export interface SavedQuery {
  name: string;
  path: string;
  purpose: string;
  params: SavedParam[];
  text: string;
}

export type OutputFormat = 'table' | 'json' | 'csv';

export interface QueryResult {
  columns: string[];
  /** Plain JSON values (Neo4j integers, nodes, paths and temporals converted). */
  rows: Array<Record<string, unknown>>;
}
