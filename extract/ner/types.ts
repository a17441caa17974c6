// Types of the learned NER tagger: the BIO label set, tokens, lexicon hints, spans and the model.
import type { Language } from '../../model/types.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Labels: 0 = O, then B-/I- per type in NER_TYPES order (B = 1 + 2t, I = 2 + 2t). */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];
export const LABEL_COUNT = NER_LABELS.length;

/** A token of the tagger's own tokenisation (punctuation kept as tokens, as in the training corpora). */
export interface NerToken {
  start: number;
  end: number;
  text: string;
}

/**
 * What the project's lexicons say about each token, as small integers (0 = nothing):
 * `entity` = 1 + 2·k (+1 inside) for lexicon entity kind k, `flags` = bit set of LEXICON_FLAGS.
 */
export interface LexiconHints {
  entity: Uint8Array;
  flags: Uint8Array;
}

export const LEXICON_KINDS = ['Country', 'Location', 'Organization', 'Person', 'Event'] as const;
export const LEXICON_FLAGS = { title: 1, givenName: 2, orgHead: 4, eventHead: 8, stopword: 16 } as const;

/** A name found by the tagger: character offsets into the text, end exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  /** 0..1, from the score margin of the span's weakest token. */
  confidence: number;
}

/** The stored model: hashed feature weights, quantised. */
export interface NerModel {
  lang: Language;
  /** log2 of the number of feature buckets. */
  bits: number;
  /** weights[bucket * LABEL_COUNT + label], int16; real weight = code · scale. */
  weights: Int16Array;
  scale: number;
  /** Provenance written with the model (corpora, licences, date, seed, dev scores). */
  meta: NerModelMeta;
}

export interface NerModelMeta {
  lang: Language;
  created: string;
  seed: number;
  epochs: number;
  bits: number;
  corpora: Array<{ file: string; authors: string; licence: string; sentences: number; tokens: number }>;
  dev: Record<string, { precision: number; recall: number; f1: number }>;
  /** Median weakest-token margin of the spans found on dev, in real weight units (confidence scale). */
  marginScale?: number;
  [key: string]: unknown;
}
