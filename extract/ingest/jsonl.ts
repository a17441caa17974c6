// JSON Lines → one RawDocument a line, read as a stream (readline) so a 50 MB file is never held in memory.
// Bad lines (invalid JSON, no text) are reported with their line number and skipped.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { RawDocument } from '../../model/types.js';
import type { IngestItem } from './types.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** One parsed line → a document, or the reason it is not one. */
export function parseJsonlLine(line: string, path: string, lineNo: number): IngestItem {
  const source = `${path}#${lineNo}`;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { kind: 'skipped', skipped: { source, reason: 'invalid JSON' } };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { kind: 'skipped', skipped: { source, reason: 'not a JSON object' } };
  const o = obj as Record<string, unknown>;
  const text = str(o.text);
  if (!text) return { kind: 'skipped', skipped: { source, reason: 'no "text" field' } };
  const id = typeof o.id === 'number' ? String(o.id) : (str(o.id) ?? `${basename(path)}#${lineNo}`);
  const doc: RawDocument = { id, source, text, encoding: 'UTF-8' };
  const title = str(o.title);
  const date = str(o.date);
  const url = str(o.url);
  const lang = str(o.lang);
  if (title) doc.title = title;
  if (date) doc.date = date;
  if (url) doc.url = url;
  if (lang) doc.lang = lang;
  return { kind: 'document', doc };
}

/** Refuses a binary file before streaming it: JSONL is UTF-8 text, NUL bytes mean something else. */
async function looksBinary(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}

export async function* readJsonl(path: string): AsyncGenerator<IngestItem> {
  if (await looksBinary(path)) {
    yield { kind: 'skipped', skipped: { source: path, reason: 'binary file (NUL bytes)' } };
    return;
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let nonBlank = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (!line) continue;
      nonBlank++;
      yield parseJsonlLine(line, path, lineNo);
    }
  } catch (error) {
    // A file that vanishes or fails mid-stream ends here; the lines already read stand.
    yield { kind: 'skipped', skipped: { source: `${path}#${lineNo + 1}`, reason: `read error: ${(error as NodeJS.ErrnoException).code ?? 'error'}` } };
    return;
  }
  if (nonBlank === 0) yield { kind: 'skipped', skipped: { source: path, reason: 'empty file' } };
}
