// Removes repeated paragraphs: exact repeats (same comparison key), near repeats (word-bigram shingles with Jaccard
// ≥ NEAR_DUPLICATE or containment ≥ 0.9: one word changed in 19 or more), and a headline repeated as the start of
// the first body line. Near repeats are looked up through a bottom-k sketch index, so the cost stays linear.
import { comparisonKey } from './normalize.js';
import type { DedupeResult } from './types.js';

export const NEAR_DUPLICATE = 0.8;
/** Paragraphs shorter than this (in words) are compared exactly only: short lines differ by one word legitimately. */
const MIN_WORDS_NEAR = 8;
const SKETCH_SIZE = 4;
const MAX_CANDIDATES = 16;

/** FNV-1a, 32 bits: a fast, stable hash for shingles. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Word bigrams as numbers: each word is hashed once, a bigram mixes two word hashes. Bigrams, not trigrams, so
 * that one changed word in a 20-word paragraph still leaves it above the threshold.
 */
function shingles(words: string[]): Set<number> {
  const h = words.map(hash);
  const out = new Set<number>();
  for (let i = 0; i + 2 <= h.length; i++) out.add((Math.imul(h[i]!, 0x9e3779b1) ^ h[i + 1]!) >>> 0);
  return out;
}



/** The `k` smallest values, without sorting the whole set. */
function bottomK(set: Set<number>, k: number): number[] {
  const out: number[] = [];
  for (const v of set) {
    if (out.length < k) {
      out.push(v);
      out.sort((a, b) => a - b);
    } else if (v < out[k - 1]!) {
      out[k - 1] = v;
      out.sort((a, b) => a - b);
    }
  }
  return out;
}

/** Share of `a`'s shingles found in `b`, and the Jaccard index of the two. */
function overlap(a: Set<number>, b: Set<number>): { containment: number; jaccard: number } {
  let shared = 0;
  for (const h of a) if (b.has(h)) shared++;
  return { containment: shared / a.size, jaccard: shared / (a.size + b.size - shared) };
}

const numberSequence = (key: string) => key.match(/\p{N}+/gu)?.join(' ') ?? '';


export function removeDuplicates(paragraphs: string[]): DedupeResult {
  const keys = paragraphs.map(comparisonKey);
  const drop = new Set<number>();
  headlineRepeats(keys, drop);
  const seen = new Set<string>();
  const sets: Array<Set<number>> = [];
  const numberLists: string[] = [];
  const index = new Map<number, number[]>(); // sketch hash → ids in `sets`
  for (let i = 0; i < paragraphs.length; i++) {
    if (drop.has(i)) continue;
    const key = keys[i]!;
    if (seen.has(key)) {
      drop.add(i);
      continue;
    }
    seen.add(key);
    const words = key.split(' ');
    if (words.length < MIN_WORDS_NEAR) continue;
    const set = shingles(words);
    const sketch = bottomK(set, SKETCH_SIZE);
    const candidates = new Set<number>();
    // The most recent ids of each bucket only: bounded work per paragraph even when many share a shingle.
    for (const h of sketch) {
      const ids = index.get(h) ?? [];
      for (let k = ids.length - 1; k >= 0 && k >= ids.length - MAX_CANDIDATES; k--) candidates.add(ids[k]!);
    }
    let duplicate = false;
    const numbers = numberSequence(key);
    for (const id of candidates) {
      // Other figures or dates make another statement ("68.9 vs 68.8", "le 3 mai" / "le 4 mai"), however alike.
      // A truncated copy keeps the first figures only.
      const sameFigures = numbers === numberLists[id];
      if (!sameFigures && !numberLists[id]!.startsWith(numbers)) continue;
      const { containment, jaccard } = overlap(set, sets[id]!);
      if ((sameFigures && jaccard >= NEAR_DUPLICATE) || containment >= 0.9) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) {
      drop.add(i);
      continue;
    }
    const id = sets.push(set) - 1;
    numberLists.push(numbers);
    for (const h of sketch) {
      const ids = index.get(h);
      if (ids) ids.push(id);
      else index.set(h, [id]);
    }
  }
  const kept = paragraphs.map((_, i) => i).filter((i) => !drop.has(i));
  return { kept, removed: drop.size };
}

/** A short line at the top whose words start the next line is the headline printed twice: the line goes. */
function headlineRepeats(keys: string[], drop: Set<number>): void {
  for (let i = 0; i + 1 < Math.min(keys.length, 4); i++) {
    const head = keys[i]!;
    const next = keys[i + 1]!;
    const words = head.split(' ').length;
    if (words >= 3 && words <= 30 && next.length > head.length && next.startsWith(`${head} `)) drop.add(i);
  }
}
