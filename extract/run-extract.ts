// Pass 1 of a build: documents are read, claimed (duplicate ids), filtered to the shard, looked up in the
// result cache, and the others extracted in batches by the pool while reading goes on. Results are
// written in input order to the partial file, one line per document: `seq \t entities \t extraction`.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { RawDocument, SkippedInput } from '../model/types.js';
import { DocumentIds, readInputFile, type IngestNote } from './ingest/index.js';
import type { RecordCache } from './cache/records.js';
import { LARGE_DOCUMENT_CHARS, type ExtractionPool } from './pool.js';
import type { EntityRecord } from './resolve/global.js';
import type { EntityRef, ExtractedRecord } from './worker-task.js';
import { primeTransliterations } from './translit/decode.js';
import { partCount, splitDocument, stitchRecords } from './large-document.js';
import { applySizeBudget, MAX_DOCUMENT_CHARS } from './worker-task.js';
import { defaultCaptionResources } from './translit/load.js';

export interface BuildProgress {
  bytesDone: number;
  bytesTotal: number;
  documents: number;
  filesDone: number;
  filesTotal: number;
}

/** This build's share of the documents: those whose id hashes to `index` modulo `count`. */
export interface Shard {
  index: number;
  count: number;
}

export interface PassOneInput {
  files: string[];
  ids: Map<string, string>;
  sizes: number[];
  partialPath: string;
  workers: number;
  /** Extracts the documents; closed when the pass ends, whatever happens. */
  pool: ExtractionPool;
  cache?: RecordCache;
  shard?: Shard;
  onProgress?: (progress: BuildProgress) => void;
}

export interface PassOneResult {
  documents: number;
  skipped: SkippedInput[];
  notes: IngestNote[];
  records: Map<string, EntityRecord>;
}

const NEWLINE = Buffer.from('\n');

/** Text per batch sent to a thread: large enough to amortise messages, small enough to balance threads. */
const BATCH_CHARS = 64_000;
const BATCH_DOCS = 64;

interface Pending {
  docs: RawDocument[];
  seqs: number[];
  keys: string[];
  records: Promise<ExtractedRecord[]>;
}

