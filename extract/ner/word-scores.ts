// Per-word sums of model scores for the features that depend on one word alone (features.ts,
// wordSlotFeatures): computed once per distinct word and tagger, they replace some twenty random reads
// of a weight table far larger than the CPU cache per token by five reads of small cached vectors.
// Sums of int16 codes are exact integers, so tags and margins are those of the full feature list.
import { WORD_SLOTS, wordSlotFeatures, type WordFeatures } from './features.js';
import { LABEL_COUNT } from './types.js';

/** The word's summed codes per slot: [slot · LABEL_COUNT + label]; cached on the word (one tagger per cache). */
export function wordScores(w: WordFeatures, codes: Int16Array, mask: number): Int32Array {
  if (w.scores) return w.scores;
  const out = new Int32Array(WORD_SLOTS * LABEL_COUNT);
  wordSlotFeatures(w).forEach((feats, slot) => {
    for (const f of feats) {
      const base = (f & mask) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) out[slot * LABEL_COUNT + l]! += codes[base + l]!;
    }
  });
  w.scores = out;
  return out;
}

/** Where a word in each slot stands relative to the token scored: itself, two before … two after. */
const OFFSETS = [0, -2, -1, 1, 2] as const;

/**
 * Each token's score from the word-slot features of itself and its neighbours: [token · LABEL_COUNT + label].
 * Word by word: each word's sums are read once and added to the (up to five) tokens they score.
 */
export function slotScores(words: WordFeatures[], pad: WordFeatures, codes: Int16Array, mask: number, into?: Float64Array): Float64Array {
  const n = words.length;
  const out = into && into.length >= n * LABEL_COUNT ? into : new Float64Array(Math.max(64, n * 2) * LABEL_COUNT);
  out.fill(0, 0, n * LABEL_COUNT);
  for (let j = -2; j < n + 2; j++) {
    const scores = wordScores(j >= 0 && j < n ? words[j]! : pad, codes, mask);
    for (let slot = 0; slot < WORD_SLOTS; slot++) {
      const i = j - OFFSETS[slot]!;
      if (i < 0 || i >= n) continue;
      const to = i * LABEL_COUNT;
      const from = slot * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) out[to + l]! += scores[from + l]!;
    }
  }
  return out;
}
