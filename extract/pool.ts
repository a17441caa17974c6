// A small pool of worker threads for the CPU-bound extraction; results come back in submission
// order so the output stays deterministic whatever the number of workers.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentExtraction, RawDocument } from '../model/types.js';
import { extractDocument, type ExtractOptions } from './pipeline.js';

export interface Extractor {
  /** Queues a document; the promise resolves with its extraction. */
  submit(doc: RawDocument): Promise<DocumentExtraction>;
  close(): Promise<void>;
}

/** Workers worth starting for a run: none for small inputs, else one per core (at most 4). */
export function defaultWorkers(estimatedDocuments: number): number {
  if (estimatedDocuments < 2000) return 0; // starting workers (lexicons, tsx) costs more than it saves below that
  return Math.min(4, Math.max(1, availableParallelism()));
}

export function createExtractor(workers: number, options: ExtractOptions): Extractor {
  if (workers <= 0) {
    return { submit: async (doc) => extractDocument(doc, options), close: async () => undefined };
  }
  const pending = new Map<number, { resolve: (x: DocumentExtraction) => void; reject: (e: Error) => void }>();
  const pool = Array.from({ length: workers }, () => {
    // The worker is TypeScript: its entry registers tsx first, as the CLI itself does.
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
    worker.on('message', (msg: { id: number; extraction?: DocumentExtraction; error?: string }) => {
      const job = pending.get(msg.id);
      if (!job) return;
      pending.delete(msg.id);
      if (msg.error) job.reject(new Error(msg.error));
      else job.resolve(msg.extraction!);
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return worker;
  });
  let next = 0;
  return {
    submit(doc) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        pool[id % pool.length]!.postMessage({ id, doc, options });
      });
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
