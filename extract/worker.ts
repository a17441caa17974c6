// Worker thread body: extracts batches of documents posted by the pool (extract/pool.ts) and posts
// back serialised results. Writes the start time of its current document to shared memory so the
// pool can stop a document that exceeds the time budget.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../model/types.js';
import type { ExtractOptions } from './pipeline.js';
import { extractRecord, type ExtractedRecord } from './worker-task.js';

export interface BatchMessage {
  seq: number;
  docs: RawDocument[];
}

export interface ResultMessage {
  seq: number;
  records: ExtractedRecord[];
}

export interface WorkerInit {
  options: ExtractOptions;
  /** [start time (ms) of the document in progress or 0, its index in the batch]. */
  clock: SharedArrayBuffer;
}

const { options, clock: buffer } = workerData as WorkerInit;
const clock = new Float64Array(buffer);

// Lexicons and models load before the first real document, so its time budget measures it alone.
extractRecord({ id: 'warm-up', source: 'warm-up', text: 'Warm-up.' }, options);
parentPort?.postMessage('ready');

parentPort?.on('message', (batch: BatchMessage) => {
  const records: ExtractedRecord[] = [];
  for (let i = 0; i < batch.docs.length; i++) {
    clock[1] = i;
    clock[0] = Date.now();
    records.push(extractRecord(batch.docs[i]!, options));
  }
  clock[0] = 0;
  // The JSON bytes move to the main thread instead of being copied.
  const transfer = records.flatMap((r) => (r.line ? [r.line.buffer as ArrayBuffer] : []));
  parentPort!.postMessage({ seq: batch.seq, records } satisfies ResultMessage, transfer);
});
