// The build run (I/O edge): check every input, stream documents in batches through the extraction pool,
// resolve entities across documents, then rewrite ids and merge into graph.json. Everything is written
// in a staging folder inside the output directory and renamed into place only when the build succeeds.
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { DocumentExtraction, RawDocument, SkippedInput } from '../model/types.js';
import { TafahumError } from '../model/errors.js';
import { GraphAccumulator } from '../graph/build.js';
import { writeGraphFile } from '../graph/io.js';
import { DocumentIds, listInputFiles, readInputFile, type IngestNote } from './ingest/index.js';
import type { ExtractOptions } from './pipeline.js';
import { ExtractionPool, LARGE_DOCUMENT_CHARS, defaultWorkers } from './pool.js';
import { resolveAcrossDocuments, type EntityRecord } from './resolve/global.js';
import { applyRemap } from './resolve/remap.js';
import type { EntityRef, ExtractedRecord } from './worker-task.js';

export interface BuildProgress {
  bytesDone: number;
  bytesTotal: number;
  documents: number;
  filesDone: number;
  filesTotal: number;
}

export interface BuildOptions extends ExtractOptions {
  inputs: string[];
  outDir: string;
  /** Extra worker threads beside the main thread; undefined picks from input size and free cores. */
  workers?: number;
  /** Per-document time budget in worker threads (ms). */
  timeBudgetMs?: number;
  onProgress?: (progress: BuildProgress) => void;
  /** Follow symbolic links leading out of an input folder (skipped with a reason otherwise). */
  followSymlinks?: boolean;
}

export interface BuildSummary {
  files: number;
  documents: number;
  skipped: SkippedInput[];
  /** Decisions taken on documents that were kept (invalid bytes replaced, …). */
  notes?: IngestNote[];
  entities: number;
  relations: number;
  nodes: number;
  edges: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
  seconds: number;
  /** Extra worker threads used. */
  workers?: number;
  outputs: { extractions: string; graph: string };
  /** False when nothing could be built: the previous outputs were left as they were. */
  written?: boolean;
}

/** Text per batch sent to a thread: large enough to amortise messages, small enough to balance threads. */
const BATCH_CHARS = 64_000;
const BATCH_DOCS = 64;

export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  // Every input is checked before anything is written: a typo must not cost the previous build.
  for (const input of options.inputs) {
    try {
      await stat(input);
    } catch {
      throw new TafahumError('E_INPUT', `input not found: ${input}`, 'Check the path; nothing was written.');
    }
  }
  const { files, skipped, ids } = await listInputFiles(options.inputs, { followSymlinks: options.followSymlinks });
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  try {
    await mkdir(options.outDir, { recursive: true });
  } catch {
    throw new TafahumError('E_OUTPUT', `cannot create output directory ${options.outDir}`);
  }
  const stage = await mkdtemp(join(options.outDir, '.build-'));
  // Ctrl-C: drop the staging folder; the previous outputs were never touched.
  const onSignal = () => {
    rmSync(stage, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const workers = options.workers ?? defaultWorkers(bytesTotal);
    const extracted = await extractAll(files, ids, sizes, bytesTotal, join(stage, 'partial.jsonl'), workers, options);
    skipped.push(...extracted.skipped);
    const summary = {
      files: files.length,
      documents: extracted.documents,
      skipped,
      notes: extracted.notes,
      workers,
      outputs: { extractions: join(options.outDir, 'extractions.jsonl'), graph: join(options.outDir, 'graph.json') },
    };
    if (extracted.documents === 0) {
      const empty = { entities: 0, relations: 0, nodes: 0, edges: 0, entitiesByType: {}, relationsByType: {} };
      return { ...summary, ...empty, seconds: (performance.now() - started) / 1000, written: false };
    }
    const merged = await mergeDocuments(join(stage, 'partial.jsonl'), stage, extracted.records);
    // Renamed into place only now; graph.json last, so a graph always comes with its extractions.
    await rename(join(stage, 'extractions.jsonl'), summary.outputs.extractions);
    await rename(join(stage, 'graph.json'), summary.outputs.graph);
    return { ...summary, ...merged, seconds: (performance.now() - started) / 1000, written: true };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await rm(stage, { recursive: true, force: true });
  }
}

interface Extracted {
  documents: number;
  skipped: SkippedInput[];
  notes: IngestNote[];
  records: Map<string, EntityRecord>;
}

/**
 * Pass 1: documents are read, grouped in batches and extracted by the pool while reading goes on;
 * results are written in input order. Only the entity table stays in memory.
 */
