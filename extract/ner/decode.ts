// Constrained greedy decoding: left to right, the best label whose BIO transition is legal (I-X only
// after B-X or I-X), using the labels already chosen as features. Works on float (training) and
// quantised int16 (runtime) weights alike; the margin to the runner-up gives each token's confidence.
import type { FeatureBuffer, WordFeatures } from './features.js';
import { transitionFeatures } from './features.js';
import { LABEL_COUNT, NER_TYPES, type NerSpan, type NerType } from './types.js';

/** Float weights (training), or int16 codes with their scale (runtime). */
export interface Weights {
  values: Float32Array | Int16Array;
  /** Real value of one code unit; 1 for float weights. */
  scale: number;
}

/** Whether label `next` may follow label `prev` (0 = O, B = odd, I = even ≥ 2). */
export function allowed(prev: number, next: number): boolean {
  if (next === 0 || next % 2 === 1) return true;
  return prev === next || prev === next - 1;
}

export interface Decoded {
  labels: Uint8Array;
  /** Score of the chosen label minus the best other legal label, in weight units. */
  margins: Float32Array;
}

const scratch = new Float64Array(LABEL_COUNT);
const transitions = new Uint32Array(8);

/** Adds the weights of features feats[from..to) to `scores`. */
export function addScores(weights: Float32Array, mask: number, feats: Uint32Array, from: number, to: number, scores: Float64Array): void {
  for (let k = from; k < to; k++) {
    const base = (feats[k]! & mask) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += weights[base + l]!;
  }
}

/** The same for int16 codes (sums stay exact integers in a float64). */
export function addCodedScores(codes: Int16Array, mask: number, feats: Uint32Array, from: number, to: number, scores: Float64Array): void {
  for (let k = from; k < to; k++) {
    const base = (feats[k]! & mask) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += codes[base + l]!;
  }
}

function add(weights: Weights, mask: number, feats: Uint32Array, from: number, to: number, scores: Float64Array): void {
  if (weights.values instanceof Int16Array) addCodedScores(weights.values, mask, feats, from, to, scores);
  else addScores(weights.values, mask, feats, from, to, scores);
}

/** `base`: scores already summed per token (word-scores.ts) for features the buffer leaves out. */
export function decodeGreedy(weights: Weights, bits: number, buffer: FeatureBuffer, words: WordFeatures[], first = 0, count = buffer.tokens, base?: Float64Array): Decoded {
  const mask = (1 << bits) - 1;
  const labels = new Uint8Array(count);
  const margins = new Float32Array(count);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < count; i++) {
    if (base) for (let l = 0; l < LABEL_COUNT; l++) scratch[l] = base[i * LABEL_COUNT + l]!;
    else scratch.fill(0);
    add(weights, mask, buffer.feats, buffer.offsets[first + i]!, buffer.offsets[first + i + 1]!, scratch);
    const nt = transitionFeatures(prev, prev2, words[i]!, transitions);
    add(weights, mask, transitions, 0, nt, scratch);
    let best = 0;
    let bestScore = -Infinity;
    let second = -Infinity;
    for (let l = 0; l < LABEL_COUNT; l++) {
      if (!allowed(prev, l)) continue;
      const s = scratch[l]!;
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = l;
      } else if (s > second) second = s;
    }
    labels[i] = best;
    margins[i] = (bestScore - second) * weights.scale;
    prev2 = prev;
    prev = best;
  }
  return { labels, margins };
}

/** Token spans [first, last) with their type from BIO labels. */
export function labelSpans(labels: ArrayLike<number>): Array<{ first: number; last: number; type: NerType }> {
  const out: Array<{ first: number; last: number; type: NerType }> = [];
  let i = 0;
  while (i < labels.length) {
    const l = labels[i]!;
    if (l === 0) {
      i++;
      continue;
    }
    const t = (l - 1) >> 1;
    let j = i + 1;
    while (j < labels.length && labels[j] === 2 + 2 * t) j++;
    out.push({ first: i, last: j, type: NER_TYPES[t]! });
    i = j;
  }
  return out;
}

/** The weakest token margin of each span (real weight units): how sure the model is of the whole name. */
export function spanMargins(decoded: Decoded): number[] {
  return labelSpans(decoded.labels).map(({ first, last }) => {
    let margin = Infinity;
    for (let k = first; k < last; k++) margin = Math.min(margin, decoded.margins[k]!);
    return margin;
  });
}

/**
 * Character spans with a confidence from the weakest token's margin: 1 − ½·e^(−margin/marginScale),
 * 0.5 at a tie and about 0.82 at the model's median span margin on dev (marginScale, in the model file).
 */
export function toSpans(tokens: Array<{ start: number; end: number }>, decoded: Decoded, marginScale: number): NerSpan[] {
  const margins = spanMargins(decoded);
  return labelSpans(decoded.labels).map(({ first, last, type }, i) => {
    const confidence = 1 - 0.5 * Math.exp(-margins[i]! / marginScale);
    return { start: tokens[first]!.start, end: tokens[last - 1]!.end, type, confidence };
  });
}
