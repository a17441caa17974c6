// The data that flows through Tafahum, stage by stage:
// RawDocument → CleanDocument → Mention[] → Entity[] + Relation[] → graph (graph/types.ts).
// Offsets always point into CleanDocument.text, the cleaned text written with each document.
import type {
  DatePrecision,
  EntityType,
  Language,
  LanguageOrUnknown,
  RelationStatus,
  RelationType,
} from './vocabulary.js';

export * from './vocabulary.js';

/** A document as read from disk, decoded to a JS string, before any cleaning. */
export interface RawDocument {
  /** File basename, or the `id` of a JSONL line. */
  id: string;
  /** Where it came from (path, or path#line for JSONL), for messages. */
  source: string;
  text: string;
  title?: string;
  /** ISO 8601 as given by metadata (JSONL `date`, HTML meta). */
  date?: string;
  url?: string;
  /** Language declared by metadata; detection still runs per paragraph. */
  lang?: string;
  /** How the bytes were decoded, e.g. "UTF-8", "windows-1256". */
  encoding?: string;
}

/** A file or line that could not become a document, with the reason shown to the user. */
export interface SkippedInput {
  source: string;
  reason: string;
}

export interface Span {
  start: number;
  end: number;
}

export type BlockKind =
  | 'body'
  | 'headline-list' // lists of other articles' headlines
  | 'related' // "lire aussi" / "اقرأ أيضا" / "read more"
  | 'comments' // comment forms and moderation notices
  | 'share' // share prompts, social buttons
  | 'byline' // agency / source lines
  | 'embed'; // an embedded post (tweet): text kept and extracted, but marked

export interface Paragraph extends Span {
  lang: LanguageOrUnknown;
  kind: BlockKind;
  /** False for boilerplate: nothing is extracted from it. Embeds stay true. */
  extract: boolean;
}

export interface Sentence extends Span {
  /** Index into CleanDocument.paragraphs. */
  paragraph: number;
  lang: LanguageOrUnknown;
}

export interface DocumentDate {
  /** ISO 8601 at the given precision: 2024-12-16, 2024-05 or 2017. */
  value: string;
  precision: DatePrecision;
  /** Where the date came from. */
  source: 'metadata' | 'text';
}

export interface CleanDocument {
  id: string;
  source: string;
  /** Cleaned text: NFC, control characters handled, repeated paragraphs removed. */
  text: string;
  /** Main language of the extractable text. */
  lang: LanguageOrUnknown;
  date?: DocumentDate;
  title?: string;
  url?: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** What the cleaner did, for the run summary and `explain`. */
  cleaning: { removedDuplicateParagraphs: number; boilerplateParagraphs: number };
}

/** A span of text that names (or refers to) an entity, found by one rule. */
export interface Mention extends Span {
  surface: string;
  type: EntityType;
  lang: LanguageOrUnknown;
  /** Id of the rule or lexicon entry that produced it (every rule has a unique id). */
  ruleId: string;
  /** A key into a lexicon when the mention was recognised from one (e.g. "MA", "org:unido"). */
  lexiconId?: string;
  confidence: number;
  /** Titles or roles attached to a person mention ("ministre déléguée chargée de ..."). */
  title?: string;
  /** Where that title is written, so the entities inside it (a country, a ministry) can be read. */
  titleSpan?: Span;
  /** For anaphoric mentions ("le Royaume", "المنظمة"): what they refer to, resolved later; not a name. */
  anaphor?: 'kingdom' | 'organization' | 'ministry';
}

export interface EntityMention extends Span {
  surface: string;
  ruleId: string;
}

export interface Entity {
  /** Stable id: country:<ISO2>, org:<lexicon id>, person:<key>, loc:<key>, event:<key>, agreement:<key>. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  confidence: number;
  /** Mentions in the current document (offsets into its text). */
  mentions: EntityMention[];
  /** Titles/roles seen for a person. */
  titles?: string[];
  /** ISO alpha-2 of the country an organisation, location or person belongs to, when known. */
  country?: string;
  /** Agreement attributes: its kind (mou, convention...), domain, signing date, status and parties. */
  kind?: string;
  domain?: string;
  date?: string;
  status?: RelationStatus;
  parties?: string[];
  /** Why mentions were grouped into this entity, for `explain` and the viewer. */
  mergeReasons?: string[];
}

export interface Evidence extends Span {
  text: string;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  /** ISO 8601 at `datePrecision`. */
  date?: string;
  datePrecision?: DatePrecision;
  /** True when the date is the document's, not stated for this relation. */
  dateInherited?: boolean;
  status?: RelationStatus;
  /** For AFFILIATED_WITH: the role. */
  title?: string;
  /** For SIGNED derived from an agreement: the agreement entity id. */
  agreement?: string;
  confidence: number;
  ruleId: string;
  evidence: Evidence;
}

/** One line of extractions.jsonl. */
export interface DocumentExtraction {
  doc: {
    id: string;
    lang: LanguageOrUnknown;
    date?: string;
    datePrecision?: DatePrecision;
    title?: string;
    url?: string;
    source?: string;
    text: string;
  };
  entities: Entity[];
  relations: Relation[];
}
