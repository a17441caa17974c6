// Checks the English stand-off NER annotations against the Reuters corpus they point into: every line names an
// existing corpus document whose text is unchanged (sha1), spans are well-formed whole words with a known tag,
// one tag per string within a document, and the set reaches its token size. No corpus text is stored in the project.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, requireShared } from '../support/shared.js';
import { TAGS, WORD_CHAR, corpusTexts, identityTests, readJsonl, type StandoffLine } from './standoff.js';

const CORPUS = 'corpus/news-en.jsonl';
const STANDOFF = join(PROJECT_ROOT, 'annotations/ner/en.standoff.jsonl');
/** Whitespace tokens the annotated documents hold together (the size docs/annotation-guide.md reports). */
const MIN_TOKENS = 32_000;




/** A span may end on a letter or digit, on the period of an abbreviation ("U.S.", "Co."), or on a bracket it opened. */
function endsCleanly(text: string, start: number, end: number): boolean {
  const last = text[end - 1] ?? '';
  if (WORD_CHAR.test(last)) return true;
  if (last === '.') return WORD_CHAR.test(text[end - 2] ?? '');
  return last === ')' && text.slice(start, end).includes('(');
}

const haveShared = requireShared('English annotations', CORPUS);

describe.skipIf(!haveShared)('English NER stand-off annotations', () => {
  const lines = readJsonl<StandoffLine>(STANDOFF);
  const texts = corpusTexts(CORPUS, new Set(lines.map((l) => l.doc)));

  identityTests(CORPUS, lines, texts);

  it('have sorted, non-overlapping spans of known tags covering whole words', () => {
    for (const { doc, spans } of lines) {
      const text = texts.get(doc) ?? '';
      let previousEnd = 0;
      for (const [start, end, tag] of spans) {
        const where = `${doc} [${start},${end})`;
        expect(TAGS.has(tag), `${where}: tag ${tag}`).toBe(true);
        expect(Number.isInteger(start) && Number.isInteger(end) && start < end && end <= text.length, where).toBe(true);
        expect(start >= previousEnd, `${where} overlaps or is out of order`).toBe(true);
        previousEnd = end;
        expect(WORD_CHAR.test(text[start] ?? '') && endsCleanly(text, start, end), `${where}: edge`).toBe(true);
        expect(!WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? ''), `${where}: cuts a word`).toBe(true);
      }
    }
  });

  it('give one string one tag within a document', () => {
    for (const { doc, spans } of lines) {
      const text = texts.get(doc) ?? '';
      const tagOf = new Map<string, string>();
      for (const [start, end, tag] of spans) {
        const surface = text.slice(start, end);
        expect(tagOf.get(surface) ?? tag, `${doc}: "${surface}" has two tags`).toBe(tag);
        tagOf.set(surface, tag);
      }
    }
  });

  it(`cover at least ${MIN_TOKENS} whitespace tokens`, () => {
    let tokens = 0;
    for (const line of lines) tokens += (texts.get(line.doc) ?? '').split(/\s+/).filter((w) => w !== '').length;
    expect(tokens).toBeGreaterThanOrEqual(MIN_TOKENS);
  });
});
