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

describe('graph.json, one node or edge per line', () => {
  it('is the graphology serialisation, and streams back with the same figures', async () => {
    const { readGraphLines } = await import('../../graph/io.js');
    const { graphStats, graphStatsFromLines } = await import('../../graph/stats.js');
    const { readFile } = await import('node:fs/promises');
    const acc = new GraphAccumulator();
    acc.add(extraction('d1', 'one', [entity('country:MA', 'Morocco'), entity('country:SN', 'Senegal'), entity('country:FR', 'France')]));
    const relation = { type: 'MET', source: 'country:MA', target: 'country:SN', confidence: 0.9, evidence: { start: 0, end: 3, text: 'a\nb\u2028c' } };
    acc.add({ ...extraction('d2', 'two', [entity('country:MA', 'Morocco'), entity('country:SN', 'Senegal')]), relations: [relation as never] });
    const dir = await mkdtemp(join(tmpdir(), 'tafahum-lines-'));
    try {
      await writeGraphFile(dir, acc.graph);
      const text = await readFile(join(dir, 'graph.json'), 'utf8');
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(acc.graph.export())));
      expect(text.trimEnd().split("\n").length).toBe(acc.graph.order + acc.graph.size + 3);
      expect(await graphStatsFromLines(readGraphLines(dir))).toEqual(graphStats(acc.graph));
      // A graph.json written on one line (older builds) streams too.
      const { writeFile } = await import('node:fs/promises');
      await writeFile(join(dir, 'graph.json'), JSON.stringify(acc.graph.export()));
      expect(await graphStatsFromLines(readGraphLines(dir))).toEqual(graphStats(acc.graph));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
