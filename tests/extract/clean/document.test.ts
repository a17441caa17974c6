// Invariants of every CleanDocument, checked on all test inputs and the example corpus: paragraphs tile the
// cleaned text line by line, sentences sit inside their paragraph, counts add up, and the same input gives the
// same output.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../../../model/types.js';
import { cleanDocument } from '../../../extract/clean/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url));
const inputs: Array<[string, string]> = [
  ...readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).map((n): [string, string] => [n, readFileSync(FIXTURES + n, 'utf8')]),
  ['control characters and bidi marks', 'a\u0000b\u202Bالنص\u202C\r\n\r\n\u200B\nLe texte. Encore.'],
  ['one long line', 'Mot. '.repeat(5_000)],
  ['only spaces', '   \n\t\n '],
];

function checkInvariants(doc: CleanDocument): void {
  let expectedStart = 0;
  doc.paragraphs.forEach((p) => {
    expect(p.start).toBe(expectedStart); // paragraphs follow each other, one line each
    expect(doc.text.slice(p.start, p.end)).not.toMatch(/\n|^\s|\s$/);
    expect(p.extract).toBe(p.kind === 'body' || p.kind === 'embed');
    expectedStart = p.end + 1;
  });
  expect(doc.text.length).toBe(Math.max(0, expectedStart - 1));
  for (const s of doc.sentences) {
    const p = doc.paragraphs[s.paragraph]!;
    expect(s.start).toBeGreaterThanOrEqual(p.start);
    expect(s.end).toBeLessThanOrEqual(p.end);
    expect(s.end).toBeGreaterThan(s.start);
  }
  expect(doc.cleaning.boilerplateParagraphs).toBe(doc.paragraphs.filter((p) => !p.extract).length);
  expect(doc.text).toBe(doc.text.normalize('NFC'));
  expect(doc.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u200B\u200E\u200F\u202A-\u202E\uFEFF]/);
}

describe('cleanDocument invariants', () => {
  it.each(inputs)('%s', (name, text) => {
    const doc = cleanDocument({ id: name, source: name, text });
    checkInvariants(doc);
    expect(cleanDocument({ id: name, source: name, text })).toEqual(doc); // deterministic
  });

  it('keeps id, source, title and url, and prefers the metadata date', () => {
    const doc = cleanDocument({ id: 'x', source: 'x.jsonl#3', text: 'Le 3 mai 2022, accord signé.', title: ' Titre ', url: 'https://example.org/x', date: '2022-05-04', lang: 'fr' });
    expect(doc).toMatchObject({ id: 'x', source: 'x.jsonl#3', title: 'Titre', url: 'https://example.org/x', lang: 'fr', date: { value: '2022-05-04', precision: 'day', source: 'metadata' } });
  });

  it('falls back on the declared language when no paragraph tells', () => {
    expect(cleanDocument({ id: 'x', source: 'x', text: '2024 — 12:00', lang: 'ar' }).lang).toBe('ar');
    expect(cleanDocument({ id: 'x', source: 'x', text: '2024 — 12:00' }).lang).toBe('und');
  });
});
