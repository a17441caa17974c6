// Types of the mention stage: a sentence seen as tokens, and the context every rule receives.
import type { CleanDocument, Language, Mention, Sentence } from '../../model/types.js';
import type { EntityLexicon, LexiconEntity } from '../lexicons/entities.js';
import type { GazetteerMatch } from '../lexicons/gazetteer.js';
import type { GivenNames, LanguageLexicon } from '../lexicons/language.js';
import type { NerTagger } from '../ner/tagger.js';
import type { Token } from '../text/tokenize.js';

export interface SentenceView {
  index: number;
  sentence: Sentence;
  /** Language used for the rules: the sentence's, else the document's, else by script. */
  lang: Language;
  tokens: Token[];
  /** Lexicon entity matches in this sentence, and the match covering each token index. */
  lexiconMatches: Array<GazetteerMatch<LexiconEntity>>;
  lexiconAt: Map<number, GazetteerMatch<LexiconEntity>>;
  /** Connector matches ("and", "counterpart", "the two countries"…): read by several rules, so kept once found (connectorMatches). */
  connectors?: Array<GazetteerMatch<{ kind: string }>>;
}

export interface MentionContext {
  doc: CleanDocument;
  entities: EntityLexicon;
  language: (lang: Language) => LanguageLexicon;
  names: GivenNames;
  /** The learned tagger per language (absent: rules only). */
  taggers?: Partial<Record<Language, NerTagger>>;
  /** Per language, the source that wins where a tagger span and a rule span of one type overlap. */
  preferred?: Partial<Record<Language, 'tagger' | 'rules'>>;
  /** Rules a tagger name overlapping them wins over, per language (sources.json weakRules). */
  weakRules?: Partial<Record<Language, string[]>>;
}

export type MentionRule = (view: SentenceView, ctx: MentionContext) => Mention[];