async function extractAll(files: string[], ids: Map<string, string>, sizes: number[], bytesTotal: number, partialPath: string, workers: number, options: BuildOptions): Promise<Extracted> {
  const out = createWriteStream(partialPath);
  const pool = new ExtractionPool({ workers, extract: { minConfidence: options.minConfidence }, timeBudgetMs: options.timeBudgetMs });
  const result: Extracted = { documents: 0, skipped: [], notes: [], records: new Map() };
  const documentIds = new DocumentIds();
  const pending: Array<{ docs: RawDocument[]; records: Promise<ExtractedRecord[]> }> = [];
  const maxPending = 2 * (workers + 1) + 2;
  let batch: RawDocument[] = [];
  let batchChars = 0;
  const progress = { bytesDone: 0, bytesTotal, documents: 0, filesDone: 0, filesTotal: files.length };
  let fileBytesBefore = 0;
  let lastReport = 0;

  const report = (force = false) => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - lastReport < 200)) return;
    lastReport = now;
    options.onProgress({ ...progress });
  };
  const drainOne = async () => {
    const { docs, records } = pending.shift()!;
    const done = await records;
    for (let i = 0; i < docs.length; i++) {
      const record = done[i]!;
      if (record.note) result.skipped.push({ source: docs[i]!.source, reason: record.note });
      if (record.line === undefined) continue;
      result.documents++;
      for (const e of record.entities) remember(result.records, e);
      if (!out.write(record.line + '\n')) await once(out, 'drain');
    }
    progress.documents = result.documents;
    report();
  };
  const flush = async () => {
    if (batch.length === 0) return;
    pending.push({ docs: batch, records: pool.submit(batch) });
    batch = [];
    batchChars = 0;
    while (pending.length >= maxPending) await drainOne();
  };

  try {
    for (let f = 0; f < files.length; f++) {
      for await (const item of readInputFile(files[f]!, ids.get(files[f]!))) {
        if (item.kind === 'skipped') {
          result.skipped.push(item.skipped);
          continue;
        }
        const duplicate = documentIds.claim(item.doc);
        if (duplicate) {
          result.skipped.push(duplicate);
          continue;
        }
        if (item.notes) result.notes.push(...item.notes);
        const doc = item.doc;
        // A large document travels alone, so the time budget that guards it holds up no other.
        if (doc.text.length >= LARGE_DOCUMENT_CHARS) await flush();
        batch.push(doc);
        batchChars += doc.text.length;
        if (batchChars >= BATCH_CHARS || batch.length >= BATCH_DOCS || doc.text.length >= LARGE_DOCUMENT_CHARS) await flush();
        // Bytes read so far in this file, estimated from the text (exact at the end of the file).
        progress.bytesDone = Math.min(fileBytesBefore + sizes[f]!, progress.bytesDone + Buffer.byteLength(doc.text) + 64);
        report();
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

interface Merged {
  entities: number;
  relations: number;
  nodes: number;
  edges: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
}

/** Resolution across documents and scripts, then pass 2: final ids, extractions.jsonl and graph.json in the stage. */
async function mergeDocuments(partialPath: string, stage: string, records: Map<string, EntityRecord>): Promise<Merged> {
  const resolution = resolveAcrossDocuments(records.values());
  const canonicalNames = canonicalNameById(records, resolution.remap);
  const accumulator = new GraphAccumulator();
  const out = createWriteStream(join(stage, 'extractions.jsonl'));
  const counts = { entities: 0, relations: 0, entitiesByType: {} as Record<string, number>, relationsByType: {} as Record<string, number> };
  const lines = createInterface({ input: createReadStream(partialPath), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const extraction = applyRemap(JSON.parse(line) as DocumentExtraction, resolution, canonicalNames);
    counts.entities += extraction.entities.length;
    counts.relations += extraction.relations.length;
    for (const e of extraction.entities) counts.entitiesByType[e.type] = (counts.entitiesByType[e.type] ?? 0) + 1;
    for (const r of extraction.relations) counts.relationsByType[r.type] = (counts.relationsByType[r.type] ?? 0) + 1;
    accumulator.add(extraction);
    if (!out.write(JSON.stringify(extraction) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  await writeGraphFile(stage, accumulator.graph);
  return { ...counts, nodes: accumulator.graph.order, edges: accumulator.graph.size };
}

function remember(records: Map<string, EntityRecord>, e: EntityRef): void {
  const r = records.get(e.id) ?? { id: e.id, type: e.type, name: e.name, forms: new Set<string>() };
  for (const a of e.aliases) r.forms.add(a);
  r.forms.add(e.name);
  records.set(e.id, r);
}

/** After merging, every document names a node the same way: the longest Latin-script name of its records. */
function canonicalNameById(records: Map<string, EntityRecord>, remap: Map<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records.values()) {
    const id = remap.get(r.id) ?? r.id;
    const current = names.get(id);
    if (!current || better(r.name, current)) names.set(id, r.name);
  }
  return names;
}

function better(candidate: string, current: string): boolean {
  const latin = (s: string) => !/[\u0600-\u06FF]/.test(s);
  if (latin(candidate) !== latin(current)) return latin(candidate);
  return candidate.length > current.length || (candidate.length === current.length && candidate < current);
}
