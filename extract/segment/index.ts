// Sentence segmentation inside a paragraph, aware of abbreviations ("M.", "Mme", "S.M.").
import type { LanguageOrUnknown, Span } from '../../model/types.js';

const ABBREVIATIONS = /(?:\b(?:M|MM|Mme|Mlle|Dr|Pr|St|S\.M|S\.A\.R|Mr|Mrs|Ms|Jr|Sr|No|art|etc|av|J\.-C|Inc|Ltd|Co|[A-Z]))\.$/;

export function splitSentences(text: string, start: number, end: number, _lang: LanguageOrUnknown): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  const re = /[.!?؟。]+["»”’)]*\s+|\n+/g;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const boundary = m.index + m[0].length;
    const before = text.slice(sentenceStart, m.index + 1);
    if (m[0][0] === '.' && ABBREVIATIONS.test(before)) continue;
    pushTrimmed(text, sentenceStart, m.index + m[0].trimEnd().length, spans);
    sentenceStart = boundary;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
