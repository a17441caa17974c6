// Reads one input file into RawDocuments: decodes the bytes, then applies the format's reader
// (plain text, Markdown, HTML, or streamed JSONL). Problems become SkippedInput, never exceptions.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RawDocument } from '../../model/types.js';
import { decodeBytes } from './decode.js';
import { htmlToText } from './html.js';
import { readJsonl } from './jsonl.js';
import { markdownToText } from './markdown.js';
import type { ExtractedText, IngestItem } from './types.js';

/** Larger single documents are almost surely not news articles (dumps, archives); JSONL is streamed instead. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const skip = (source: string, reason: string): IngestItem => ({ kind: 'skipped', skipped: { source, reason } });

/** Reads one file: one document, or one per line for JSONL. */
export async function* readInputFile(path: string): AsyncGenerator<IngestItem> {
  const ext = extname(path).toLowerCase();
  try {
    const info = await stat(path);
    if (info.size === 0) return yield skip(path, 'empty file');
    if (ext === '.jsonl') return yield* readJsonl(path);
    if (info.size > MAX_DOCUMENT_BYTES) return yield skip(path, `file too large (${Math.round(info.size / 1048576)} MB)`);
  } catch (error) {
    return yield skip(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }

  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return yield skip(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return yield skip(path, decoded.reason);

  let extracted: ExtractedText;
  try {
    extracted = ext === '.md' ? markdownToText(decoded.text) : ext === '.html' || ext === '.htm' ? htmlToText(decoded.text) : { text: decoded.text };
  } catch (error) {
    return yield skip(path, `cannot parse ${ext}: ${(error as Error).message}`);
  }
  if (!extracted.text.trim()) return yield skip(path, 'no text');

  const doc: RawDocument = { id: basename(path), source: path, text: extracted.text, encoding: decoded.encoding };
  if (extracted.title) doc.title = extracted.title;
  if (extracted.date) doc.date = extracted.date;
  if (extracted.url) doc.url = extracted.url;
  if (extracted.lang) doc.lang = extracted.lang;
  yield { kind: 'document', doc };
}
