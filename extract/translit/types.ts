// Types of the learned Arabic↔Latin name transliteration: a character channel model (each Arabic
// letter emits a Latin chunk, vowels included) plus character n-gram models of each script.

/** Position of an Arabic letter in its token: Begin, Middle, End (a one-letter token is B). */
export type LetterPosition = 'B' | 'M' | 'E';

/** Character trigram counts of one script, interpolated with bigram and unigram counts. */
export interface CharLmCounts {
  /** "xyz" → count, "xy" → count (as a history and as a bigram), "x" → count; '^' pads the start, '$' ends. */
  counts: Map<string, number>;
  /** Number of distinct characters seen (for the uniform floor). */
  alphabet: number;
  total: number;
  /** log P(c | x y) already computed, by "xyc" (the model is read-only, so answers never change). */
  memo: Map<string, number>;
}

export interface TranslitModel {
  /** Emission probabilities P(chunk | context): context is a letter ("م") or a letter + position ("مB"). */
  emissions: Map<string, Map<string, number>>;
  /** Best chunks of each context, most probable first (for decoding). */
  topChunks: Map<string, Array<[string, number]>>;
  latinLm: CharLmCounts;
  arabicLm: CharLmCounts;
  /** Arabic token (normalised) → its most frequent Latin spelling in the training pairs. */
  knownLatin: Map<string, string>;
  /** Log-likelihood ratio per Latin character above which two tokens are taken as the same name. */
  matchThreshold: number;
}
