// The shared seed documents through ingestion and cleaning: repeats removed, boilerplate and tweets marked,
// languages and dates found. Read at run time from ../shared; without it skipped with a message, a failure in CI.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../../../model/types.js';
import { cleanDocument } from '../../../extract/clean/index.js';
import { readInputFile } from '../../../extract/ingest/index.js';
import { requireShared, sharedPath } from '../../support/shared.js';

const SEEDS = sharedPath('seeds');
const present = requireShared('seeds through cleaning', 'seeds');

async function seed(prefix: string): Promise<CleanDocument> {
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix))!;
  for await (const item of readInputFile(join(SEEDS, name))) if (item.kind === 'document') return cleanDocument(item.doc);
  throw new Error(`seed ${prefix} not read`);
}
const kinds = (doc: CleanDocument) => new Set(doc.paragraphs.map((p) => p.kind));

describe.skipIf(!present)('seed documents', () => {
  it('000: the repeated body is removed', async () => {
    const doc = await seed('000');
    expect(doc.cleaning.removedDuplicateParagraphs).toBeGreaterThanOrEqual(4);
    expect(doc.lang).toBe('fr');
    expect(doc.paragraphs.length).toBeLessThanOrEqual(6);
  });
  it('001: French with an Arabic tweet marked as embed; dated by the tweet', async () => {
    const doc = await seed('001');
    expect(doc.lang).toBe('fr');
    const embeds = doc.paragraphs.filter((p) => p.kind === 'embed');
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    expect(embeds.every((p) => p.extract && p.lang === 'ar')).toBe(true);
    expect(doc.date).toEqual({ value: '2024-12-16', precision: 'day', source: 'text' });
  });
  it('002: headline list, agency byline and comment form are excluded; the headline stays', async () => {
    const doc = await seed('002');
    expect(doc.lang).toBe('ar');
    expect(kinds(doc)).toEqual(new Set(['headline-list', 'body', 'byline', 'comments']));
    const firstBody = doc.paragraphs.findIndex((p) => p.kind === 'body');
    expect(doc.paragraphs.slice(0, firstBody).every((p) => p.kind === 'headline-list')).toBe(true);
    expect(doc.cleaning.removedDuplicateParagraphs).toBeGreaterThanOrEqual(1);
  });
  it('003: dated by its dateline', async () => {
    const doc = await seed('003');
    expect(doc.date).toEqual({ value: '2024-05-30', precision: 'day', source: 'text' });
    expect(doc.cleaning.boilerplateParagraphs).toBe(0);
  });
  it('004: the اقرأ أيضا list is excluded to the end; dated 3 October 2017', async () => {
    const doc = await seed('004');
    const related = doc.paragraphs.findIndex((p) => p.kind === 'related');
    expect(related).toBeGreaterThan(0);
    expect(doc.paragraphs.slice(related).every((p) => p.kind === 'related')).toBe(true);
    expect(doc.date).toEqual({ value: '2017-10-03', precision: 'day', source: 'text' });
  });
});
