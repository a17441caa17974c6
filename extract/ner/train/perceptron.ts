// Averaged perceptron training for the greedy BIO tagger. Training sees its own earlier predictions as
// the previous-label features (as decoding will), and updates gold +1 / guess −1 on each wrong token.
// Averaging uses the w − u/c trick, so an update costs O(features) whatever the number of steps.
import { addScores, allowed } from '../decode.js';
import { FeatureBuffer, WordFeatureCache, sentenceFeatures, transitionFeatures, type WordFeatures } from '../features.js';
import { LABEL_COUNT, type LexiconHints } from '../types.js';
import type { LabelledSentence } from './bio.js';
import { seededRandom } from '../../../model/random.js';

export interface TrainingSet {
  buffer: FeatureBuffer;
  /** Per sentence: first token index in the buffer, word features, gold labels. */
  sentences: Array<{ first: number; words: WordFeatures[]; labels: Uint8Array; weight: number }>;
}

/** Static features of every sentence, computed once (the cache makes each distinct word cost once). */
export function featurize(sentences: LabelledSentence[], hints: (s: LabelledSentence) => LexiconHints | undefined, weightOf: (s: LabelledSentence) => number = () => 1): TrainingSet {
  const buffer = new FeatureBuffer();
  buffer.reset();
  const cache = new WordFeatureCache(Number.MAX_SAFE_INTEGER);
  const out: TrainingSet['sentences'] = [];
  for (const s of sentences) {
    const first = buffer.tokens;
    const words = sentenceFeatures(s.words, hints(s), cache, buffer);
    out.push({ first, words, labels: s.labels, weight: weightOf(s) });
  }
  return { buffer, sentences: out };
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
  /** Called with the averaged weights after every epoch but the last (costs one pass over the weights). */
  onAveraged?: (epoch: number, averaged: Float32Array) => void;
}


/** Trains and returns the averaged float weights. */
export function trainPerceptron(set: TrainingSet, options: TrainOptions): Float32Array {
  const size = (1 << options.bits) * LABEL_COUNT;
  const mask = (1 << options.bits) - 1;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  let c = 1;
  const scores = new Float64Array(LABEL_COUNT);
  const trans = new Uint32Array(8);
  const { feats, offsets } = set.buffer;
  const update = (from: number, to: number, list: Uint32Array, label: number, delta: number) => {
    const d = delta;
    const cd = c * d;
    for (let k = from; k < to; k++) {
      const idx = (list[k]! & mask) * LABEL_COUNT + label;
      w[idx]! += d;
      u[idx]! += cd;
    }
  };
  const random = seededRandom(options.seed);
  const order = set.sentences.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const s = set.sentences[index]!;
      let prev = 0;
      let prev2 = 0;
      for (let i = 0; i < s.labels.length; i++) {
        const t = s.first + i;
        scores.fill(0);
        addScores(w, mask, feats, offsets[t]!, offsets[t + 1]!, scores);
        const nt = transitionFeatures(prev, prev2, s.words[i]!, trans);
        addScores(w, mask, trans, 0, nt, scores);
        let guess = 0;
        let best = -Infinity;
        for (let l = 0; l < LABEL_COUNT; l++) {
          if (allowed(prev, l) && scores[l]! > best) {
            best = scores[l]!;
            guess = l;
          }
        }
        const gold = s.labels[i]!;
        tokens++;
        if (guess !== gold) {
          errors++;
          const d = s.weight;
          update(offsets[t]!, offsets[t + 1]!, feats, gold, d);
          update(offsets[t]!, offsets[t + 1]!, feats, guess, -d);
          update(0, nt, trans, gold, d);
          update(0, nt, trans, guess, -d);
        }
        c++;
        prev2 = prev;
        prev = guess;
      }
    }
    options.onEpoch?.(epoch + 1, errors, tokens);
    if (options.onAveraged && epoch + 1 < options.epochs) options.onAveraged(epoch + 1, average(w, u, c));
  }
  return average(w, u, c);
}

function average(w: Float32Array, u: Float64Array, c: number): Float32Array {
  const averaged = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) averaged[i] = w[i]! - u[i]! / c;
  return averaged;
}
