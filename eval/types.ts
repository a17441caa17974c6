// Gold annotations and scores (the scoring contract of eval/FORMAT.md in ../shared).
import type { EntityType, RelationType } from '../model/types.js';

export interface GoldEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  optional?: boolean;
}

export interface GoldRelation {
  type: RelationType;
  a: string;
  b: string;
  optional?: boolean;
}

export interface GoldDocument {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** System rows that match only gold items an earlier row already matched: neither true nor false positives. */
  repeat: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ErrorItem {
  doc: string;
  kind: 'false-positive' | 'false-negative' | 'repeat';
  what: string;
}

export interface EvalReport {
  documents: { gold: number; matched: number; missing: string[] };
  entities: Prf & { byType: Record<string, Prf> };
  relations: Prf & { byType: Record<string, Prf> };
  /** Relation types outside the headline figure (MEMBER_OF, PARTICIPATED_IN, LOCATED_IN). */
  otherRelations: Prf & { byType: Record<string, Prf> };
  graph: { goldEntities: number; duplicates: number; overMerges: number; duplicateDetails: string[]; overMergeDetails: string[] };
  errors: ErrorItem[];
}
