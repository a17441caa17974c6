// What the stand-off annotation tests share: the line shape, the tag set, reading JSON Lines with line numbers,
// and the texts of the corpus documents a file points into (read from ../shared, never stored in the project).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
export const textSha1 = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 12);
