// Every export read back by an independent, non-JavaScript reader: Python's csv module for CSV,
// its json module for JSON Lines, networkx for GEXF and GraphML. The evidence holds line breaks
// of every kind, quotes, commas, Arabic (RTL) and control characters. Without python3 + networkx
// the test is skipped with a line, except in CI (CI=true), where it fails.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dedupeAliases } from '../../../graph/aliases.js';
import { exportGraph } from '../../../graph/exports/index.js';
import { xmlSafe } from '../../../graph/exports/xml.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../../graph/io.js';
import { tempDir } from './fixture.js';

const run = promisify(execFile);
const READER = fileURLToPath(new URL('./read_exports.py', import.meta.url));

const HOSTILE =
  'Line one, then\nline "two"\r\nthree\rfour; وقّع المغرب و"السعودية"، اتفاقاً — ' +
  'nul\u0000 soh\u0001 esc\u001b[31m bell\u0007 tab\there, sep\u2028par\u2029end ';
const NAME = 'Agence "AX", Rabat\nآفاق';

function hostileGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.replaceAttributes({
    generator: 'test',
    documents: {
      'a/index.html': { title: 'Titre, "cité"\net suite', date: '2024-05-30', lang: 'fr', url: 'https://example.org/a?x=1,2' },
      'b/index.html': { title: 'عنوان، "مقتبس"', lang: 'ar' },
    },
  });
  g.addNode('org:ax', { type: 'Organization', name: NAME, aliases: ['آفاق', 'AX', 'ax', 'A X', NAME.toUpperCase()], confidence: 0.9, docs: ['a/index.html'], mentions: 3, country: 'MA', x: 1.5, y: -2 });
  g.addNode('country:MA', { type: 'Country', name: 'Morocco', aliases: ['المغرب', 'Maroc'], confidence: 0.99, docs: ['a/index.html', 'b/index.html'], mentions: 5, country: 'MA', x: 0, y: 0 });
  g.addNode('country:SA', { type: 'Country', name: 'Saudi Arabia', aliases: ['السعودية'], confidence: 0.98, docs: ['b/index.html'], mentions: 1, country: 'SA', x: 3, y: 4 });
  g.addDirectedEdgeWithKey('SIGNED|country:MA|country:SA', 'country:MA', 'country:SA', {
    type: 'SIGNED', docs: ['a/index.html', 'b/index.html'], confidence: 0.9, weight: 2, date: '2024-05', datePrecision: 'month', status: 'done',
    evidence: [{ doc: 'a/index.html', start: 0, end: HOSTILE.length, text: HOSTILE }, { doc: 'b/index.html', start: 3, end: 9, text: '"a", b' }],
  });
  g.addDirectedEdgeWithKey('MEMBER_OF|org:ax|country:MA', 'org:ax', 'country:MA', {
    type: 'MEMBER_OF', docs: ['a/index.html'], confidence: 0.6, weight: 1,
    evidence: [{ doc: 'a/index.html', start: 1, end: 2, text: `\n${HOSTILE}` }],
  });
  return g;
}

interface Read {
  csv: Record<string, Array<Record<string, string>>>;
  jsonl: Record<string, Array<Record<string, unknown>>>;
  gexf: GraphRead;
  graphml: GraphRead;
}
interface GraphRead {
  directed: boolean;
  multigraph: boolean;
  mode?: string;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<Record<string, unknown> & { source: string; target: string }>;
}

let available = false;
let dir: Awaited<ReturnType<typeof tempDir>>;
let graph: KnowledgeGraph;
let read: Read;

beforeAll(async () => {
  available = await run('python3', ['-c', 'import networkx']).then(() => true, () => false);
  if (!available) {
    const why = 'python-readers: python3 with networkx is not available';
    if (process.env.CI === 'true') throw new Error(`${why}; CI must have it (pip install networkx)`);
    console.warn(`[skipped] ${why}`);
    return;
  }
  dir = await tempDir('python');
  graph = hostileGraph();
  const paths = { csv: join(dir.path, 'csv'), jsonl: join(dir.path, 'jsonl'), gexf: join(dir.path, 'g.gexf'), graphml: join(dir.path, 'g.graphml') };
  for (const format of ['csv', 'jsonl', 'gexf', 'graphml'] as const) await exportGraph(graph, {}, { format, out: paths[format] });
  const { stdout } = await run('python3', [READER, paths.csv, paths.jsonl, paths.gexf, paths.graphml], { maxBuffer: 64 * 1024 * 1024 });
  read = JSON.parse(stdout) as Read;
}, 180_000);
afterAll(() => dir?.remove());

