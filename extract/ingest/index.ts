// Ingestion: turn files and folders into RawDocuments (decoded text), one at a time.
// Unreadable, binary or undecodable inputs become SkippedInput, never a crash.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { RawDocument, SkippedInput } from '../../model/types.js';

export type IngestItem = { kind: 'document'; doc: RawDocument } | { kind: 'skipped'; skipped: SkippedInput };

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;

/** Every supported file under the given paths (folders are walked recursively), sorted for determinism. */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; skipped: SkippedInput[] }> {
  const files: string[] = [];
  const skipped: SkippedInput[] = [];
  async function walk(path: string, explicit: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch {
      skipped.push({ source: path, reason: 'not found' });
      return;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      for (const name of names) await walk(join(path, name), false);
    } else if ((SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) {
      files.push(path);
    } else if (explicit) {
      files.push(path); // a file named on the command line is read as text whatever its extension
    } else {
      skipped.push({ source: path, reason: `unsupported extension ${extname(path) || '(none)'}` });
    }
  }
  for (const p of paths) await walk(p, true);
  return { files, skipped };
}

/** Reads one file: one document, or one per line for JSONL. */
export async function* readInputFile(path: string): AsyncGenerator<IngestItem> {
  const bytes = await readFile(path);
  if (bytes.length === 0) {
    yield { kind: 'skipped', skipped: { source: path, reason: 'empty file' } };
    return;
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (extname(path).toLowerCase() === '.jsonl') {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      try {
        const obj = JSON.parse(line) as Record<string, unknown>;
        if (typeof obj.text !== 'string' || !obj.text.trim()) {
          yield { kind: 'skipped', skipped: { source: `${path}#${i + 1}`, reason: 'no text field' } };
          continue;
        }
        yield {
          kind: 'document',
          doc: {
            id: typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : `${basename(path)}#${i + 1}`,
            source: `${path}#${i + 1}`,
            text: obj.text,
            title: typeof obj.title === 'string' ? obj.title : undefined,
            date: typeof obj.date === 'string' ? obj.date : undefined,
            url: typeof obj.url === 'string' ? obj.url : undefined,
            lang: typeof obj.lang === 'string' ? obj.lang : undefined,
          },
        };
      } catch {
        yield { kind: 'skipped', skipped: { source: `${path}#${i + 1}`, reason: 'invalid JSON' } };
      }
    }
    return;
  }
  yield { kind: 'document', doc: { id: basename(path), source: path, text, encoding: 'UTF-8' } };
}
