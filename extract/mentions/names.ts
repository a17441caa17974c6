// How far a person name runs from a token: shared by the person rules for Latin and Arabic script.
import type { Language } from '../../model/types.js';
import type { GivenNames, LanguageLexicon } from '../lexicons/language.js';
import type { Token } from '../text/tokenize.js';
import type { SentenceView } from './types.js';

const MAX_NAME_TOKENS = 6;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

function tight(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 2 && /^[ \-'’]*$/.test(gap);
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
    if (lex.orgSuffixes.has(t.norm) && end > from) break; // "Scott Inc" is a company
    // "Li Ka-shing": a lower-case part joined by a hyphen continues the name.
    const hyphenated = end > from && text.slice(tokens[end - 1]!.end, t.start) === '-' && /^\p{Ll}/u.test(t.text);
    const particle = lex.particles.has(t.norm) && end + 1 < tokens.length && isCapitalized(tokens[end + 1]!);
    // "N'Guessan", "D'Souza": a capital letter elided before a capitalised word is part of the name, not "n'", "d'".
    const next = tokens[end + 1];
    const elided = end > from && /^\p{Lu}$/u.test(t.text) && !!next && /^['’]$/.test(text.slice(t.end, next.start)) && isCapitalized(next);
    const nameLike = elided || (isCapitalized(t) && !lex.nonNames.has(t.norm) && !lex.stopwords.has(t.norm) && /\p{L}/u.test(t.text));
    if (!(nameLike || particle || hyphenated || (end > from && ROMAN.test(t.text)))) break;
    end++;
  }
  // Particles never end a name.
  while (end > from && lex.particles.has(tokens[end - 1]!.norm)) end--;
  return end > from ? [from, end] : undefined;
}

/**
 * Arabic script has no capitals: a name runs over given names, particles (بن، ولد) and family names,
 * and stops at function words, titles, places, a word with a proclitic (و، ب، ل) or tanwin, digits,
 * or a definite common noun after a complete name.
 */
export function arabicNameExtent(text: string, view: SentenceView, from: number, lex: LanguageLexicon, names: GivenNames): [number, number] | undefined {
  const tokens = view.tokens;
  const kinds: Array<'given' | 'particle' | 'definite' | 'other'> = [];
  let end = from;
  while (end < tokens.length && end - from < MAX_NAME_TOKENS) {
    const t = tokens[end]!;
    const position = end - from;
    const previous = kinds[position - 1];
    if (position > 0 && !tight(text, tokens[end - 1]!, t)) break;
    if (!t.arabic || view.lexiconAt.has(end) || /\d/.test(t.text)) break;
    // "عبد الله", "أبو بكر": the second half of a compound given name, whatever it is.
    if (position > 0 && /^(?:عبد|ابو)$/.test(tokens[end - 1]!.norm) && previous !== 'particle') {
      kinds[position - 1] = 'given';
      kinds.push('given');
      end++;
      continue;
    }
    // Normalisation makes "على" (on) and "علي" (Ali) one key: the letter as written tells them apart.
    const writtenAsName = names.arabic.has(t.norm) && !/ى$/.test(t.text);
    if (((lex.stopwords.has(t.norm) || lex.nonNames.has(t.norm)) && !writtenAsName) || t.norm.length < 2) break;
    if (position > 0 && lex.titles.match(text, [t]).length > 0) break;
    if (/\u064B/.test(t.text)) break; // tanwin ("ممثلاً"): an adjective or adverb, never a name
    const kind = names.arabic.has(t.norm) ? 'given' : lex.particles.has(t.norm) ? 'particle' : t.norm.startsWith('ال') ? 'definite' : 'other';
    if (position === 0 && kind === 'particle') break; // "بن سلمان" is the end of a name, not a name
    // A family name closes the name: nothing but a given name or a particle follows an undetermined word
    // after another one or after an article-bearing one ("العامر أهمية", "آرمسترونغ أول").
    // Mauritanian "ولد الطالب أعمر" keeps going after a particle-led family name.
    const afterParticleName = position >= 2 && kinds[position - 2] === 'particle';
    if (kind === 'other' && position > 0 && (previous === 'definite' || previous === 'other') && !afterParticleName) break;
    if (position > 0 && kind !== 'given' && kind !== 'particle') {
      // A conjunction or preposition glued to the word ("وأخيه", "بإقالة", "لوزارة") starts a new phrase.
      if (/^(?:و|ب|ل|ف|ك)/.test(t.norm) && (position >= 2 || t.norm.startsWith('و') || /^(?:بال|لل|وبال|فال|كال)/.test(t.norm))) break;
      if (kind === 'definite') {
        // A family name with the article follows a given name or a particle ("أمل الفلاح", "بن عامر السواحه")
        // and may take one more ("أمل الفلاح السغروشني"); never after an indefinite family name.
        if (previous === 'other') break;
        if (previous === 'definite' && !(position === 2 && kinds[0] === 'given')) break;
        // Feminine or plural adjectives ("الانقلابية", "المؤهلات") are not family names.
        if (/(?:يه|ات)$/.test(t.norm)) break;
      }
    }
    kinds.push(kind);
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
