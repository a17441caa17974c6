// Feature extraction: word-intrinsic features hashed once per distinct word (cached), then context
// features (words ±2, shapes ±1, bigrams, lexicon hints) combined from cached hashes per position.
// Hashes are 32-bit and unmasked here; the model masks them into its own number of buckets.
import { hashString, mix } from './hash.js';
import type { LexiconHints } from './types.js';
import { foldWord, isArabicWord, splitProclitic, wordShape } from './words.js';

/** Feature templates: each a distinct seed so the same value in two templates hashes apart. */
const T = {
  bias: 1, lower: 2, cased: 3, shape: 4, prefix: 5, suffix: 6, stem: 7, clitic: 8, stemSuffix: 9, stemPrefix: 10,
  wm2: 20, wm1: 21, wp1: 22, wp2: 23, sm1: 24, sp1: 25, bigramL: 26, bigramR: 27, shape3: 28, first: 29, firstShape: 30,
  caps: 31,
  lex: 40, lexm1: 41, lexp1: 42, lexShape: 43, flag: 44, flagm1: 45, flagp1: 46, lexWord: 47,
  prev: 60, prevWord: 61, prev2: 62, prevShape: 63,
} as const;

export interface WordFeatures {
  /** Hash of the folded word (for Arabic, of its stem): what context templates combine. */
  key: number;
  shape: number;
  /** Hashed intrinsic features of the word (unmasked). */
  intrinsic: Uint32Array;
  /** The runtime tagger's summed model scores of the word's features (word-scores.ts); owned by one tagger's cache. */
  scores?: Int32Array;
  /** 0 = fewer than two cased letters, 1 = has a lower-case letter, 2 = two or more letters, none lower case. */
  letterCase: number;
}

/**
 * The features that depend on one word alone, by where the word stands relative to the token scored:
 * itself (bias and intrinsic features), two before, one before, one after, two after. A runtime tagger
 * sums their weights once per distinct word (word-scores.ts) instead of at every occurrence.
 */
export const WORD_SLOTS = 5;
export function wordSlotFeatures(w: WordFeatures): number[][] {
  return [
    [T.bias, ...w.intrinsic],
    [mix(T.wm2, w.key)],
    [mix(T.wm1, w.key), mix(T.sm1, w.shape)],
    [mix(T.wp1, w.key), mix(T.sp1, w.shape)],
    [mix(T.wp2, w.key)],
  ];
}

const padWord = (): WordFeatures => ({ key: hashString('<pad>'), shape: hashString('<pad>'), intrinsic: new Uint32Array(0), letterCase: 0 });

const CAPS_SHAPE = hashString('<caps>');

/**
 * Intrinsic features of one word. In an all-capitals line ("uncased") the case says nothing: no cased-word
 * feature, and one shape for every word, so the folded word, affixes, context and lexicon hints decide.
 */
function computeWord(word: string, uncased: boolean): WordFeatures {
  const folded = foldWord(word);
  const shape = uncased ? CAPS_SHAPE : hashString(wordShape(word));
  const out: number[] = uncased ? [mix(T.lower, hashString(folded)), mix(T.shape, shape)] : [mix(T.lower, hashString(folded)), mix(T.cased, hashString(word)), mix(T.shape, shape)];
  const chars = [...folded];
  for (let n = 1; n <= 4 && n <= chars.length; n++) {
    out.push(mix(T.prefix, hashString(n + chars.slice(0, n).join(''))));
    out.push(mix(T.suffix, hashString(n + chars.slice(-n).join(''))));
  }
  let key = hashString(folded);
  if (isArabicWord(word)) {
    const [clitic, stem] = splitProclitic(folded);
    key = hashString(stem);
    out.push(mix(T.stem, key), mix(T.clitic, hashString(clitic)));
    for (let n = 1; n <= 3 && n < stem.length; n++) {
      out.push(mix(T.stemSuffix, hashString(n + stem.slice(-n))), mix(T.stemPrefix, hashString(n + stem.slice(0, n))));
    }
  }
  return { key, shape, intrinsic: Uint32Array.from(out), letterCase: caseOf(word) };
}

/** Word features computed once per distinct word; bounded so a long-lived worker does not grow forever. */
export class WordFeatureCache {
  private readonly map = new Map<string, WordFeatures>();
  /** The word before the first and after the last token (one per cache: it carries this cache's scores). */
  readonly pad = padWord();
  constructor(private readonly limit = 200_000) {}

  get(word: string, uncased = false): WordFeatures {
    const key = uncased ? '\u0001' + word : word;
    let f = this.map.get(key);
    if (!f) {
      if (this.map.size >= this.limit) this.map.clear();
      f = computeWord(word, uncased);
      this.map.set(key, f);
    }
    return f;
  }
}

/** A growable flat list of features per token: feats[offsets[i] .. offsets[i+1]). */
export class FeatureBuffer {
  feats = new Uint32Array(4096);
  offsets = new Uint32Array(257);
  length = 0;
  tokens = 0;

