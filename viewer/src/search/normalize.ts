// Folds names for search: case, Latin diacritics, Arabic letter variants, tatweel and harakat,
// so "Maroc", "maroc" and "MAROC" or "المغرب" and "المَغرِب" compare equal.

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g; // harakat, Quranic marks, tatweel
const LATIN_MARKS = /[\u0300-\u036f]/g;

export function normalizeForSearch(text: string): string {
  return (
    text
      // NFD splits é → e + ◌́ and أ/إ/آ/ؤ/ئ → base letter + hamza/madda mark, removed just below.
      .normalize('NFD')
      .replace(LATIN_MARKS, '')
      .replace(ARABIC_MARKS, '')
      .replace(/\u0671/g, '\u0627') // ٱ alef wasla → ا
      .replace(/\u0629/g, '\u0647') // ة → ه
      .replace(/\u0649/g, '\u064a') // ى → ي
      .replace(/\u06cc/g, '\u064a') // Persian yeh → ي
      .replace(/\u06a9/g, '\u0643') // keheh → ك
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[œ]/g, 'oe')
      .replace(/[æ]/g, 'ae')
      // Punctuation and dashes become spaces so "Al-Ula" matches "al ula".
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
