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
}

/** An alternative reading of a token without its proclitic: the span and the normalised form. */
export interface TokenVariant {
  start: number;
  norm: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(0, end);
  WORD.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    const word = m[0];
    tokens.push({ start: m.index, end: m.index + word.length, text: word, norm: normalizeName(word), arabic: /[\u0600-\u06FF]/.test(word) });
  }
  return tokens;
}

const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'وب', 'ول', 'وك', 'فب', 'و', 'ف', 'ب', 'ل', 'ك'];

/** The token itself, then readings without a proclitic (longest first); "لل" restores the article "ال". */
export function tokenVariants(token: Token): TokenVariant[] {
  const variants: TokenVariant[] = [{ start: token.start, norm: token.norm }];
  if (!token.arabic) return variants;
  for (const p of PROCLITICS) {
    if (token.norm.length - p.length < 2 || !token.norm.startsWith(p)) continue;
    let rest = token.norm.slice(p.length);
    let offset = p.length;
    if (p.endsWith('ال')) {
      rest = 'ال' + rest;
      offset -= 2;
    } else if (p.endsWith('لل')) {
      rest = 'ال' + rest;
      offset -= 1; // the span keeps the second ل of "لل", standing for the article
    }
    variants.push({ start: token.start + offset, norm: rest });
  }
  return variants;
}

/** True when only spaces, hyphens, apostrophes or dots separate two tokens (no clause punctuation). */
export function isTightGap(text: string, from: number, to: number): boolean {
  return to - from <= 3 && /^[ \-'’.]*$/.test(text.slice(from, to));
}
