// Reading the Wikidata Latin↔Arabic name-token pairs (`latin<TAB>arabic letters, space-separated<TAB>count`)
// into normalised token pairs: lower-case ASCII Latin letters, Arabic letters with variants unified.
import { normalizeName } from '../../text/normalize.js';
import type { TokenPair } from './em.js';

export function parsePairs(text: string): TokenPair[] {
  const out: TokenPair[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    const [rawLatin, rawArabic, rawCount] = line.split('\t');
    if (!rawLatin || !rawArabic) continue;
    const latin = normalizeName(rawLatin).replace(/\s+/g, '');
    const arabic = normalizeArabicToken(rawArabic);
    if (!/^[a-z]{2,}$/.test(latin) || !/^[\u0621-\u064A\u067E\u0686\u06A4\u06AF]{2,}$/.test(arabic)) continue;
    const key = `${latin}\t${arabic}`;
    const count = Math.max(1, Number(rawCount) || 1);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ latin, arabic, count });
  }
  return out;
}

/** One Arabic name token as the model sees it: normalised, no spaces. */
export function normalizeArabicToken(text: string): string {
  return normalizeName(text).replace(/\s+/g, '');
}
