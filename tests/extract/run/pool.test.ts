// The extraction pool: same results in the same order with or without worker threads, and a document
// over the per-document time budget is reported while the others are extracted.
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../model/types.js';
import { cpus } from 'node:os';
import { ExtractionPool, LARGE_DOCUMENT_CHARS, defaultWorkers, measureFreeCores } from '../../../extract/pool.js';
import { applySizeBudget, extractRecord } from '../../../extract/worker-task.js';
import { generateNews } from '../../fuzz/generate.js';

const options = { minConfidence: 0.5 };
const docs: RawDocument[] = (['en', 'fr', 'ar'] as const).flatMap((lang, l) =>
  [1, 2, 3].map((seed) => ({ id: `${lang}-${seed}`, source: `${lang}-${seed}.txt`, text: generateNews(3000, seed + 10 * l, lang) })),
);

describe('extraction pool', () => {
  it('gives every document the result of the plain pipeline, in order, with a worker and the main thread', async () => {
    const pool = new ExtractionPool({ workers: 1, extract: options });
    try {
      const batches = await Promise.all([pool.submit(docs.slice(0, 3)), pool.submit(docs.slice(3, 6)), pool.submit(docs.slice(6))]);
      expect(batches.flat()).toEqual(docs.map((d) => extractRecord(d, options)));
    } finally {
      await pool.close();
    }
  });

  it('stops a document over the time budget, reports it and still extracts the others', async () => {
    const pool = new ExtractionPool({ workers: 0, extract: options, timeBudgetMs: 40 });
    try {
      const large: RawDocument = { id: 'large', source: 'large.txt', text: generateNews(LARGE_DOCUMENT_CHARS * 4, 7, 'en') };
      const [small, slow] = await Promise.all([pool.submit(docs.slice(0, 2)), pool.submit([large])]);
      expect(slow[0]!.line).toBeUndefined();
      expect(slow[0]!.note).toMatch(/time budget/);
      expect(small).toEqual(docs.slice(0, 2).map((d) => extractRecord(d, options)));
    } finally {
      await pool.close();
    }
  });

  it('cuts a document over the size budget at a line break and says so', () => {
    const text = 'Rabat.\n'.repeat(150_000);
    const { doc, note } = applySizeBudget({ id: 'huge', source: 'huge.txt', text }, 1_000_000);
    expect(doc.text.length).toBeLessThanOrEqual(1_000_000);
    expect(doc.text.endsWith('Rabat.')).toBe(true);
    expect(note).toMatch(/cut to its first 1\.0 M of 1\.1 M characters/);
    expect(applySizeBudget({ id: 'ok', source: 'ok.txt', text: 'Rabat.' }).note).toBeUndefined();
  });

  it('starts no worker for a small input, one per other free core for a large one', () => {
    expect(defaultWorkers(100_000, 8, 8)).toBe(0);
    expect(defaultWorkers(50e6, 1.9, 2)).toBe(1);
    expect(defaultWorkers(50e6, 5.8, 8)).toBe(5);
    expect(defaultWorkers(50e6, 0.2, 2)).toBe(0);
    expect(defaultWorkers(50e6, 12, 2)).toBe(1);
  });

  it('counts idle cores over a short window, between none and all', async () => {
    const free = await measureFreeCores(50);
    expect(free).toBeGreaterThanOrEqual(0);
    expect(free).toBeLessThanOrEqual(cpus().length + 1e-9);
  });
});
