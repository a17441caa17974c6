// Splits normalised text into paragraphs: one a line, spaces collapsed, lines without a letter or digit dropped,
// and hard-wrapped text joined back: whole blocks when the file is wrapped at a fixed width (e-mail style),
// else single lines cut mid-sentence (the next one starting lower-case).

const ENDS_CLAUSE = /[.!?؟:;…"»”)\]]$/u;
const STARTS_LOWER = /^[a-zà-öø-ÿœ]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const LIST_ITEM = /^([-*•·▪–—]|\d+[.)])\s/u;

const tidy = (line: string) => line.replace(/ {2,}/g, ' ').trim();

/**
 * A file is hard-wrapped when it separates paragraphs by blank lines and most lines inside paragraphs stop
 * near one width (50–100 characters) rather than at the end of a sentence, and its blocks end like sentences.
 */
export function isHardWrapped(blocks: string[][]): boolean {
  let inner = 0;
  let wrapped = 0;
  let multiLine = 0;
  let endsAsSentence = 0; // a wrapped paragraph still ends with punctuation; a list of headlines does not
  for (const lines of blocks) {
    if (lines.length > 1) {
      multiLine++;
      if (ENDS_CLAUSE.test(lines[lines.length - 1]!)) endsAsSentence++;
    }
    for (let i = 0; i + 1 < lines.length; i++) {
      inner++;
      if (lines[i]!.length >= 50 && lines[i]!.length <= 100 && !LIST_ITEM.test(lines[i + 1]!)) wrapped++;
    }
  }
  return blocks.length >= 2 && inner >= 3 && wrapped / inner >= 0.7 && endsAsSentence / multiLine >= 0.6;
}

function blocksOf(normalized: string): string[][] {
  const blocks: string[][] = [[]];
  for (const line of normalized.split('\n')) {
    const text = tidy(line);
    if (text) blocks[blocks.length - 1]!.push(text);
    else if (blocks[blocks.length - 1]!.length) blocks.push([]);
  }
  return blocks.filter((b) => b.length);
}

export function splitParagraphs(normalized: string): string[] {
  const blocks = blocksOf(normalized);
  // In a wrapped file, a block is joined when it ends like a sentence: a block of headlines keeps its lines.
  const wrapped = isHardWrapped(blocks);
  const lines = blocks.flatMap((b) => (wrapped && ENDS_CLAUSE.test(b[b.length - 1]!) ? [b.join(' ')] : b));
  const out: string[] = [];
  for (const text of lines) {
    if (!HAS_WORD.test(text)) continue; // "*", '""', "---": layout, not text
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
