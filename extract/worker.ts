// Worker thread body: runs the pure per-document pipeline for documents posted by the main thread.
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../model/types.js';
import { extractDocument, type ExtractOptions } from './pipeline.js';

interface Job {
  id: number;
  doc: RawDocument;
  options: ExtractOptions;
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, extraction: extractDocument(job.doc, job.options) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
