// Name normalisation used for matching lexicons, resolving entities and scoring (FORMAT.md):
// NFKC, case folded, Latin diacritics removed, Arabic letter variants unified, punctuation to spaces.

const HARAKAT_AND_TATWEEL = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LEADING_ARTICLE = /^(?:(?:le|la|les|l|the)\s+|al\s+|ال(?=\S{2,}))/u;

const ARABIC_BLOCK = /[\u0600-\u06FF]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Unifies Arabic letter variants: أ إ آ ٱ → ا, ة → ه, ى → ي; drops harakat and tatweel. */
export function normalizeArabic(text: string): string {
  // Only Arabic-block characters change: other text is returned as is, without six scans.
  if (!ARABIC_BLOCK.test(text)) return text;
  return text
    .replace(HARAKAT_AND_TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

/** Lower case, no Latin diacritics, Arabic variants unified, punctuation as spaces, spaces collapsed. */
export function normalizeName(text: string): string {
  // ASCII needs no Unicode normalisation, has no diacritics and no Arabic: the same result, cheaper.
  if (PRINTABLE_ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/['`]/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  }
  return normalizeArabic(
    text
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC'),
  )
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** normalizeName, then a leading article dropped (le, la, les, l', the, al-, ال), as the scorer does. */
export function nameKey(text: string): string {
  const normalized = normalizeName(text);
  return normalized.replace(LEADING_ARTICLE, '').trim() || normalized;
}

/** ASCII slug for ids: "Ghita Mezzour" → "ghita-mezzour". Arabic is transliterated by the caller first. */
export function slug(text: string): string {
  return normalizeName(text).replace(/\s+/g, '-').replace(/[^a-z0-9\-\u0600-\u06FF]/g, '') || 'x';
}

export function isArabicScript(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
}
