// The runtime tagger: text of one sentence → named spans (PER, ORG, LOC, MISC) with confidences.
// One tagger per language and worker: it owns the model and the per-word feature cache.
import type { LexiconEntity } from '../lexicons/entities.js';
import type { GazetteerMatch } from '../lexicons/gazetteer.js';
import type { Token } from '../text/tokenize.js';
import { decodeGreedy, toSpans } from './decode.js';
import { FeatureBuffer, WordFeatureCache, sentenceFeatures } from './features.js';
import { lexiconHints, type NerLexicons } from './lexicon-hints.js';
import { slotScores } from './word-scores.js';
import { nerTokenize } from './tokens.js';
import type { NerModel, NerSpan, NerToken } from './types.js';

export interface TagInput {
  text: string;
  start: number;
  end: number;
  /** The project's tokens and lexicon entity matches for the same stretch, when already computed. */
  projectTokens?: Token[];
  entityMatches?: Array<GazetteerMatch<LexiconEntity>>;
}

export class NerTagger {
  private readonly cache = new WordFeatureCache();
  private readonly buffer = new FeatureBuffer();
  /** Per-token slot scores, reused from sentence to sentence (grown when a sentence is longer). */
  private base: Float64Array = new Float64Array(0);

  constructor(
    readonly model: NerModel,
    private readonly lexicons?: NerLexicons,
  ) {}

  /** `ner.<lang>.v1`: the ruleId of every mention this model proposes. */
  get ruleId(): string {
    return `ner.${this.model.lang}.v1`;
  }

  tag(input: TagInput): { tokens: NerToken[]; spans: NerSpan[] } {
    const tokens = nerTokenize(input.text, input.start, input.end);
    if (tokens.length === 0) return { tokens, spans: [] };
    return { tokens, spans: this.tagTokens(input.text, tokens, input) };
  }

  tagTokens(text: string, tokens: NerToken[], input?: Pick<TagInput, 'projectTokens' | 'entityMatches'>): NerSpan[] {
    const hints = this.lexicons ? lexiconHints(text, tokens, this.lexicons, input?.projectTokens, input?.entityMatches) : undefined;
    this.buffer.reset();
    const words = sentenceFeatures(
      tokens.map((t) => t.text),
      hints,
      this.cache,
      this.buffer,
      false,
    );
    const { weights, bits, scale } = this.model;
    this.base = slotScores(words, this.cache.pad, weights, (1 << bits) - 1, this.base);
    const decoded = decodeGreedy({ values: weights, scale }, bits, this.buffer, words, 0, this.buffer.tokens, this.base);
    return toSpans(tokens, decoded, this.model.meta.marginScale ?? 1);
  }
}
