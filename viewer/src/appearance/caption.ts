// The name a node is drawn and listed with, by the caption choice: as extracted, in Latin script (so an Arabic
// graph reads for a French or English reader), or in Arabic script. Pure.
import type { Caption, NodeAttributes } from '../types.js';

const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

// Last resort for an Arabic name with no Latin form in the data: a letter-by-letter reading, close to the
// common press spellings. Builds made with the knowledge files carry a better `latinName`.
const LETTERS: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh',
  'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': "'",
  'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ؤ': "'",
  'ي': 'y', 'ى': 'a', 'ئ': "'", 'ء': "'", 'گ': 'g', 'پ': 'p', 'ڤ': 'v', 'چ': 'ch',
};

export function transliterate(arabic: string): string {
  const words = arabic
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const body = word.startsWith('ال') && word.length > 3 ? `al-${word.slice(2)}` : word;
      let out = '';
      for (const ch of body) out += LETTERS[ch] ?? ch;
      // و and ي between consonants read as long vowels in names: "محمود" → "mahmud", not "mhmwd".
      out = out.replace(/(?<=[^aeiou'-])w(?=[^aeiouy'-]|$)/g, 'u').replace(/(?<=[^aeiou'-])y(?=[^aeiouw'-]|$)/g, 'i');
      return out.charAt(0).toUpperCase() + out.slice(1);
    });
  return words.join(' ');
}

export function captionOf(attrs: Pick<NodeAttributes, 'name' | 'aliases' | 'names' | 'latinName' | 'arabicName'>, caption: Caption): string {
  if (caption === 'original') return attrs.name;
  const forms = [attrs.name, ...(attrs.aliases ?? []), ...(attrs.names ?? [])];
  if (caption === 'latin') {
    if (attrs.latinName) return attrs.latinName;
    const latin = forms.find((f) => LATIN.test(f) && !ARABIC.test(f));
    return latin ?? (ARABIC.test(attrs.name) ? transliterate(attrs.name) : attrs.name);
  }
  if (attrs.arabicName) return attrs.arabicName;
  return forms.find((f) => ARABIC.test(f)) ?? attrs.name;
}
