// Mention-level NER scoring: exact (same span, same type) and relaxed (overlapping span, same type),
// per type and overall; gold and system spans are matched one-to-one.
import { NER_TYPES, type NerType } from '../extract/ner/types.js';

export interface ScoredSpan {
  /** Sentence (or document) index and token or character offsets; end exclusive. */
  unit: number;
  start: number;
  end: number;
  type: NerType;
}

export interface NerPrf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScores {
  exact: Record<NerType | 'ALL', NerPrf>;
  relaxed: Record<NerType | 'ALL', NerPrf>;
}

export function prf(tp: number, fp: number, fn: number): NerPrf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function scoreSpans(gold: ScoredSpan[], system: ScoredSpan[]): NerScores {
  return { exact: scoreMode(gold, system, true), relaxed: scoreMode(gold, system, false) };
}

function scoreMode(gold: ScoredSpan[], system: ScoredSpan[], exact: boolean): NerScores['exact'] {
  const byUnit = new Map<number, ScoredSpan[]>();
  for (const g of gold) byUnit.set(g.unit, [...(byUnit.get(g.unit) ?? []), g]);
  const counts = Object.fromEntries([...NER_TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<NerType | 'ALL', { tp: number; fp: number; fn: number }>;
  const used = new Set<ScoredSpan>();
  for (const s of system) {
    const match = (byUnit.get(s.unit) ?? []).find(
      (g) => !used.has(g) && g.type === s.type && (exact ? g.start === s.start && g.end === s.end : g.start < s.end && s.start < g.end),
    );
    const c = counts[s.type];
    if (match) {
      used.add(match);
      c.tp++;
      counts.ALL.tp++;
    } else {
      c.fp++;
      counts.ALL.fp++;
    }
  }
  for (const g of gold) {
    if (used.has(g)) continue;
    counts[g.type].fn++;
    counts.ALL.fn++;
  }
  return Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, prf(c.tp, c.fp, c.fn)])) as NerScores['exact'];
}

/** A fixed-width table of the scores, one line per type. */
export function formatNerScores(scores: NerScores, label = ''): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const lines = [`${label}${label ? ' ' : ''}exact P/R/F1 · relaxed F1`];
  for (const t of [...NER_TYPES, 'ALL'] as const) {
    const e = scores.exact[t];
    lines.push(`  ${t.padEnd(5)} P ${pct(e.precision)}  R ${pct(e.recall)}  F1 ${pct(e.f1)}   relaxed F1 ${pct(scores.relaxed[t].f1)}   (gold ${e.tp + e.fn}, system ${e.tp + e.fp})`);
  }
  return lines.join('\n');
}
