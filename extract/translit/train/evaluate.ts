// Held-out evaluation of name matching: for a held-out Arabic token, rank its true Latin spelling among
// distractor Latin tokens (and the reverse), by the learned model and by the former hand rules.
import { distance } from 'fastest-levenshtein';
import { asciiKey, phoneticKeys } from '../../resolve/phonetic.js';
import { channelLogProb } from '../channel.js';
import { tokenLogProb } from '../lm.js';
import { spellingScore } from '../match.js';
import type { TranslitModel } from '../types.js';
import type { TokenPair } from './em.js';
import { seededRandom } from '../../../model/random.js';

export interface RankingFigures {
  samples: number;
  candidates: number;
  /** Top-1 accuracy (ties shared) ranking Latin candidates for an Arabic token, and the reverse. */
  model: { arabicToLatin: number; latinToArabic: number };
  baseline: { arabicToLatin: number; latinToArabic: number };
}

/** Deterministic split: about one pair in ten is held out. */
export function isHeldOut(p: TokenPair): boolean {
  let h = 2166136261;
  for (const c of `${p.latin}\t${p.arabic}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 10 === 0;
}


/** The former hand rules: a shared phonetic key first, then edit distance to a letter-by-letter romanisation. */
export function baselineScore(arabic: string, latin: string): number {
  const shared = phoneticKeys(arabic).some((k) => phoneticKeys(latin).includes(k));
  return (shared ? 100 : 0) - distance(asciiKey(arabic), latin);
}

/**
 * Ranks each sampled held-out pair's counterpart among `candidates - 1` distractors. `hard` draws
 * distractors that start with the same letter as the truth, so the first letter gives nothing away.
 */
export function rankingAccuracy(model: TranslitModel, test: TokenPair[], options: { samples: number; candidates: number; seed: number; hard: boolean }): RankingFigures {
  const random = seededRandom(options.seed);
  const byLatinInitial = groupBy(test, (p) => p.latin[0]!);
  const byArabicInitial = groupBy(test, (p) => p.arabic[0]!);
  const totals = { ma: 0, ml: 0, ba: 0, bl: 0 };
  let n = 0;
  for (let s = 0; s < options.samples && test.length > options.candidates; s++) {
    const truth = test[Math.floor(random() * test.length)]!;
    const latinPool = options.hard ? byLatinInitial.get(truth.latin[0]!)! : test;
    const arabicPool = options.hard ? byArabicInitial.get(truth.arabic[0]!)! : test;
    const latins = distractors(latinPool, random, options.candidates - 1, (p) => p.latin !== truth.latin && p.arabic !== truth.arabic).map((p) => p.latin);
    const arabics = distractors(arabicPool, random, options.candidates - 1, (p) => p.latin !== truth.latin && p.arabic !== truth.arabic).map((p) => p.arabic);
    if (latins.length < 2 || arabics.length < 2) continue;
    n++;
    totals.ma += top1(truth.latin, [truth.latin, ...latins], (l) => channelLogProb(model, truth.arabic, l));
    totals.ml += top1(truth.arabic, [truth.arabic, ...arabics], (a) => channelLogProb(model, a, truth.latin) + tokenLogProb(model.arabicLm, a));
    totals.ba += top1(truth.latin, [truth.latin, ...latins], (l) => baselineScore(truth.arabic, l));
    totals.bl += top1(truth.arabic, [truth.arabic, ...arabics], (a) => baselineScore(a, truth.latin));
  }
  const r = (x: number) => (n ? x / n : 0);
  return {
    samples: n,
    candidates: options.candidates,
    model: { arabicToLatin: r(totals.ma), latinToArabic: r(totals.ml) },
    baseline: { arabicToLatin: r(totals.ba), latinToArabic: r(totals.bl) },
  };
}

/** Scores of held-out true pairs and of hard false pairs, to place the match threshold. */
export function matchScores(model: TranslitModel, test: TokenPair[], samples: number, seed: number): { positives: number[]; negatives: number[] } {
  const random = seededRandom(seed);
  const byInitial = groupBy(test, (p) => p.latin[0]!);
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let s = 0; s < samples; s++) {
    const truth = test[Math.floor(random() * test.length)]!;
    positives.push(spellingScore(model, truth.arabic, truth.latin));
    const pool = byInitial.get(truth.latin[0]!)!;
    const other = pool[Math.floor(random() * pool.length)]!;
    if (other.latin !== truth.latin && other.arabic !== truth.arabic) negatives.push(spellingScore(model, truth.arabic, other.latin));
  }
  return { positives, negatives };
}

function top1<T>(truth: T, candidates: T[], score: (c: T) => number): number {
  const scores = candidates.map(score);
  const best = Math.max(...scores);
  const tied = scores.filter((x) => x === best).length;
  return scores[0] === best ? 1 / tied : 0;
}

function distractors(pool: TokenPair[], random: () => number, k: number, keep: (p: TokenPair) => boolean): TokenPair[] {
  const out: TokenPair[] = [];
  for (let tries = 0; out.length < k && tries < k * 5; tries++) {
    const p = pool[Math.floor(random() * pool.length)]!;
    if (keep(p)) out.push(p);
  }
  return out;
}

function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k) ?? [];
    list.push(x);
    out.set(k, list);
  }
  return out;
}
