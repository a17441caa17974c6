// Boilerplate markers of every language, read from extract/lexicons/<lang>/boilerplate.tsv and compiled once.
// All languages are applied to every paragraph: a French page can carry an Arabic "اقرأ أيضا" block.
import { LANGUAGES } from '../../model/types.js';
import { readTsv } from '../lexicons/files.js';
import { foldArabic } from './normalize.js';
import type { MarkerKind, MarkerRule } from './types.js';

const MARKER_KINDS: readonly string[] = ['related', 'comments', 'share', 'byline'];

export const SHORT_WORDS = 12;
let cached: MarkerRule[] | undefined;

export function markerRules(): MarkerRule[] {
  if (cached) return cached;
  cached = [];
  for (const lang of LANGUAGES) {
    readTsv(`${lang}/boilerplate.tsv`).forEach((row, i) => {
      const [pattern, kind, scope] = row;
      if (!pattern || !kind || !MARKER_KINDS.includes(kind)) return;
      cached!.push({
        pattern: new RegExp(`^(?:${foldArabic(pattern)})`, 'iu'),
        kind: kind as MarkerKind,
        shortOnly: scope === 'short',
        source: `${lang}/boilerplate.tsv#${i + 1}`,
      });
    });
  }
  return cached;
}

/** The kind of the first rule that matches the paragraph's marker key, if any. */
export function matchMarker(key: string, words: number): MarkerKind | undefined {
  for (const rule of markerRules()) {
    if (rule.shortOnly && words > SHORT_WORDS) continue;
    if (rule.pattern.test(key)) return rule.kind;
  }
  return undefined;
}
