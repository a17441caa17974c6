// Merging extractions: ids are data (a document or entity named "__proto__" is stored like any
// other, through graph.json and back), and aliases keep one form per case/space variant.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphAccumulator } from '../../graph/build.js';
import { readGraphFile, writeGraphFile } from '../../graph/io.js';
import { documentRows } from '../../graph/exports/rows.js';
import type { DocumentExtraction, Entity } from '../../model/types.js';

function entity(id: string, name: string, aliases: string[] = []): Entity {
  return { id, type: 'Country', name, aliases, confidence: 0.9, mentions: [{ start: 0, end: 1, surface: name, ruleId: 't' }] } as Entity;
}

function extraction(docId: string, title: string, entities: Entity[]): DocumentExtraction {
  return { doc: { id: docId, lang: 'en', title, text: 'x' }, entities, relations: [] };
}

describe('GraphAccumulator', () => {
  it('keeps "__proto__" and "constructor" as ordinary document and entity ids, through graph.json', async () => {
    const acc = new GraphAccumulator();
    acc.add(extraction('__proto__', 'first', [entity('__proto__', 'Odd')]));
    acc.add(extraction('constructor', 'second', [entity('country:MA', 'Morocco')]));
    acc.add(extraction('toString', 'third', [entity('country:MA', 'Morocco')]));
    const documents = acc.graph.getAttribute('documents');
    expect(Object.keys(documents)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype); // nothing leaked into Object.prototype
    expect(({} as Record<string, unknown>).title).toBeUndefined();

    const dir = await mkdtemp(join(tmpdir(), 'tafahum-build-'));
    try {
      await writeGraphFile(dir, acc.graph);
      const back = await readGraphFile(dir);
      expect(back.hasNode('__proto__')).toBe(true);
      expect([...documentRows(back)].map((d) => [d.id, d.title])).toEqual([
        ['__proto__', 'first'],
        ['constructor', 'second'],
        ['toString', 'third'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('deduplicates aliases case- and space-insensitively, keeping the best written form', () => {
    const acc = new GraphAccumulator();
    acc.add(extraction('d1', 't', [entity('loc:ny', 'New York', ['New yOrk', 'NEW YORK', 'Nueva York'])]));
    acc.add(extraction('d2', 't', [entity('country:US', 'United States', ['U .S', 'U.S', 'Etats-Unis'])]));
    acc.add(extraction('d3', 't', [entity('country:US', 'united states', ['u.s', 'États-Unis', 'الولايات المتحدة'])]));
    expect(acc.graph.getNodeAttribute('loc:ny', 'aliases')).toEqual(['Nueva York']);
    expect(acc.graph.getNodeAttribute('country:US', 'aliases')).toEqual(['U.S', 'Etats-Unis', 'États-Unis', 'الولايات المتحدة']);
  });
});
