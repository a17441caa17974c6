// Boilerplate markers of every language, read from extract/lexicons/<lang>/boilerplate.tsv and compiled once.
// All languages are applied to every paragraph: a French page can carry an Arabic "اقرأ أيضا" block.
import { TafahumError } from '../../model/errors.js';
import { LANGUAGES } from '../../model/types.js';
import { readTsv } from '../lexicons/files.js';
import { foldArabic } from './normalize.js';
import type { MarkerKind, MarkerRule } from './types.js';

const MARKER_KINDS: readonly string[] = ['related', 'comments', 'share', 'byline'];

export const SHORT_WORDS = 12;
let cached: MarkerRule[] | undefined;

export function markerRules(): MarkerRule[] {
  cached ??= LANGUAGES.flatMap((lang) => compileMarkerRules(readTsv(`${lang}/boilerplate.tsv`), `${lang}/boilerplate.tsv`));
  return cached;
}

/** Rows of a boilerplate.tsv → rules. A row that cannot be a rule is an error naming the file and row, never dropped. */
export function compileMarkerRules(rows: string[][], file: string): MarkerRule[] {
  return rows.map((row, i) => {
    const [pattern, kind, scope] = row;
    // Row numbers count data rows (comments and blank lines left out), as everywhere rules are named.
    const source = `${file}#${i + 1}`;
    if (!pattern || !kind || !MARKER_KINDS.includes(kind)) {
      throw new TafahumError('E_FORMAT', `${source}: expected "pattern<TAB>kind[<TAB>short]" with kind ${MARKER_KINDS.join('|')}, got "${row.join('\t')}"`);
    }
    let compiled: RegExp;
    try {
      compiled = new RegExp(`^(?:${foldArabic(pattern)})`, 'iu');
    } catch (error) {
      throw new TafahumError('E_FORMAT', `${source}: invalid pattern "${pattern}": ${(error as Error).message}`);
    }
    return { pattern: compiled, kind: kind as MarkerKind, shortOnly: scope === 'short', source };
  });
}

/** The kind of the first rule that matches the paragraph's marker key, if any. */
export function matchMarker(key: string, words: number): MarkerKind | undefined {
  for (const rule of markerRules()) {
    if (rule.shortOnly && words > SHORT_WORDS) continue;
    if (rule.pattern.test(key)) return rule.kind;
  }
  return undefined;
}