  reset(): void {
    this.length = 0;
    this.tokens = 0;
    this.offsets[0] = 0;
  }

  push(h: number): void {
    if (this.length === this.feats.length) {
      const bigger = new Uint32Array(this.feats.length * 2);
      bigger.set(this.feats);
      this.feats = bigger;
    }
    this.feats[this.length++] = h;
  }

  endToken(): void {
    this.tokens++;
    if (this.tokens + 1 > this.offsets.length) {
      const bigger = new Uint32Array(this.offsets.length * 2);
      bigger.set(this.offsets);
      this.offsets = bigger;
    }
    this.offsets[this.tokens] = this.length;
  }
}

/**
 * Appends the static (label-independent) features of every token of one sentence to `out`; with
 * `wordSlots` false, those of wordSlotFeatures are left out (the runtime tagger adds their cached sums).
 */
export function sentenceFeatures(words: string[], hints: LexiconHints | undefined, cache: WordFeatureCache, out: FeatureBuffer, wordSlots = true): WordFeatures[] {
  const n = words.length;
  let wf = words.map((w) => cache.get(w));
  const caps = capsLine(wf.map((w) => w.letterCase));
  if (caps) wf = words.map((w) => cache.get(w, true));
  const at = (i: number) => (i >= 0 && i < n ? wf[i]! : cache.pad);
  for (let i = 0; i < n; i++) {
    const w = wf[i]!;
    const m1 = at(i - 1);
    const p1 = at(i + 1);
    if (wordSlots) {
      out.push(T.bias);
      for (let k = 0; k < w.intrinsic.length; k++) out.push(w.intrinsic[k]!);
      out.push(mix(T.wm2, at(i - 2).key));
      out.push(mix(T.wm1, m1.key));
      out.push(mix(T.wp1, p1.key));
      out.push(mix(T.wp2, at(i + 2).key));
      out.push(mix(T.sm1, m1.shape));
      out.push(mix(T.sp1, p1.shape));
    }
    out.push(mix(mix(T.bigramL, m1.key), w.key));
    out.push(mix(mix(T.bigramR, w.key), p1.key));
    out.push(mix(mix(mix(T.shape3, m1.shape), w.shape), p1.shape));
    if (i === 0) out.push(mix(T.firstShape, w.shape));
    if (caps) out.push(T.caps);
    if (hints) {
      const e = hints.entity[i]!;
      const em1 = i > 0 ? hints.entity[i - 1]! : 0;
      const ep1 = i + 1 < n ? hints.entity[i + 1]! : 0;
      if (e) {
        out.push(mix(T.lex, e));
        out.push(mix(mix(T.lexShape, e), w.shape));
      }
      if (em1) out.push(mix(T.lexm1, em1));
      if (ep1) out.push(mix(T.lexp1, ep1));
      pushFlags(out, T.flag, hints.flags[i]!);
      if (i > 0) pushFlags(out, T.flagm1, hints.flags[i - 1]!);
      if (i + 1 < n) pushFlags(out, T.flagp1, hints.flags[i + 1]!);
    }
    out.endToken();
  }
  return wf;
}

/**
 * A headline or a line set in capitals ("JAPAN GET LUCKY WIN"): at least three words of two or more
 * letters, at least 80 % of them written without a lower-case letter. Scripts without case never qualify.
 */
export function isCapsLine(words: string[]): boolean {
  return capsLine(words.map((w) => (w.length < 2 ? 0 : caseOf(w))));
}

function capsLine(cases: number[]): boolean {
  let lettered = 0;
  let lower = 0;
  for (const c of cases) {
    if (c === 0) continue;
    lettered++;
    if (c === 1) lower++;
  }
  return lettered >= 3 && lower <= 0.2 * lettered;
}

/** 1 = a word with two letters or more and a lower-case one, 2 = two or more letters none lower case, 0 = neither. */
function caseOf(w: string): number {
  let letters = 0;
  let hasLower = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      hasLower = true;
      letters++;
    } else if (c >= 65 && c <= 90) letters++;
    else if (c >= 0x0600 && c <= 0x06ff) continue; // Arabic letters have no case
    else if (c > 127) {
      const ch = w[i]!;
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo === up) continue; // uncased script, or not a letter
      letters++;
      if (ch === lo) hasLower = true;
    }
  }
  return letters < 2 ? 0 : hasLower ? 1 : 2;
}

function pushFlags(out: FeatureBuffer, template: number, flags: number): void {
  for (let bit = 1; bit <= flags; bit <<= 1) if (flags & bit) out.push(mix(template, bit));
}

/** The label-dependent features of position i, given the two previous labels (written into `into`). */
export function transitionFeatures(prev: number, prev2: number, word: WordFeatures, into: Uint32Array): number {
  into[0] = mix(T.prev, prev);
  into[1] = mix(mix(T.prevWord, prev), word.key);
  into[2] = mix(T.prev2, prev * 16 + prev2);
  into[3] = mix(mix(T.prevShape, prev), word.shape);
  return 4;
}
