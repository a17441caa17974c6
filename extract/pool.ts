// Extraction spread over worker threads and the main thread: batches of documents go to idle workers
// (two in flight each so none waits), the main thread takes the others. Large documents only run in
// a worker, where a document over the time budget is stopped (the worker is replaced) and reported.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../model/types.js';
import type { ExtractOptions } from './pipeline.js';
import type { BatchMessage, ResultMessage, WorkerInit } from './worker.js';
import { extractRecord, type ExtractedRecord } from './worker-task.js';

/** Replaced by `true` when bin/compile.mjs compiles this file; undefined under tsx and vitest. */
declare const __TAFAHUM_COMPILED__: boolean | undefined;
const COMPILED = typeof __TAFAHUM_COMPILED__ !== 'undefined' && __TAFAHUM_COMPILED__;

/**
 * Below this much input, starting a worker (its modules and lexicons, ≈ 0.4 s of CPU) costs more
 * than it saves: the main thread extracts alone.
 */
export const SMALL_INPUT_BYTES = 3_000_000;
/** Documents this long run in a worker, under the time budget, never in the main thread. */
export const LARGE_DOCUMENT_CHARS = 200_000;
export const DEFAULT_TIME_BUDGET_MS = 60_000;
/** Young generation of a worker's heap (V8's default is a sixth of this). */
const WORKER_YOUNG_GENERATION_MB = 192;

/**
 * Extra worker threads for an input of this size: one per free core beside the main thread. `freeCores`
 * is how many cores sat idle just now (measureFreeCores); on a saturated machine a worker only adds its start-up.
 */
export function defaultWorkers(inputBytes: number, freeCores: number, cores = availableParallelism()): number {
  if (inputBytes < SMALL_INPUT_BYTES) return 0;
  return Math.min(7, Math.max(0, Math.min(Math.round(freeCores), cores) - 1));
}

/**
 * Idle cores over a short window (the caller waits, so its own core counts as idle). The one-minute load
 * average lags: a build started just after another one saw no free core and ran on one thread.
 */
export async function measureFreeCores(windowMs = 150): Promise<number> {
  const before = cpus();
  await new Promise((done) => setTimeout(done, windowMs));
  const after = cpus();
  let idle = 0;
  let total = 0;
  after.forEach((core, i) => {
    const was = before[i];
    if (!was) return;
    idle += core.times.idle - was.times.idle;
    for (const key of Object.keys(core.times) as Array<keyof typeof core.times>) total += core.times[key] - was.times[key];
  });
  // Without a measure (no tick elapsed), assume the load average's view.
  return total > 0 ? (idle / total) * after.length : Math.max(0, after.length - loadavg()[0]!);
}

export interface PoolOptions {
  workers: number;
  extract: ExtractOptions;
  timeBudgetMs?: number;
  /**
   * A large document is expected (an input file is that long): with no worker asked for, the one that guards
   * it starts now, so its start-up overlaps reading and the main thread's own loading instead of following them.
   */
  expectLarge?: boolean;
}

interface Job {
  docs: RawDocument[];
  /** Large documents: never in the main thread. */
  guarded: boolean;
  /** Results already known (documents stopped by the time budget), by index. */
  known: Map<number, ExtractedRecord>;
  resolve: (records: ExtractedRecord[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  clock: Float64Array;
  /** Started only to guard large documents (no worker asked for): takes nothing else. */
  guardOnly: boolean;
  /** Lexicons and models loaded: until then the main thread does the work, none waits on a starting worker. */
  ready: boolean;
  inFlight: Array<{ job: Job; seq: number; indexes: number[] }>;
}

export class ExtractionPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private readonly budgetMs: number;
  private mainBusy = false;
  private seq = 0;
  private failure: Error | undefined;
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly options: PoolOptions) {
    this.budgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    for (let i = 0; i < options.workers; i++) this.slots.push(this.startWorker());
    if (options.expectLarge) this.startGuards();
    this.watchdog = setInterval(() => this.enforceBudget(), Math.min(1000, this.budgetMs / 4));
    this.watchdog.unref();
  }

  /** Extracts a batch; results come back in the batch's order. `guard`: in a worker whatever its length (a part of a large document). */
  submit(docs: RawDocument[], guard = false): Promise<ExtractedRecord[]> {
    if (this.failure) return Promise.reject(this.failure);
    const guarded = guard || docs.some((d) => d.text.length >= LARGE_DOCUMENT_CHARS);
    if (guarded) this.startGuards();
    return new Promise((resolve, reject) => {
      this.queue.push({ docs, guarded, known: new Map(), resolve, reject });
      this.pump();
    });
  }