export async function extractAll(input: PassOneInput): Promise<PassOneResult> {
  const { files, sizes, cache, shard } = input;
  const out = createWriteStream(input.partialPath);
  const { pool } = input;
  const result: PassOneResult = { documents: 0, skipped: [], notes: [], records: new Map() };
  const documentIds = new DocumentIds();
  const pending: Pending[] = [];
  // Results leave in input order: enough batches ahead that no thread waits on the slowest one.
  const maxPending = 8 * (input.workers + 1);
  let batch: RawDocument[] = [];
  let seqs: number[] = [];
  let batchChars = 0;
  let seq = 0;
  const progress: BuildProgress = { bytesDone: 0, bytesTotal: sizes.reduce((a, b) => a + b, 0), documents: 0, filesDone: 0, filesTotal: files.length };
  let lastReport = 0;
  const report = (force = false) => {
    const now = performance.now();
    if (!input.onProgress || (!force && now - lastReport < 200)) return;
    lastReport = now;
    input.onProgress({ ...progress });
  };

  const drainOne = async () => {
    const { docs, seqs: order, keys, records } = pending.shift()!;
    const done = await records;
    for (let i = 0; i < docs.length; i++) {
      const record = done[i]!;
      if (cache && keys[i]) cache.put(keys[i]!, record);
      if (record.note) result.skipped.push({ source: docs[i]!.source, reason: record.note });
      if (record.line === undefined) continue;
      result.documents++;
      for (const e of record.entities) remember(result.records, e);
      if (record.transliterations) primeTransliterations(defaultCaptionResources().model, record.transliterations);
      const head = Buffer.from(`${order[i]}\t${JSON.stringify(record.entities)}\t`);
      if (!out.write(Buffer.concat([head, record.line, NEWLINE]))) await once(out, 'drain');
    }
    progress.documents = result.documents;
    report();
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const docs = batch;
    // Cached results are taken as they are; only the others go to the pool.
    const keys = cache ? docs.map((d) => cache.keyOf(d)) : [];
    const known = cache ? keys.map((k) => cache.get(k)) : [];
    const missing = docs.filter((_, i) => !known[i]);
    const records = missing.length === 0 ? Promise.resolve(known as ExtractedRecord[]) : extractBatch(pool, missing).then((fresh) => fill(known, fresh, docs.length));
    pending.push({ docs, seqs, keys: cache ? keys.map((k, i) => (known[i] ? '' : k)) : [], records });
    batch = [];
    seqs = [];
    batchChars = 0;
    while (pending.length >= maxPending) await drainOne();
  };

  try {
    let fileBytesBefore = 0;
    for (let f = 0; f < files.length; f++) {
      for await (const item of readInputFile(files[f]!, input.ids.get(files[f]!))) {
        if (item.kind === 'skipped') {
          result.skipped.push(item.skipped);
          continue;
        }
        const doc = item.doc;
        const duplicate = documentIds.claim(doc);
        // Bytes read so far in this file, estimated from the text (exact at the end of the file).
        progress.bytesDone = Math.min(fileBytesBefore + sizes[f]!, progress.bytesDone + Buffer.byteLength(doc.text) + 64);
        report();
        if (duplicate) {
          result.skipped.push(duplicate);
          continue;
        }
        const order = seq++;
        if (shard && shareOf(doc.id, shard.count) !== shard.index) continue;
        if (item.notes) result.notes.push(...item.notes);
        // A large document travels alone, so the time budget that guards it holds up no other.
        if (doc.text.length >= LARGE_DOCUMENT_CHARS) await flush();
        batch.push(doc);
        seqs.push(order);
        batchChars += doc.text.length;
        if (batchChars >= BATCH_CHARS || batch.length >= BATCH_DOCS || doc.text.length >= LARGE_DOCUMENT_CHARS) await flush();
      }
      fileBytesBefore += sizes[f]!;
      progress.bytesDone = fileBytesBefore;
      progress.filesDone = f + 1;
      report();
    }
    await flush();
    while (pending.length) await drainOne();
  } finally {
    await pool.close();
    out.end();
    await once(out, 'finish');
  }
  report(true);
  return result;
}

/** A batch through the pool; a large document alone in its batch is cut into parts extracted side by side. */
function extractBatch(pool: ExtractionPool, docs: RawDocument[]): Promise<ExtractedRecord[]> {
  const only = docs.length === 1 ? docs[0]! : undefined;
  if (!only || only.text.length < LARGE_DOCUMENT_CHARS) return pool.submit(docs);
  // With one thread for it (only the worker that guards it), the document stays whole.
  const count = partCount(Math.min(only.text.length, MAX_DOCUMENT_CHARS), pool.startGuards());
  if (count < 2) return pool.submit(docs);
  const { doc, note } = applySizeBudget(only);
  const parts = splitDocument(doc, count);
  // Every part runs in a worker, under the time budget, like the document it comes from.
  return Promise.all(parts.map((part) => pool.submit([part], true))).then((records) => [stitchRecords(records.flat(), note)]);
}

/** Cached and fresh results back in batch order. */
function fill(known: Array<ExtractedRecord | undefined>, fresh: ExtractedRecord[], length: number): ExtractedRecord[] {
  let next = 0;
  return Array.from({ length }, (_, i) => known[i] ?? fresh[next++]!);
}

/** The shard a document belongs to: FNV-1a of its id, the same on every machine and run. */
export function shareOf(id: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

export function remember(records: Map<string, EntityRecord>, e: EntityRef): void {
  const r = records.get(e.id) ?? { id: e.id, type: e.type, name: e.name, forms: new Set<string>() };
  for (const a of e.aliases) r.forms.add(a);
  r.forms.add(e.name);
  records.set(e.id, r);
}
