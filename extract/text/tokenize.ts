// Word tokens with offsets and normalised forms; Arabic clitic prefixes (و ف ب ل ك + ال) split off
// as alternatives so "بالمغرب" and "للمغرب" can match the lexicon form "المغرب".
import { normalizeName } from './normalize.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** normalizeName(text). */
  norm: string;
  arabic: boolean;
  /** tokenVariants' result, kept on the token: every lexicon pass over a sentence asks again. */
  variants?: TokenVariant[] | undefined;
}

/** An alternative reading of a token without its proclitic: the span and the normalised form. */
export interface TokenVariant {
  start: number;
  norm: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06FF]/;

/** What a word form always gives: its normalised form and whether it is Arabic script. */
interface WordForm {
  norm: string;
  arabic: boolean;
}
/**
 * Computed once per form (news repeats its words, and normalisation was most of tokenising), bounded: a
 * cache is cleared when full. Forms by the word as written; proclitic readings by the normalised Arabic form,
 * as [offset from the token start, normalised form].
 */
const CACHE_LIMIT = 100_000;
const forms = new Map<string, WordForm>();
const readings = new Map<string, Array<[number, string]>>();

function cached<V>(cache: Map<string, V>, key: string, compute: (key: string) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, (value = compute(key)));
  }
  return value;
}

const wordForm = (word: string): WordForm => ({ norm: normalizeName(word), arabic: ARABIC.test(word) });

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(0, end);
  WORD.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    const word = m[0];
    const form = cached(forms, word, wordForm);
    tokens.push({ start: m.index, end: m.index + word.length, text: word, norm: form.norm, arabic: form.arabic, variants: undefined });
  }
  return tokens;
}

const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'وب', 'ول', 'وك', 'فب', 'و', 'ف', 'ب', 'ل', 'ك'];

/** The token itself, then readings without a proclitic (longest first); "لل" restores the article "ال". */
export function tokenVariants(token: Token): TokenVariant[] {
  if (token.variants) return token.variants;
  const variants: TokenVariant[] = [{ start: token.start, norm: token.norm }];
  token.variants = variants;
  if (!token.arabic) return variants;
  const found = cached(readings, token.norm, procliticReadings);
  for (const [offset, norm] of found) variants.push({ start: token.start + offset, norm });
  return variants;
}

function procliticReadings(norm: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const p of PROCLITICS) {
    if (norm.length - p.length < 2 || !norm.startsWith(p)) continue;
    let rest = norm.slice(p.length);
    let offset = p.length;
    if (p.endsWith('ال')) {
      rest = 'ال' + rest;
      offset -= 2;
    } else if (p.endsWith('لل')) {
      rest = 'ال' + rest;
      offset -= 1; // the span keeps the second ل of "لل", standing for the article
    }
    out.push([offset, rest]);
  }
  return out;
}

/** True when only spaces, hyphens, apostrophes or dots separate two tokens (no clause punctuation). */
export function isTightGap(text: string, from: number, to: number): boolean {
  return to - from <= 3 && /^[ \-'’.]*$/.test(text.slice(from, to));
}
