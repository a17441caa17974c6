// Text normalisation: NFC, invisible and bidi controls removed, odd spaces made plain; and the folded keys
// used to compare paragraphs and match boilerplate markers (never written to the output).

// Zero-width and bidi controls carry no text. ZWNJ (U+200C) is kept: it changes how Persian/Urdu words render.
const INVISIBLE = /[\u200B\u200D\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Cleaned characters of a whole document; line breaks (paragraphs) are kept, as \n only. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, '');
}

const HARAKAT = /[\u064B-\u065F\u0670\u0640]/g; // short vowels, shadda, sukun, dagger alef, tatweel

/** Arabic letter variants folded the way readers treat them as equal (أ إ آ ٱ → ا, ة → ه, ى → ي). */
export function foldArabic(text: string): string {
  return text.replace(HARAKAT, '').replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}

/** Lower case, Arabic folded, leading bullets removed: what boilerplate patterns are matched against. */
export function markerKey(paragraph: string): string {
  return foldArabic(paragraph.slice(0, 160).toLowerCase())
    .replace(/^[\s•·*▪►◦‣■□●○>|\-–—]+/u, '')
    .replace(/’/g, "'");
}

/** Letters and digits only, folded and lower-cased: two paragraphs with the same key are the same text. */
export function comparisonKey(paragraph: string): string {
  return foldArabic(paragraph.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/(\p{N})[.,](?=\p{N})/gu, '$1') // "68.9", "10,000" stay one token
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
