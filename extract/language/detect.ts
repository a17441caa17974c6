// Language of a paragraph (fr, ar, en or und): the script decides Arabic vs Latin, then function words
// (data in lexicons/<lang>/stopwords.txt) and French accents decide French vs English.
import type { LanguageOrUnknown } from '../../model/types.js';
import { stopwords } from './stopwords.js';
import type { ScriptCounts } from './types.js';

/** Letters per script, by code point range (a loop, not a regex per character: this runs on every paragraph). */
export function scriptCounts(text: string): ScriptCounts {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if ((c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfefc)) arabic++;
  }
  return { arabic, latin };
}

const FRENCH_LETTERS = /[éèêëàâçùûîïôœ]/g;
const WORD = /\p{L}+['’]?/gu;

/** French vs English from function-word hits; accents count for French. 'und' when nothing tells them apart. */
function latinLanguage(text: string): LanguageOrUnknown {
  const lists = stopwords();
  const fr = lists.get('fr')!;
  const en = lists.get('en')!;
  let frScore = 0;
  let enScore = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace('’', "'");
    if (fr.has(word)) frScore++;
    if (en.has(word)) enScore++;
  }
  frScore += Math.min(3, (text.match(FRENCH_LETTERS)?.length ?? 0) * 0.5);
  if (frScore === 0 && enScore === 0) return 'und';
  // A tie means no accent and as many French as English words ("a", "on"): English, the accent-free one.
  return frScore > enScore ? 'fr' : 'en';
}

/** The language of one paragraph or short text. */
export function detectLanguage(text: string): LanguageOrUnknown {
  const { arabic, latin } = scriptCounts(text);
  if (arabic + latin < 3) return 'und';
  if (arabic >= latin) return 'ar';
  const lang = latinLanguage(text);
  // Latin letters that are only names and handles ("(@EnergyMin) February") say less than the Arabic words.
  return lang === 'und' && arabic >= 3 ? 'ar' : lang;
}

/**
 * Gives an undetermined paragraph that has letters the language of its nearest neighbour in the same script
 * (a "Rabat" line between French paragraphs is French); paragraphs without letters stay 'und'. Linear: the
 * nearest Latin-language paragraph on each side is precomputed.
 */
export function smoothLanguages(texts: string[], langs: LanguageOrUnknown[]): LanguageOrUnknown[] {
  const n = langs.length;
  const isLatinLang = (l: LanguageOrUnknown | undefined) => l === 'fr' || l === 'en';
  const before: number[] = new Array(n).fill(-1);
  const after: number[] = new Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    before[i] = last;
    if (isLatinLang(langs[i])) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    after[i] = next;
    if (isLatinLang(langs[i])) next = i;
  }
  return langs.map((lang, i) => {
    if (lang !== 'und') return lang;
    const { arabic, latin } = scriptCounts(texts[i]!);
    if (arabic + latin === 0) return 'und';
    if (arabic >= latin) return 'ar';
    const b = before[i]!;
    const a = after[i]!;
    // The nearer side wins; at equal distance, the next paragraph (a heading belongs to what follows it).
    if (a >= 0 && (b < 0 || a - i <= i - b)) return langs[a]!;
    return b >= 0 ? langs[b]! : 'und';
  });
}
