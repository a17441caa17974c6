// A script-neutral phonetic key for names, so an Arabic spelling and its French or English
// transliteration compare equal: consonants only (initial w/y kept), digraphs unified, doubles collapsed.
import { normalizeName } from '../text/normalize.js';

const ARABIC: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'S', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', پ: 'b', گ: 'g', ڤ: 'f',
};
const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/sch|sh|ch/g, 'S'], [/dj/g, 'j'], [/kh/g, 'k'], [/gh/g, 'g'], [/th/g, 't'], [/dh/g, 'd'], [/ph/g, 'f'], [/ou/g, 'w'],
  [/q/g, 'k'], [/c(?=[ei])/g, 's'], [/c/g, 'k'], [/x/g, 'ks'], [/v/g, 'f'], [/p/g, 'b'],
];
const ARTICLE = /^(?:al|el|ال)(?=\S{3,})/;

/**
 * Phonetic keys of one name token ("Seghrouchni" and "السغروشني" → "sgrSn"): with and without a
 * leading article, since transliterations keep it ("Elalamy"), merge it ("Alami") or drop it.
 */
export function phoneticKeys(token: string): string[] {
  const t = normalizeName(token).replace(/\s+/g, '');
  const keys = new Set([phoneticToken(t), phoneticToken(t.replace(ARTICLE, ''))]);
  keys.delete('');
  return [...keys];
}

function phoneticToken(t: string): string {
  let out = '';
  if (/[\u0600-\u06FF]/.test(t)) {
    for (let i = 0; i < t.length; i++) {
      const c = ARABIC[t[i]!];
      if (!c) continue;
      if ((c === 'w' || c === 'y') && i > 0) continue; // long vowels inside a word
      out += c;
    }
  } else {
    for (const [re, to] of LATIN_DIGRAPHS) t = t.replace(re, to);
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (/[aeiouy]/.test(c) && !(i === 0 && c === 'y')) continue;
      if (c === 'w' && i > 0) continue;
      if (/[a-zS]/.test(c)) out += c;
    }
  }
  // A final h is mostly a vowel ending (ة, "-ah"), written or not.
  return out.replace(/(.)\1+/g, '$1').replace(/(?<=.)h$/, '');
}

/** ASCII rendering of an Arabic name for ids ("ليليان ماسالا" → "lylyan-masala"); Latin is kept. */
export function asciiKey(name: string): string {
  const ROMAN: Record<string, string> = { ...ARABIC, S: 'sh', ا: 'a', ء: '', ع: 'a', ة: 'a', ى: 'a', ش: 'sh', ث: 'th', خ: 'kh', غ: 'gh', ذ: 'dh' };
  return normalizeName(name)
    .split('')
    .map((ch) => (/[\u0600-\u06FF]/.test(ch) ? (ROMAN[ch] ?? '') : ch))
    .join('')
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}
