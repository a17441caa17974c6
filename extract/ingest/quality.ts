// Text or garbage? Decoding random bytes with a legacy code page always "succeeds" (1256 maps most high bytes to
// Arabic letters), so before text becomes a document its make-up is checked: the share of letters, of the
// characters its scripts expect (letters, digits, punctuation, spaces), of word breaks, and words that do not mix
// Arabic and Latin letters. Short texts are only asked for a letter.
export type Quality = { ok: true } | { ok: false; reason: string };

/** Characters looked at: enough to judge, bounded on huge inputs. */
const SAMPLE_CHARS = 200_000;
/** Below this many non-space characters a text is too short to judge beyond "has letters". */
const MIN_JUDGED = 8;
/** Below this many, too short to expect word breaks (one long word, a title). */
const MIN_WORDS_JUDGED = 40;

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const LATIN = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
/** Punctuation and signs any news text uses, in Latin and Arabic typography. */
const COMMON_PUNCTUATION = /[\p{P}%+=/°€$£¥\u00A0]/u;

interface Counts {
  arabic: number;
  latin: number;
  otherLetters: number;
  marks: number;
  digits: number;
  spaces: number;
  punctuation: number;
  other: number;
  total: number;
  words: number;
  mixedWords: number;
}

function countCharacters(text: string): Counts {
  const c: Counts = { arabic: 0, latin: 0, otherLetters: 0, marks: 0, digits: 0, spaces: 0, punctuation: 0, other: 0, total: 0, words: 0, mixedWords: 0 };
  let wordArabic = 0;
  let wordLatin = 0;
  const endWord = () => {
    if (wordArabic + wordLatin > 0) c.words++;
    if (wordArabic > 0 && wordLatin > 0) c.mixedWords++;
    wordArabic = wordLatin = 0;
  };
  for (const ch of text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text) {
    c.total++;
    if (SPACE.test(ch)) {
      c.spaces++;
      endWord();
    } else if (ARABIC.test(ch) && LETTER.test(ch)) {
      c.arabic++;
      wordArabic++;
    } else if (LATIN.test(ch)) {
      c.latin++;
      wordLatin++;
    } else if (LETTER.test(ch)) c.otherLetters++;
    else if (MARK.test(ch)) c.marks++;
    else if (DIGIT.test(ch)) c.digits++;
    else if (COMMON_PUNCTUATION.test(ch) || ARABIC.test(ch)) c.punctuation++;
    else c.other++;
  }
  endWord();
  return c;
}

export function textQuality(text: string): Quality {
  const c = countCharacters(text);
  const letters = c.arabic + c.latin + c.otherLetters;
  const visible = c.total - c.spaces;
  if (letters === 0) return { ok: false, reason: 'not text: no letters' };
  if (visible < MIN_JUDGED) return { ok: true };
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const letterShare = (letters + c.marks) / visible;
  if (letterShare < 0.3) return { ok: false, reason: `not text: ${pct(letterShare)} letters` };
  const script = c.otherLetters > c.arabic + c.latin ? 'other' : c.arabic >= c.latin ? 'Arabic' : 'Latin';
  const own = script === 'other' ? c.otherLetters : c.arabic + c.latin;
  const expected = (own + c.marks + c.digits + c.punctuation + c.spaces) / c.total;
  if (expected < 0.8) return { ok: false, reason: `not text: ${pct(expected)} of characters expected in ${script} script` };
  if (script === 'other') return { ok: true };
  // Arabic and Latin scripts separate words with spaces and never mix within a word; random bytes decoded with
  // a code page do both.
  const mixed = c.mixedWords / Math.max(1, c.words);
  if (mixed > 0.2) return { ok: false, reason: `not text: ${pct(mixed)} of words mix Arabic and Latin letters` };
  const spaceShare = c.spaces / c.total;
  if (visible >= MIN_WORDS_JUDGED && (spaceShare < 0.04 || visible / Math.max(1, c.spaces) > 25)) {
    return { ok: false, reason: `not text: ${pct(spaceShare)} spaces (no words)` };
  }
  return { ok: true };
}
