// Types of the relation stage: triggers found in a sentence and the context every rule receives.
import type { CleanDocument, Entity, Language, RelationType, Span } from '../../model/types.js';
import type { SentenceView } from '../mentions/types.js';
import type { ResolvedMention } from '../resolve/types.js';
import type { TitleReading } from './titles.js';
import type { DateMention } from '../dates/types.js';

export type TriggerMode = 'verb' | 'passive' | 'noun' | 'planned' | 'negation';

export interface Trigger extends Span {
  relation: RelationType;
  mode: TriggerMode;
  confidence: number;
  form: string;
  /** Token indices in the sentence view. */
  firstToken: number;
  lastToken: number;
}

export interface Connector extends Span {
  kind: string;
  firstToken: number;
  lastToken: number;
}

/** A sentence with what the relation rules read in it. */
export interface SentenceFacts {
  view: SentenceView;
  lang: Language;
  mentions: ResolvedMention[];
  triggers: Trigger[];
  connectors: Connector[];
  /** The dates the sentence writes, found on first need (many relations share a sentence). */
  dates?: DateMention[];
}

export interface RelationContext {
  doc: CleanDocument;
  entities: Map<string, Entity>;
  sentences: SentenceFacts[];
  /** Countries of the document by number of mentions, most mentioned first. */
  countriesByWeight: string[];
  /** The office phrase written beside each person mention that has one. */
  titles: Map<ResolvedMention, TitleReading>;
}
