// What the stand-off annotation tests share: the line shape, the tag set, reading JSON Lines with line numbers,
// and the texts of the corpus documents a file points into (read from ../shared, never stored in the project).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { sharedPath } from '../support/shared.js';

export interface StandoffLine { doc: string; corpus: string; sha1: string; spans: [number, number, string][] }

export const TAGS = new Set(['PER', 'ORG', 'LOC', 'MISC']);
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    try { return JSON.parse(l) as T; } catch (e) { throw new Error(`${path}:${i + 1}: invalid JSON (${String(e)})`); }
  });
}

/** The texts of the documents of `corpus` (a path under ../shared) named in `ids`, read once. */
export function corpusTexts(corpus: string, ids: Set<string>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const line of readFileSync(sharedPath(corpus), 'utf8').split('\n')) {
    if (line === '') continue;
    const doc = JSON.parse(line) as { id: string; text: string };
    if (ids.has(doc.id)) texts.set(doc.id, doc.text);
  }
  return texts;
}

/** The checksum a stand-off line records: the first 12 hex digits of the SHA-1 of the UTF-8 text. */
const textSha1 = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 12);

/** The checks every stand-off file passes: its lines name existing, unchanged corpus documents, and hold no text. */
export function identityTests(corpus: string, lines: StandoffLine[], texts: Map<string, string>): void {
  it('name existing corpus documents, once each, whose text is unchanged', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((l) => l.doc)).size).toBe(lines.length);
    for (const line of lines) {
      expect(line.corpus, line.doc).toBe(corpus);
      const text = texts.get(line.doc);
      expect(text, `${line.doc} is not in ${corpus}`).toBeDefined();
      expect(line.sha1, `${line.doc}: text changed`).toBe(textSha1(text ?? ''));
    }
  });

  it('store offsets only, never corpus text', () => {
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['corpus', 'doc', 'sha1', 'spans']);
  });
}
