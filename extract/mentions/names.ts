// How far a person name runs from a token: shared by the person rules for Latin and Arabic script.
import type { Language } from '../../model/types.js';
import type { GivenNames, LanguageLexicon } from '../lexicons/language.js';
import type { Token } from '../text/tokenize.js';
import type { SentenceView } from './types.js';

const MAX_NAME_TOKENS = 6;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

function tight(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 2 && /^[ \-]*$/.test(gap);
}

function isCapitalized(token: Token): boolean {
  const c = token.text[0]!;
  return c !== c.toLowerCase();
}

/** Latin script: capitalised words and inner particles (El, bin, ould, de…). Returns [start, end) token indices. */
export function latinNameExtent(text: string, view: SentenceView, from: number, lex: LanguageLexicon): [number, number] | undefined {
  const tokens = view.tokens;
  let end = from;
  while (end < tokens.length && end - from < MAX_NAME_TOKENS) {
    const t = tokens[end]!;
    if (end > from && !tight(text, tokens[end - 1]!, t)) break;
    if (t.arabic || view.lexiconAt.has(end)) break;
    const particle = lex.particles.has(t.norm) && end + 1 < tokens.length && isCapitalized(tokens[end + 1]!);
    const nameLike = isCapitalized(t) && !lex.nonNames.has(t.norm) && !lex.stopwords.has(t.norm) && /\p{L}/u.test(t.text);
    if (!(nameLike || particle || (end > from && ROMAN.test(t.text)))) break;
    end++;
  }
  // Particles never end a name.
  while (end > from && lex.particles.has(tokens[end - 1]!.norm)) end--;
  return end > from ? [from, end] : undefined;
}

/**
 * Arabic script has no capitals: a name runs over given names, particles (بن، ولد) and family names,
 * and stops at function words, titles, places, or a definite common noun after a family name.
 */
export function arabicNameExtent(text: string, view: SentenceView, from: number, lex: LanguageLexicon, names: GivenNames): [number, number] | undefined {
  const tokens = view.tokens;
  let end = from;
  let previous: 'given' | 'particle' | 'definite' | 'other' | undefined;
  while (end < tokens.length && end - from < MAX_NAME_TOKENS) {
    const t = tokens[end]!;
    if (end > from && !tight(text, tokens[end - 1]!, t)) break;
    if (!t.arabic || view.lexiconAt.has(end)) break;
    if (lex.stopwords.has(t.norm) || lex.nonNames.has(t.norm) || t.norm.length < 2) break;
    if (end > from && lex.titles.match(text, [t]).length > 0) break;
    const kind = names.arabic.has(t.norm) ? 'given' : lex.particles.has(t.norm) ? 'particle' : t.norm.startsWith('ال') ? 'definite' : 'other';
    // A definite word only continues a name after a given name, a particle or another family name.
    if (kind === 'definite' && end > from && previous === 'other') break;
    // A proclitic preposition (بالـ، للـ) starts a new phrase, not a name part.
    if (end > from && /^(?:بال|لل|وبال|فال|كال)/.test(t.norm) && kind !== 'given') break;
    previous = kind;
    end++;
  }
  while (end > from && lex.particles.has(tokens[end - 1]!.norm)) end--;
  return end > from ? [from, end] : undefined;
}

export function nameExtent(lang: Language, text: string, view: SentenceView, from: number, lex: LanguageLexicon, names: GivenNames): [number, number] | undefined {
  // Titles stacked before a name ("خادم الحرمين الشريفين الملك سلمان", "le Roi Mohammed VI") are not part of it.
  for (let guard = 0; guard < 4; guard++) {
    const title = lex.titles.match(text, view.tokens.slice(from, from + 6))[0];
    if (!title || title.firstToken !== 0) break;
    from += title.lastToken;
  }
  const token = view.tokens[from];
  if (!token) return undefined;
  // A well-known person from the lexicon: the name is exactly the lexicon phrase.
  const known = view.lexiconAt.get(from);
  if (known) return known.entry.payload.type === 'Person' && known.firstToken === from ? [from, known.lastToken] : undefined;
  return token.arabic ? arabicNameExtent(text, view, from, lex, names) : latinNameExtent(text, view, from, lex);
}

export { isCapitalized };
