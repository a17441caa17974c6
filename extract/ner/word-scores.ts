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

/** Slot of a word seen from the token scored: itself, or two before (1) … two after (4). */
const OFFSETS = [0, -2, -1, 1, 2] as const;

/** Each token's score from the word-slot features of itself and its neighbours: [token · LABEL_COUNT + label]. */
export function slotScores(words: WordFeatures[], pad: WordFeatures, codes: Int16Array, mask: number): Float64Array {
  const n = words.length;
  const out = new Float64Array(n * LABEL_COUNT);
  for (let i = 0; i < n; i++) {
    for (let slot = 0; slot < WORD_SLOTS; slot++) {
      const j = i + OFFSETS[slot]!;
      const scores = wordScores(j >= 0 && j < n ? words[j]! : pad, codes, mask);
      for (let l = 0; l < LABEL_COUNT; l++) out[i * LABEL_COUNT + l]! += scores[slot * LABEL_COUNT + l]!;
    }
  }
  return out;
}
