// Shape of the merged graph written as graph.json (graphology `graph.export()`),
// read by every sink: exports, Neo4j loading, the viewer.
import type { DatePrecision, DocumentExtraction, EntityType, Evidence, RelationStatus, RelationType } from '../model/types.js';

/** A relation's evidence sentence, with the document it comes from. */
export interface EdgeEvidence extends Evidence {
  doc: string;
}

export interface NodeAttributes {
  type: EntityType;
  name: string;
  /** Every surface form seen, in every script. */
  aliases: string[];
  /** Every name known for the entity: its name, aliases and every lexicon form, in every script (for search). */
  names?: string[];
  /** A Latin-script caption: a known Latin form, else the learned transliteration of an Arabic name. */
  latinName?: string;
  /** An Arabic-script form, when one is known. */
  arabicName?: string;
  /** Highest confidence over the documents. */
  confidence: number;
  /** Ids of the documents that mention the entity. */
  docs: string[];
  /** Number of mentions over all documents. */
  mentions: number;
  titles?: string[];
  /** ISO alpha-2 for countries (their own code) and for entities tied to a country. */
  country?: string;
  kind?: string;
  domain?: string;
  /** Agreements: signing date, status and the ids of their parties. */
  date?: string;
  status?: RelationStatus;
  parties?: string[];
  /** Why several surface forms or documents were resolved to this node. */
  mergeReasons?: string[];
  /** Set when a curation decision touched this node (see graph/curation.ts). */
  curated?: string;
  /** Layout position, when a layout was computed. */
  x?: number;
  y?: number;
}

export interface EdgeAttributes {
  type: RelationType;
  /** Ids of the documents that support the edge. */
  docs: string[];
  /** Every supporting evidence, one or more per document. */
  evidence: EdgeEvidence[];
  /** Earliest date stated for the relation (ISO 8601 at `datePrecision`). */
  date?: string;
  datePrecision?: DatePrecision;
  dateInherited?: boolean;
  /** `done` wins over `planned` when documents disagree. */
  status?: RelationStatus;
  /** Highest confidence over the supporting relations. */
  confidence: number;
  title?: string;
  /** Agreement entity ids behind a SIGNED edge. */
  agreements?: string[];
  /** Number of supporting documents (for sizing and ranking). */
  weight: number;
  /** Set when a curation decision touched this edge (see graph/curation.ts). */
  curated?: string;
}

/** What the graph keeps of each document (extractions.jsonl has the rest). */
export type DocumentInfo = Partial<Pick<DocumentExtraction['doc'], 'title' | 'date' | 'lang' | 'url'>>;

export interface GraphAttributes {
  generator: string;
  createdAt?: string;
  /** Metadata of every document in the build, by id. */
  documents: Record<string, DocumentInfo>;
}

/** graph.json as written to disk. */
export interface SerializedGraph {
  attributes: GraphAttributes;
  options: { type: 'directed'; multi: boolean; allowSelfLoops: boolean };
  nodes: Array<{ key: string; attributes: NodeAttributes }>;
  edges: Array<{ key: string; source: string; target: string; attributes: EdgeAttributes }>;
}

/**
 * Edge keys are stable: `<TYPE>|<source>|<target>`; symmetric types store the endpoints
 * in sorted order so "A signed with B" and "B signed with A" are one edge.
 */
export function edgeKey(type: RelationType, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}
