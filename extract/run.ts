// The build run (I/O edge): check every input, extract (pass 1, extract/run-extract.ts), resolve and
// merge (pass 2, extract/run-merge.ts). Everything is written in a staging folder inside the output
// directory and renamed into place only when the build succeeds: a failed or killed build leaves the
// previous outputs as they were. Unchanged documents come from the result cache.
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SkippedInput } from '../model/types.js';
import { TafahumError } from '../model/errors.js';
// Only the listing here: readers, pipeline and graph load after the unchanged-build check (lazy imports).
import { listInputFiles } from './ingest/list.js';
import type { IngestNote } from './ingest/index.js';
import { extractorFingerprint } from './cache/fingerprint.js';
import { fileStamp, unchangedBuild, writeManifest } from './cache/manifest.js';
import { curationStamp } from '../graph/curation.js';
import { RecordCache } from './cache/records.js';
import type { ExtractOptions } from './pipeline.js';
import type { BuildProgress, Shard } from './run-extract.js';
import type { MergeCounts } from './run-merge.js';
import type { ExtractionPool } from './pool.js';

export type { BuildProgress, Shard } from './run-extract.js';

export interface BuildOptions extends ExtractOptions {
  inputs: string[];
  outDir: string;
  /** Extra worker threads beside the main thread; undefined picks from input size and free cores. */
  workers?: number;
  /** Per-document time budget in worker threads (ms). */
  timeBudgetMs?: number;
  /** Result cache folder (default <outDir>/.cache); false: neither read nor write a cache. */
  cache?: string | false;
  /** Extract only this share of the documents; the output is then a shard for `tafahum merge`. */
  shard?: Shard;
  onProgress?: (progress: BuildProgress) => void;
  /** Follow symbolic links leading out of an input folder (skipped with a reason otherwise). */
  followSymlinks?: boolean;
}

export interface BuildSummary extends MergeCounts {
  files: number;
  documents: number;
  skipped: SkippedInput[];
  /** Decisions taken on documents that were kept (invalid bytes replaced, …). */
  notes?: IngestNote[];
  seconds: number;
  /** Extra worker threads used. */
  workers?: number;
  /** Documents whose result came from the cache, and how the build was served. */
  cache?: { hits: number; misses: number; unchanged: boolean };
  outputs: { extractions: string; graph: string };
  /** False when nothing could be built: the previous outputs were left as they were. */
  written?: boolean;
}

/** What a shard build writes: its documents' pre-resolution results, for `tafahum merge`. */
export const SHARD_FILE = 'shard.jsonl';
export const SHARD_INFO = 'shard.json';

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
  const outputs = options.shard
    ? { extractions: join(options.outDir, SHARD_FILE), graph: join(options.outDir, SHARD_INFO) }
    : { extractions: join(options.outDir, 'extractions.jsonl'), graph: join(options.outDir, 'graph.json') };
  const useCache = options.cache !== false;
  const fingerprint = useCache ? extractorFingerprint() : '';
  const settings = JSON.stringify({ minConfidence: options.minConfidence, shard: options.shard ?? null, followSymlinks: !!options.followSymlinks, outputs });
  // A new curation decision changes graph.json too: its file counts as an input.
  const inputStamps = useCache ? [...(await Promise.all(files.map(fileStamp))), await curationStamp(options.outDir)] : [];
  if (useCache) {
    const previous = await unchangedBuild<BuildSummary>(options.outDir, fingerprint, settings, inputStamps);
    if (previous) return { ...previous, seconds: (performance.now() - started) / 1000, cache: { hits: previous.documents, misses: 0, unchanged: true } };
  }
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
  let pool: ExtractionPool | undefined;
  try {
    // The pool first: its workers start up while this thread loads the rest.
    const { defaultWorkers, measureFreeCores, ExtractionPool: Pool, LARGE_DOCUMENT_CHARS, SMALL_INPUT_BYTES } = await import('./pool.js');
    const inputBytes = sizes.reduce((a, b) => a + b, 0);
    const workers = options.workers ?? (inputBytes < SMALL_INPUT_BYTES ? 0 : defaultWorkers(inputBytes, await measureFreeCores()));
    const extract = { minConfidence: options.minConfidence };
    // A plain-text file that long is a large document (an HTML page is mostly markup; a .jsonl's size says
    // nothing of its records: their workers start when such a document comes).
    const expectLarge = files.some((f, i) => sizes[i]! >= LARGE_DOCUMENT_CHARS && /\.(?:txt|md)$/i.test(f));
    pool = new Pool({ workers, extract, timeBudgetMs: options.timeBudgetMs, expectLarge });
    const [{ extractAll }, { mergeDocuments, warmMergeResources }] = await Promise.all([import('./run-extract.js'), import('./run-merge.js')]);
    const cache = useCache ? new RecordCache(resolve(options.cache || join(options.outDir, '.cache')), fingerprint, extract) : undefined;
    const partialPath = join(stage, 'partial.jsonl');
    // While the first documents go to workers, the main thread loads what the merge will need.
    const warming = options.shard ? undefined : setTimeout(warmMergeResources, 0);
    const pass1 = await extractAll({ files, ids, sizes, partialPath, workers, pool, cache, shard: options.shard, onProgress: options.onProgress });
    clearTimeout(warming);
    skipped.push(...pass1.skipped);
    const base = { files: files.length, documents: pass1.documents, skipped, notes: pass1.notes, workers, outputs };
    const cacheInfo = cache ? { cache: { hits: cache.hits, misses: cache.misses, unchanged: false } } : {};
    const none: MergeCounts = { entities: 0, relations: 0, nodes: 0, edges: 0, entitiesByType: {}, relationsByType: {} };
    if (pass1.documents === 0 && !options.shard) {
      return { ...base, ...none, ...cacheInfo, seconds: (performance.now() - started) / 1000, written: false };
    }
    let counts = none;
    if (options.shard) {
      const info = { shard: options.shard, fingerprint: extractorFingerprint(), files: files.length, documents: pass1.documents, skipped, notes: pass1.notes };
      await writeFile(join(stage, SHARD_INFO), JSON.stringify(info));
      await rename(partialPath, join(stage, SHARD_FILE));
      await rename(join(stage, SHARD_FILE), outputs.extractions);
      await rename(join(stage, SHARD_INFO), outputs.graph);
    } else {
      counts = await mergeDocuments(partialPath, stage, pass1.records, options.outDir);
      // Renamed into place only now; graph.json last, so a graph always comes with its extractions.
      await rename(join(stage, 'extractions.jsonl'), outputs.extractions);
      await rename(join(stage, 'graph.json'), outputs.graph);
    }
    const summary: BuildSummary = { ...base, ...counts, ...cacheInfo, seconds: (performance.now() - started) / 1000, written: true };
    if (useCache) await writeManifest(options.outDir, { fingerprint, settings, inputs: inputStamps, summary }, [outputs.extractions, outputs.graph]);
    return summary;
  } finally {
    // Closed by pass 1 when it ran; here when something failed before it.
    await pool?.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await rm(stage, { recursive: true, force: true });
  }
}
