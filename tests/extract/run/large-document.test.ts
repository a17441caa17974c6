// A large document is cut into parts extracted side by side, then stitched: the user must get one document
// whose every offset points at the text it names, with nothing of the text lost or repeated.
import { describe, expect, it } from 'vitest';
import { partCount, splitDocument, stitchExtractions, stitchRecords } from '../../../extract/large-document.js';
import { extractDocument } from '../../../extract/pipeline.js';
import { extractRecord } from '../../../extract/worker-task.js';
import { ExtractionPool } from '../../../extract/pool.js';
import type { DocumentExtraction, RawDocument } from '../../../model/types.js';
import { generateNews } from '../../fuzz/generate.js';

const options = { minConfidence: 0.5 };

function expectOffsetsHold(x: DocumentExtraction): void {
  for (const e of x.entities) for (const m of e.mentions) expect(x.doc.text.slice(m.start, m.end)).toBe(m.surface);
  for (const r of x.relations) expect(x.doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
}

describe('large documents in parts', () => {
  it('cuts at line breaks into parts that together are the whole text', () => {
    const raw: RawDocument = { id: 'big', source: 'big.txt', text: generateNews(60_000, 3, 'en'), date: '2024-05-01' };
    const parts = splitDocument(raw, 4);
    expect(parts).toHaveLength(4);
    expect(parts.map((p) => p.text).join('\n')).toBe(raw.text);
    for (const p of parts) expect(p).toMatchObject({ id: 'big', source: 'big.txt', date: '2024-05-01' });
    const sizes = parts.map((p) => p.text.length);
    expect(Math.max(...sizes)).toBeLessThan(raw.text.length / 2);
  });

  it('cuts a text without line breaks after a sentence, and never inside a surrogate pair', () => {
    const oneLine = 'Morocco and Japan signed an accord. '.repeat(2000);
    const parts = splitDocument({ id: 'x', source: 'x', text: oneLine }, 3);
    expect(parts.map((p) => p.text).join('')).toBe(oneLine);
    for (const p of parts.slice(0, -1)) expect(p.text.endsWith('. ')).toBe(true);
    const emoji = '😀'.repeat(50_000);
    const cut = splitDocument({ id: 'e', source: 'e', text: emoji }, 3);
    expect(cut.map((p) => p.text).join('')).toBe(emoji);
    for (const p of cut) expect(p.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('stitches the parts into one extraction whose offsets point into the joined text', () => {
    const raw: RawDocument = { id: 'big', source: 'big.txt', text: generateNews(40_000, 5, 'fr') };
    const whole = extractDocument(raw, options);
    const stitched = stitchExtractions(splitDocument(raw, 3).map((p) => extractDocument(p, options)));
    expectOffsetsHold(stitched);
    expect(stitched.doc).toMatchObject({ id: 'big', lang: whole.doc.lang });
    // One entity per id, holding the mentions of every part; the same names found as in one piece.
    expect(new Set(stitched.entities.map((e) => e.id)).size).toBe(stitched.entities.length);
    const named = (x: DocumentExtraction) => new Set(x.entities.filter((e) => e.type !== 'Agreement').map((e) => e.id));
    expect(named(stitched)).toEqual(named(whole));
    const mentions = (x: DocumentExtraction) => x.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(Math.abs(mentions(stitched) - mentions(whole))).toBeLessThan(mentions(whole) * 0.02);
  });

  it('keeps what the parts give when one of them failed, and says which', () => {
    const parts = splitDocument({ id: 'big', source: 'big.txt', text: generateNews(30_000, 7, 'en') }, 2);
    const records = [extractRecord(parts[0]!, options), { entities: [], note: 'skipped: extraction took longer than 60 s (per-document time budget)' }];
    const record = stitchRecords(records);
    expect(record.note).toBe('part 2 of 2: skipped: extraction took longer than 60 s (per-document time budget)');
    const x = JSON.parse(new TextDecoder().decode(record.line)) as DocumentExtraction;
    expect(x.doc.text).toBe(JSON.parse(new TextDecoder().decode(records[0]!.line)).doc.text);
    expectOffsetsHold(x);
  });

  it('runs a part in a worker under the time budget, however short the part', async () => {
    const pool = new ExtractionPool({ workers: 0, extract: options, timeBudgetMs: 1 });
    try {
      const part: RawDocument = { id: 'big', source: 'big.txt', text: generateNews(3000, 2, 'en') };
      const [record] = await pool.submit([part], true);
      // Only a worker is stopped by the budget: the main thread would have extracted it.
      expect(record!.note).toMatch(/time budget/);
    } finally {
      await pool.close();
    }
  });

  it('makes as many parts as threads, more for very long texts, none on one thread', () => {
    expect(partCount(300_000, 1)).toBe(1);
    expect(partCount(300_000, 2)).toBe(2);
    expect(partCount(2_000_000, 2)).toBe(8);
    expect(partCount(2_000_000, 4)).toBe(8);
    expect(partCount(600_000, 4)).toBe(4);
  });
});
