// Sentence boundaries inside a paragraph. Ends: . ! ? ؟ … followed by a space (and any closing quote), and line
// breaks. Not ends: abbreviations (data), initials "J. Smith", dotted acronyms "U.S." "S.M.", decimals "3.5",
// anything followed by a lower-case word, and the Arabic comma ، or semicolon ؛.
import type { LanguageOrUnknown, Span } from '../../model/types.js';
import { abbreviations } from './abbreviations.js';

const TERMINAL = /[.!?؟…]+/g;
const CLOSERS = '"»”’\')]}';
const OPENERS = /^[(«"“‘'[{]+/;
const INITIAL = /^\p{Lu}\.$/u;
const DOTTED_ACRONYM = /^(?:\p{L}{1,2}\.){2,}$/u;

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';
const isLower = (ch: string | undefined) => !!ch && ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** The word that ends with the period at `dot` (inclusive), without opening quotes or brackets. */
function wordBefore(text: string, start: number, dot: number): string {
  let i = dot;
  while (i > start && !isSpace(text[i - 1])) i--;
  return text.slice(i, dot + 1).replace(OPENERS, '');
}

/** Whether the punctuation run text[p, q) followed by a space really ends a sentence. */
function endsSentence(text: string, start: number, p: number, q: number, next: string | undefined, abbrevs: Set<string>): boolean {
  if (isLower(next)) return false; // sentences do not start lower-case (in scripts that have case)
  if (q - p !== 1 || text[p] !== '.') return true;
  const word = wordBefore(text, start, p);
  return !(abbrevs.has(word) || INITIAL.test(word) || DOTTED_ACRONYM.test(word));
}

/** Sentence spans inside text[start, end), trimmed; one paragraph at a time is the intended use. */
export function splitSentences(text: string, start: number, end: number, lang: LanguageOrUnknown): Span[] {
  const spans: Span[] = [];
  const abbrevs = abbreviations(lang);
  const slice = text.slice(0, end);
  let sentenceStart = start;
  const cut = (at: number, resume: number) => {
    pushTrimmed(text, sentenceStart, at, spans);
    sentenceStart = resume;
  };
  // Line breaks always end a sentence: split on them first, then look for punctuation inside each line.
  for (let lineStart = start; lineStart < end; ) {
    const nl = slice.indexOf('\n', lineStart);
    const lineEnd = nl === -1 || nl >= end ? end : nl;
    TERMINAL.lastIndex = lineStart;
    let m: RegExpExecArray | null;
    while ((m = TERMINAL.exec(slice)) !== null && m.index < lineEnd) {
      const p = m.index;
      let q = p + m[0].length;
      while (q < lineEnd && CLOSERS.includes(text[q]!)) q++;
      // French spacing puts a space before the closing guillemet: « Vraiment ? »
      if (text[q] === ' ' && (text[q + 1] === '»' || text[q + 1] === '”')) q += 2;
      if (q >= lineEnd || !isSpace(text[q])) continue; // "3.5", "www.x.org", or the line's own end
      let n = q;
      while (n < lineEnd && isSpace(text[n])) n++;
      if (n >= lineEnd) continue;
      if (endsSentence(text, lineStart, p, q, text[n], abbrevs)) cut(q, n);
    }
    cut(lineEnd, lineEnd + 1);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
