// The tagger's tokenisation, close to the training corpora's: words (hyphenated words whole), dotted
// abbreviations ("U.S." keeps its final period), numbers, French elisions ("l'", "d'"), "'s", and every
// other non-space character as its own token.
import type { NerToken } from './types.js';

const TOKEN =
  /(?:\p{L}\.){2,}(?!\p{L})|(?:[\p{L}]{1,2}|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\p{L})|['’]\p{L}{1,2}(?!\p{L})|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function nerTokenize(text: string, start = 0, end = text.length): NerToken[] {
  const tokens: NerToken[] = [];
  const slice = end === text.length ? text : text.slice(0, end);
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return tokens;
}
