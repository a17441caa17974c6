// The bundled example corpus reads as ten documents in three languages, whatever their format and encoding,
// each dated, with its noise (headline lists, repeats, lire aussi, share lines) cleaned away.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CleanDocument, RawDocument } from '../../../model/types.js';
import { cleanDocument } from '../../../extract/clean/index.js';
import { listInputFiles, readInputFile } from '../../../extract/ingest/index.js';

const CORPUS = fileURLToPath(new URL('../../../examples/corpus/', import.meta.url));

describe('examples/corpus', () => {
  it('reads ten dated documents (4 fr, 3 ar, 3 en) with nothing skipped but the README', async () => {
    const { files, skipped } = await listInputFiles([CORPUS]);
    expect(skipped.map((s) => s.reason)).toEqual(['README (documentation, not an article)']);
    const raws: RawDocument[] = [];
    const docs: CleanDocument[] = [];
    for (const file of files) {
      for await (const item of readInputFile(file)) {
        expect(item.kind).toBe('document');
        if (item.kind === 'document') {
          raws.push(item.doc);
          docs.push(cleanDocument(item.doc));
        }
      }
    }
    expect(docs).toHaveLength(10);
    const langs = docs.map((d) => d.lang).sort();
    expect(langs).toEqual(['ar', 'ar', 'ar', 'en', 'en', 'en', 'fr', 'fr', 'fr', 'fr']);
    for (const d of docs) {
      expect(d.date?.precision, d.id).toBe('day');
      const words = d.text.split(/\s+/).length;
      expect(words, d.id).toBeGreaterThanOrEqual(150);
      expect(words, d.id).toBeLessThanOrEqual(420);
    }
    const encodings = new Map(raws.map((r) => [r.id, r.encoding]));
    expect(encodings.get('ar-emirates-france-cp1256.txt')).toBe('windows-1256');
    expect(encodings.get('en-jordan-egypt-iraq-utf16.txt')).toMatch(/UTF-16LE/);
    const noisy = docs.find((d) => d.id === 'fr-maroc-france-partenariat.txt')!;
    expect(noisy.cleaning.removedDuplicateParagraphs).toBe(1);
    expect(new Set(noisy.paragraphs.filter((p) => !p.extract).map((p) => p.kind))).toEqual(new Set(['headline-list', 'share', 'related']));
  });
});
