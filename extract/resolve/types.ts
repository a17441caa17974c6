// Types of the resolution stage: mentions tied to entity ids, within a document and across documents.
import type { Entity, Mention } from '../../model/types.js';

export interface ResolvedMention extends Mention {
  entityId: string;
}

export interface DocumentEntities {
  entities: Entity[];
  /** Every mention kept, with the entity it names, in text order. */
  mentions: ResolvedMention[];
}