describe('exports read by Python (csv, json, networkx)', () => {
  beforeEach((ctx) => {
    if (!available) ctx.skip();
  });

  it('csv: one row per relation, node and document, every character kept', () => {
    const { relationships, nodes, documents } = read.csv;
    expect(relationships).toHaveLength(graph.size);
    const signed = relationships!.find((row) => row.relation === 'SIGNED')!;
    expect(signed.first_evidence).toBe(HOSTILE);
    expect(signed.doc_ids).toBe('a/index.html|b/index.html');
    expect(signed.date).toBe('2024-05');
    expect(relationships!.find((row) => row.relation === 'MEMBER_OF')!.first_evidence).toBe(`\n${HOSTILE}`);
    const ax = nodes!.find((row) => row.id === 'org:ax')!;
    expect(ax.name).toBe(NAME);
    expect(ax.aliases).toBe('آفاق|AX');
    expect(nodes).toHaveLength(graph.order);
    expect(documents).toEqual([
      { id: 'a/index.html', title: 'Titre, "cité"\net suite', date: '2024-05-30', url: 'https://example.org/a?x=1,2', lang: 'fr' },
      { id: 'b/index.html', title: 'عنوان، "مقتبس"', date: '', url: '', lang: 'ar' },
    ]);
  });

  it('jsonl: every evidence, arrays as arrays, one record per line', () => {
    const { relationships, nodes, documents } = read.jsonl;
    expect(relationships).toHaveLength(graph.size);
    for (const record of relationships!) {
      expect(record.evidence).toEqual(graph.getEdgeAttribute(String(record.relation_id), 'evidence'));
    }
    expect(nodes!.find((row) => row.id === 'org:ax')!.aliases).toEqual(dedupeAliases(NAME, graph.getNodeAttribute('org:ax', 'aliases')));
    expect(documents!.map((d) => d.id)).toEqual(['a/index.html', 'b/index.html']);
    expect(documents![1]!.date).toBeNull();
  });

  for (const format of ['gexf', 'graphml'] as const) {
    it(`${format}: networkx reads a directed multigraph with the same values`, () => {
      const g = read[format];
      expect(g.directed).toBe(true);
      expect(Object.keys(g.nodes).sort()).toEqual(graph.nodes().sort());
      expect(g.edges).toHaveLength(graph.size);
      expect(g.nodes['org:ax']!.name).toBe(xmlSafe(NAME));
      expect(g.nodes['org:ax']!.entity_type).toBe('Organization');
      const signed = g.edges.find((e) => e.relation === 'SIGNED')!;
      expect([signed.source, signed.target]).toEqual(['country:MA', 'country:SA']);
      // XML cannot carry NUL or other C0 controls: they become U+FFFD; every other character stays.
      expect(signed.first_evidence).toBe(xmlSafe(HOSTILE));
      expect(JSON.parse(String(signed.evidence_json))).toEqual(graph.getEdgeAttribute('SIGNED|country:MA|country:SA', 'evidence'));
      expect(signed.date).toBe('2024-05');
      expect(signed.doc_count).toBe(2);
    });
  }

  it('gexf: dynamic, with spells for dated relations, colours, sizes and positions', () => {
    const g = read.gexf;
    expect(g.mode).toBe('dynamic');
    const signed = g.edges.find((e) => e.relation === 'SIGNED')!;
    expect(signed.spells).toEqual([['2024-05-01', '2024-05-31']]);
    expect(g.edges.find((e) => e.relation === 'MEMBER_OF')!.spells).toBeUndefined();
    const viz = g.nodes['org:ax']!.viz as { color: Record<string, number>; position: Record<string, number>; size: number };
    expect(viz.position).toMatchObject({ x: 1.5, y: -2 });
    expect(viz.color).toMatchObject({ r: 0, g: 158, b: 115 });
    expect(viz.size).toBeGreaterThan(5);
  });
});
