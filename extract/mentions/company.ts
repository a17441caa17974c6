// A company name ending in a legal suffix ("… Steel Castings Co", "… Mines International Inc") runs left over
// every capitalised word written before it: the tagger often starts such a name late, the suffix shows
// where it ends, and the capitals show where it starts (a lower-case word, punctuation or a stop word ends it).
import type { Mention } from '../../model/types.js';
import { languageLexicon, type LanguageLexicon } from '../lexicons/language.js';
import { normalizeName } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

const MAX_EXTRA_WORDS = 5;

/** The start of the company name whose last words begin at `start` (unchanged when nothing precedes it). */
export function companyStart(text: string, start: number, tokens: Token[], lex: Pick<LanguageLexicon, 'stopwords' | 'titles'>): number {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.end > start) i--;
  let from = start;
  for (let taken = 0; i >= 0 && taken < MAX_EXTRA_WORDS; i--, taken++) {
    const t = tokens[i]!;
    if (!/^\s+$/.test(text.slice(t.end, from))) break;
    if (t.arabic || !/^\p{Lu}/u.test(t.text) || lex.stopwords.has(t.norm)) break;
    if (lex.titles.match(text, [t]).length > 0) break;
    from = t.start;
  }
  return from;
}

/** "Texaco Inc" and "Texaco" name one company: the name without a final legal suffix (unchanged without one). */
export function withoutLegalSuffix(m: Pick<Mention, 'surface' | 'lang'>): string {
  const words = m.surface.split(/\s+/);
  if (words.length < 2) return m.surface;
  const suffixes = languageLexicon(m.lang === 'fr' || m.lang === 'ar' ? m.lang : 'en').orgSuffixes;
  return suffixes.has(normalizeName(words[words.length - 1]!)) ? words.slice(0, -1).join(' ') : m.surface;
}
