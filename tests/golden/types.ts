// Shape of a golden case (one JSONL line under tests/golden/<set>/): a text and what a careful reader
// expects from it, by surface name so the cases stay readable.
import type { EntityType, RelationStatus, RelationType } from '../../model/types.js';

export interface ExpectedEntity {
  type: EntityType;
  /** Matched after nameKey against the entity's name, aliases and mention surfaces. In `absent`, "*" means any. */
  name: string;
  /** Other forms that must resolve to the same entity (an acronym, a typo, the other script). */
  aliases?: string[];
}

export interface ExpectedRelation {
  type: RelationType;
  /** Endpoint names, matched like entity names; either order for SIGNED, MET, PARTNERED. */
  a: string;
  b: string;
  /** When given, at least one matching relation must carry this status, date or title. */
  status?: RelationStatus;
  date?: string;
  /** Compared after nameKey; the relation's title must contain it. */
  title?: string;
}

export interface GoldenCase {
  id: string;
  text: string;
  date?: string;
  entities?: ExpectedEntity[];
  relations?: ExpectedRelation[];
  absent?: { entities?: ExpectedEntity[]; relations?: ExpectedRelation[] };
  /** Backlog cases: what fails today and why. */
  note?: string;
}

/** The folder a case came from: the language sets, mixed, negatives (must yield nothing else) or backlog. */
export type GoldenSet = 'fr' | 'ar' | 'en' | 'mixed' | 'negatives' | 'backlog';

export interface LoadedCase {
  set: GoldenSet;
  file: string;
  line: number;
  case: GoldenCase;
}
