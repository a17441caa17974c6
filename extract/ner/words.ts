// Word-level views used by the features: folded form (lower case, no accents, Arabic letters unified),
// shape ("Xx", "X.X.", "dd"), and for Arabic the stem with attached proclitics (و ف ب ل ك, ال) removed.
import { normalizeArabic } from '../text/normalize.js';

const ARABIC = /[\u0600-\u06FF]/;
const MARKS = /[\u0300-\u036f]/g;
const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

export function isArabicWord(word: string): boolean {
  return ARABIC.test(word);
}

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  const plain = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(MARKS, '').normalize('NFC') : lower;
  return isArabicWord(plain) ? normalizeArabic(plain) : plain;
}

/** The proclitic glued to an Arabic word and the rest ("والمغرب" → ["وال", "مغرب"]); "" when none. */
export function splitProclitic(folded: string): [string, string] {
  for (const p of PROCLITICS) if (folded.length - p.length >= 2 && folded.startsWith(p)) return [p, folded.slice(p.length)];
  return ['', folded];
}

/** Short word shape: X upper, x lower, d digit, a Arabic letter, other characters as they are; runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ARABIC.test(ch)) c = 'a';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
    if (out.length >= 6) break;
  }
  return out;
}
