// Reads one input file into RawDocuments: decodes the bytes, then applies the format's reader
// (plain text, Markdown, HTML, or streamed JSONL). Problems become SkippedInput, never exceptions.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RawDocument } from '../../model/types.js';
import { decodeBytes } from './decode.js';
import { readJsonl } from './jsonl.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { markdownToText } from './markdown.js';
import { textQuality } from './quality.js';
import type { ExtractedText, IngestItem } from './types.js';

export { MAX_DOCUMENT_BYTES } from './limits.js';

const skip = (source: string, reason: string): IngestItem => ({ kind: 'skipped', skipped: { source, reason } });

/**
 * Reads one file: one document, or one per line for JSONL. `id` is the document's id in the build (its path
 * relative to the input folder, from listInputFiles); the base name when read on its own.
 */
export async function* readInputFile(path: string, id = basename(path)): AsyncGenerator<IngestItem> {
  const ext = extname(path).toLowerCase();
  let problem: string | undefined;
  try {
    const info = await stat(path);
    if (info.size === 0) problem = 'empty file';
    else if (info.size > MAX_DOCUMENT_BYTES && ext !== '.jsonl') problem = `file too large (${Math.round(info.size / 1048576)} MB)`;
  } catch (error) {
    problem = `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
  if (problem) {
    yield skip(path, problem);
    return;
  }
  if (ext === '.jsonl') {
    yield* readJsonl(path, id); // streamed line by line, each line capped at MAX_DOCUMENT_BYTES
    return;
  }
  yield await readDocument(path, ext, id);
}

/** A whole single-document file: bytes → text → format reader → text check → RawDocument. */
async function readDocument(path: string, ext: string, id: string): Promise<IngestItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return skip(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skip(path, decoded.reason);

  let extracted: ExtractedText;
  try {
    // The HTML reader (linkedom, Readability) loads only when an HTML file comes: ~1 s of start-up otherwise spent on .jsonl and .txt.
    extracted = ext === '.md' ? markdownToText(decoded.text) : ext === '.html' || ext === '.htm' ? (await import('./html.js')).htmlToText(decoded.text) : { text: decoded.text };
  } catch (error) {
    return skip(path, `cannot parse ${ext}: ${(error as Error).message}`);
  }
  if (!extracted.text.trim()) return skip(path, 'no text');
  const quality = textQuality(extracted.text);
  if (!quality.ok) return skip(path, `${quality.reason} (decoded as ${decoded.encoding})`);

  const doc: RawDocument = { id, source: path, text: extracted.text, encoding: decoded.encoding };
  if (extracted.title) doc.title = extracted.title;
  if (extracted.date) doc.date = extracted.date;
  if (extracted.url) doc.url = extracted.url;
  if (extracted.lang) doc.lang = extracted.lang;
  return { kind: 'document', doc, ...(decoded.notes.length ? { notes: decoded.notes.map((note) => ({ source: path, note })) } : {}) };
}
