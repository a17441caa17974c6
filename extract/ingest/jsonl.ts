// JSON Lines → one RawDocument a line, streamed: the encoding is chosen from the file's first bytes by the same
// detector as for other files, lines are split on bytes with a length cap, so no line or file is held whole.
// Bad lines (invalid JSON, no text, too long, not text) are reported with their line number and skipped.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RawDocument } from '../../model/types.js';
import { decodeWith, detectEncoding } from './decode.js';
import { MAX_DOCUMENT_BYTES, SAMPLE_BYTES } from './limits.js';
import { byteLines } from './lines.js';
import { textQuality } from './quality.js';
import type { IngestItem } from './types.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/**
 * One parsed line → a document, or the reason it is not one. The document id is the record's own `id`, else
 * `<fileId>#<line>` (`fileId`: the file's id in the build, its base name by default).
 */
export function parseJsonlLine(line: string, path: string, lineNo: number, fileId = basename(path)): IngestItem {
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
  const quality = textQuality(text);
  if (!quality.ok) return { kind: 'skipped', skipped: { source, reason: quality.reason } };
  const id = typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : (str(o.id) ?? `${fileId}#${lineNo}`);
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

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SAMPLE_BYTES), 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function* readJsonl(path: string, fileId = basename(path), maxLineBytes = MAX_DOCUMENT_BYTES): AsyncGenerator<IngestItem> {
  const detection = detectEncoding(await readHead(path), true);
  if (!detection.ok) {
    yield { kind: 'skipped', skipped: { source: path, reason: detection.reason } };
    return;
  }
  const { encoding } = detection;
  const format = encoding.startsWith('UTF-16') ? { unit: 2 as const, bigEndian: encoding === 'UTF-16BE' } : { unit: 1 as const };
  let nonBlank = 0;
  let lineNo = 0;
  try {
    for await (const line of byteLines(createReadStream(path, { start: detection.bom }), maxLineBytes, format)) {
      lineNo = line.lineNo;
      const source = `${path}#${line.lineNo}`;
      if ('tooLong' in line) {
        nonBlank++;
        yield { kind: 'skipped', skipped: { source, reason: `line too long (${megabytes(line.tooLong)}; at most ${megabytes(maxLineBytes)} a record)` } };
        continue;
      }
      const { text, notes } = decodeWith(line.bytes, encoding);
      const trimmed = text.replace(/^\uFEFF/, '').trim();
      if (!trimmed) continue;
      nonBlank++;
      const item = parseJsonlLine(trimmed, path, line.lineNo, fileId);
      if (item.kind === 'document') {
        item.doc.encoding = detection.bom ? `${encoding} (BOM)` : encoding;
        if (notes.length) item.notes = notes.map((note) => ({ source, note }));
      }
      yield item;
    }
  } catch (error) {
    // A file that vanishes or fails mid-stream ends here; the lines already read stand.
    yield { kind: 'skipped', skipped: { source: `${path}#${lineNo + 1}`, reason: `read error: ${(error as NodeJS.ErrnoException).code ?? 'error'}` } };
    return;
  }
  if (nonBlank === 0) yield { kind: 'skipped', skipped: { source: path, reason: 'empty file' } };
}
