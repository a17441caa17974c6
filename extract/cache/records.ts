// Per-document results cached by content hash: the key covers the document (text and metadata), the
// extraction options and the extractor's fingerprint, so a hit is exactly what extraction would give.
// One small file per document under <cache>/docs/ab/<hash>, written atomically; safe to share.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../../model/types.js';
import type { ExtractOptions } from '../pipeline.js';
import type { ExtractedRecord } from '../worker-task.js';

export class RecordCache {
  private readonly dirs = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(
    readonly dir: string,
    private readonly fingerprint: string,
    private readonly options: ExtractOptions,
  ) {}

  keyOf(doc: RawDocument): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(JSON.stringify(this.options)).update('\0').update(JSON.stringify(doc)).digest('hex');
  }

  get(key: string): ExtractedRecord | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.pathOf(key));
    } catch {
      this.misses++;
      return undefined;
    }
    // First line: entities and note; the rest: the extraction line itself, stored as is.
    const cut = bytes.indexOf(0x0a);
    const head = JSON.parse(bytes.toString('utf8', 0, cut)) as Omit<ExtractedRecord, 'line'>;
    this.hits++;
    return { ...head, line: bytes.subarray(cut + 1) };
  }

  /** Only complete results are kept: a document stopped by the time budget is tried again next time. */
  put(key: string, record: ExtractedRecord): void {
    if (record.line === undefined) return;
    const path = this.pathOf(key);
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (!this.dirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.dirs.add(folder);
    }
    const tmp = `${path}.${process.pid}.tmp`;
    const head = `${JSON.stringify({ entities: record.entities, ...(record.note ? { note: record.note } : {}), ...(record.transliterations ? { transliterations: record.transliterations } : {}) })}\n`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(head), record.line]));
    renameSync(tmp, path);
  }

  private pathOf(key: string): string {
    return join(this.dir, 'docs', key.slice(0, 2), key);
  }
}