  /**
   * Threads that run large documents, started now when none runs yet: with no worker asked for, one just for them.
   * Only one: a second one to extract the parts of a large document side by side was measured no faster on two
   * idle cores (a 2 MB document: 7.0-7.4 s against 6.4 s, with 40 % more CPU for its start-up and the stitching).
   */
  startGuards(): number {
    if (this.slots.length === 0) this.slots.push(this.startWorker(true));
    return this.slots.length;
  }

  /** Batches waiting or running: the caller reads ahead while this stays low. */
  get backlog(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.inFlight.length, 0) + (this.mainBusy ? 1 : 0);
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private startWorker(guardOnly = false): Slot {
    const clock = new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT);
    // Compiled: the worker is plain JavaScript. Under tsx (tests, bench), its entry registers tsx first.
    const entry = COMPILED ? new URL('../dist/extract/worker.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url);
    // A larger young generation: extraction allocates much that dies young, and a long document's objects were
    // promoted and collected again by full GCs (a generated 2 MB document: about 15 % less CPU).
    const worker = new Worker(entry, { workerData: { options: this.options.extract, clock } satisfies WorkerInit, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, clock: new Float64Array(clock), guardOnly, ready: false, inFlight: [] };
    worker.on('message', (msg: ResultMessage | 'ready') => {
      if (msg === 'ready') {
        slot.ready = true;
        return this.pump();
      }
      const at = slot.inFlight.findIndex((f) => f.seq === msg.seq);
      if (at < 0) return;
      const [{ job, indexes }] = slot.inFlight.splice(at, 1) as [Slot['inFlight'][number]];
      indexes.forEach((docIndex, i) => job.known.set(docIndex, msg.records[i]!));
      this.finish(job);
      this.pump();
    });
    worker.on('error', (error) => {
      // A crash on a document (out of memory…) costs that document only; a crash at start-up ends the build.
      if (slot.clock[0] && slot.inFlight.length) this.replace(slot, `skipped: the extraction worker crashed on it (${error.message})`);
      else this.fail(new Error(`extraction worker failed: ${error.message}`));
    });
    return slot;
  }

  private finish(job: Job): void {
    job.resolve(job.docs.map((_, i) => job.known.get(i)!));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const slot of this.slots) for (const { job } of slot.inFlight) job.reject(error);
    for (const job of this.queue.splice(0)) job.reject(error);
    for (const slot of this.slots) slot.inFlight = [];
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.inFlight.length < 2) {
        const at = slot.guardOnly ? this.queue.findIndex((j) => j.guarded) : 0;
        if (at < 0 || at >= this.queue.length) break;
        this.post(slot, this.queue.splice(at, 1)[0]!);
      }
    }
    if (!this.mainBusy && this.queue.some((j) => !j.guarded)) {
      this.mainBusy = true;
      setImmediate(() => this.runOnMain());
    }
  }

  private post(slot: Slot, job: Job): void {
    const indexes = job.docs.map((_, i) => i).filter((i) => !job.known.has(i));
    if (indexes.length === 0) return this.finish(job);
    const seq = this.seq++;
    slot.inFlight.push({ job, seq, indexes });
    slot.worker.postMessage({ seq, docs: indexes.map((i) => job.docs[i]!) } satisfies BatchMessage);
  }

  /** The main thread extracts one unguarded batch, then lets I/O and worker messages through. */
  private runOnMain(): void {
    const at = this.queue.findIndex((j) => !j.guarded);
    if (at >= 0) {
      const [job] = this.queue.splice(at, 1) as [Job];
      job.docs.forEach((doc, i) => {
        if (!job.known.has(i)) job.known.set(i, extractRecord(doc, this.options.extract));
      });
      this.finish(job);
    }
    this.mainBusy = false;
    this.pump();
  }

  /** A worker stuck on one document past the budget is replaced; that document is reported, the rest redone. */
  private enforceBudget(): void {
    const now = Date.now();
    const seconds = Math.round(this.budgetMs / 1000);
    for (const slot of [...this.slots]) {
      const started = slot.clock[0]!;
      if (started && now - started > this.budgetMs && slot.inFlight.length) {
        this.replace(slot, `skipped: extraction took longer than ${seconds} s (per-document time budget)`);
      }
    }
  }

  /** Stops a worker on its current document (reported with `reason`), starts another, redoes the rest. */
  private replace(slot: Slot, reason: string): void {
    const [current, ...others] = slot.inFlight;
    slot.inFlight = [];
    const stuck = current!.indexes[slot.clock[1]!]!;
    current!.job.known.set(stuck, { entities: [], note: reason });
    slot.worker.removeAllListeners().on('error', () => undefined);
    void slot.worker.terminate();
    this.slots[this.slots.indexOf(slot)] = this.startWorker(slot.guardOnly);
    this.queue.unshift(current!.job, ...others.map((o) => o.job));
    this.pump();
  }
}
