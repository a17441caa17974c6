// Splits normalised text into paragraphs: one a line, spaces collapsed, lines without a letter or digit dropped,
// and hard-wrapped lines (a line cut mid-sentence, the next starting lower-case) joined back.

const ENDS_CLAUSE = /[.!?؟:;…"»”)\]]$/u;
const STARTS_LOWER = /^[a-zà-öø-ÿœ]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

export function splitParagraphs(normalized: string): string[] {
  const out: string[] = [];
  for (const line of normalized.split('\n')) {
    const text = line.replace(/ {2,}/g, ' ').trim();
    if (!text || !HAS_WORD.test(text)) continue; // "*", '""', "---": layout, not text
    const previous = out[out.length - 1];
    // Only long lines are taken for wrapped: a short line followed by a lower-case one is more likely a heading.
    if (previous !== undefined && previous.length >= 40 && !ENDS_CLAUSE.test(previous) && STARTS_LOWER.test(text)) {
      out[out.length - 1] = `${previous} ${text}`;
    } else {
      out.push(text);
    }
  }
  return out;
}
