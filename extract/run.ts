// The build run (I/O edge): stream documents through the pure pipeline, write extractions as they
// finish, resolve entities across documents, then rewrite ids and merge everything into graph.json.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { DocumentExtraction, Entity, SkippedInput } from '../model/types.js';
import { TafahumError } from '../model/errors.js';
import { GraphAccumulator } from '../graph/build.js';
import { writeGraphFile } from '../graph/io.js';
import { DocumentIds, listInputFiles, readInputFile, type IngestNote } from './ingest/index.js';
import type { ExtractOptions } from './pipeline.js';
import { createExtractor, defaultWorkers } from './pool.js';
import { resolveAcrossDocuments, type EntityRecord } from './resolve/global.js';
import { applyRemap } from './resolve/remap.js';

export interface BuildOptions extends ExtractOptions {
  inputs: string[];
  outDir: string;
  /** Worker threads for extraction; undefined picks by input size, 0 runs in the main thread. */
  workers?: number;
  onProgress?: (progress: { filesDone: number; filesTotal: number; documents: number }) => void;
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
  outputs: { extractions: string; graph: string };
}

export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const { files, skipped, ids } = await listInputFiles(options.inputs, { followSymlinks: options.followSymlinks });
  const notes: IngestNote[] = [];
  const documentIds = new DocumentIds();
  try {
    await mkdir(options.outDir, { recursive: true });
  } catch {
    throw new TafahumError('E_OUTPUT', `cannot create output directory ${options.outDir}`);
  }
  const partialPath = join(options.outDir, '.extractions.partial.jsonl');
  const finalPath = join(options.outDir, 'extractions.jsonl');
  const records = new Map<string, EntityRecord>();
  let documents = 0;

  // Pass 1: extract documents as they are read, in worker threads on large inputs, a bounded window
  // of them in flight; results are written in input order. Only the entity table stays in memory.
  const partial = createWriteStream(partialPath);
  const workers = options.workers ?? defaultWorkers(await estimateDocuments(files));
  const extractor = createExtractor(workers, { minConfidence: options.minConfidence });
  const inFlight: Array<Promise<DocumentExtraction>> = [];
  const drainOne = async () => {
    const extraction = await inFlight.shift()!;
    documents++;
    for (const e of extraction.entities) remember(records, e);
    if (!partial.write(JSON.stringify(extraction) + '\n')) await once(partial, 'drain');
  };
  try {
    for (let i = 0; i < files.length; i++) {
      for await (const item of readInputFile(files[i]!, ids.get(files[i]!))) {
        if (item.kind === 'skipped') {
          skipped.push(item.skipped);
          continue;
        }
        const duplicate = documentIds.claim(item.doc);
        if (duplicate) {
          skipped.push(duplicate);
          continue;
        }
        if (item.notes) notes.push(...item.notes);
        inFlight.push(extractor.submit(item.doc));
        if (inFlight.length >= WINDOW) await drainOne();
      }
      options.onProgress?.({ filesDone: i + 1, filesTotal: files.length, documents: documents + inFlight.length });
    }
    while (inFlight.length) await drainOne();
  } finally {
    await extractor.close();
  }
  partial.end();
  await once(partial, 'finish');

  // Resolution across documents and scripts, then pass 2: final ids, final file, merged graph.
  const resolution = resolveAcrossDocuments(records.values());
  const canonicalNames = canonicalNameById(records, resolution.remap);
  const accumulator = new GraphAccumulator();
  const out = createWriteStream(`${finalPath}.tmp`);
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
  await rename(`${finalPath}.tmp`, finalPath);
  await rm(partialPath, { force: true });
  await writeGraphFile(options.outDir, accumulator.graph);

  return {
    files: files.length,
    documents,
    skipped,
    notes,
    ...counts,
    nodes: accumulator.graph.order,
    edges: accumulator.graph.size,
    seconds: (performance.now() - started) / 1000,
    outputs: { extractions: finalPath, graph: join(options.outDir, 'graph.json') },
  };
}

/** Documents in flight at once: enough to keep every worker busy, small enough to bound memory. */
const WINDOW = 64;

/** A cheap guess of the number of documents (JSONL lines count by size) to decide on workers. */
async function estimateDocuments(files: string[]): Promise<number> {
  let estimate = 0;
  for (const f of files) estimate += f.toLowerCase().endsWith('.jsonl') ? Math.ceil((await stat(f)).size / 2000) : 1;
  return estimate;
}

function remember(records: Map<string, EntityRecord>, e: Entity): void {
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
