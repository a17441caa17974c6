// Character trigram model of one script, interpolated down to unigrams: the prior of a Latin spelling
// (decoding) and of an Arabic spelling (ranking Arabic candidates for a Latin token).
import type { CharLmCounts } from './types.js';

const L3 = 0.6;
const L2 = 0.3;
const L1 = 0.1;

/** Counts of the trigram model over tokens (no spaces inside a token). */
export function countCharLm(tokens: Iterable<[string, number]>): CharLmCounts {
  const counts = new Map<string, number>();
  const alphabet = new Set<string>();
  let total = 0;
  const bump = (k: string, n: number) => counts.set(k, (counts.get(k) ?? 0) + n);
  for (const [token, n] of tokens) {
    const s = `^^${token}$`;
    for (let i = 2; i < s.length; i++) {
      const c = s[i]!;
      alphabet.add(c);
      bump(`3${s[i - 2]}${s[i - 1]}${c}`, n);
      bump(`2${s[i - 1]}${c}`, n);
      bump(`h${s[i - 2]}${s[i - 1]}`, n);
      bump(`b${s[i - 1]}`, n);
      bump(`1${c}`, n);
      total += n;
    }
  }
  return { counts, alphabet: alphabet.size, total, memo: new Map() };
}

/** log P(c | x y), interpolated. */
export function charLogProb(lm: CharLmCounts, x: string, y: string, c: string): number {
  const key = x + y + c;
  const known = lm.memo.get(key);
  if (known !== undefined) return known;
  const get = (k: string) => lm.counts.get(k) ?? 0;
  const h3 = get(`h${x}${y}`);
  const h2 = get(`b${y}`);
  const p3 = h3 ? get(`3${x}${y}${c}`) / h3 : 0;
  const p2 = h2 ? get(`2${y}${c}`) / h2 : 0;
  const p1 = (get(`1${c}`) + 1) / (lm.total + lm.alphabet + 1);
  const lp = Math.log(L3 * p3 + L2 * p2 + L1 * p1);
  lm.memo.set(key, lp);
  return lp;
}

/** log P(token) under the model, end marker included. */
export function tokenLogProb(lm: CharLmCounts, token: string): number {
  const s = `^^${token}$`;
  let lp = 0;
  for (let i = 2; i < s.length; i++) lp += charLogProb(lm, s[i - 2]!, s[i - 1]!, s[i]!);
  return lp;
}
