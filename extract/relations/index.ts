// The relation stage: resolved mentions of a document → typed, dated relations with evidence.
import type { CleanDocument, Entity, Relation } from '../../model/types.js';
import type { SentenceView } from '../mentions/types.js';
import type { ResolvedMention } from '../resolve/types.js';

export interface RelationInput {
  doc: CleanDocument;
  views: SentenceView[];
  entities: Entity[];
  mentions: ResolvedMention[];
}

export function findRelations(_input: RelationInput): { relations: Relation[]; agreements: Entity[] } {
  return { relations: [], agreements: [] };
}
