// Hostile values survive the round trip unchanged: quotes, Cypher fragments, Arabic and bidi
// controls, emoji and a 100,000-character string, as ids, names, aliases and evidence.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../graph/types.js';
import { cli, driverForTests, read, wipe } from './helpers.js';

const HOSTILE = [
  `O'Brien "the \`quoted\`" \\ backslash`,
  `'}) DETACH DELETE n //`,
  `"}) MATCH (m) DETACH DELETE m RETURN 1 //`,
  '$rows ${injected} {{template}} %s',
  'وزارة الشؤون الخارجية والتعاون الإفريقي',
  '\u202Eevil\u202C \u2066isolate\u2069 \u200Fmark\u200E',
  'emoji 🇲🇦🤝🇸🇦 and combining é',
  'line one\nline two\r\n\ttabbed',
  'x'.repeat(100_000),
];

let driver: Driver;
let dir: string;

function hostileGraph(): SerializedGraph {
  const nodes = HOSTILE.map((value, i) => ({
    key: `org:${value.slice(0, 200)}:${i}`,
    attributes: { type: 'Organization' as const, name: value, aliases: [value, `${i}`], confidence: 0.5, docs: [`doc ${value.slice(0, 50)}`], mentions: 1, titles: [value] },
  }));
  const edges = nodes.slice(1).map((node, i) => ({
    key: `PARTNERED|${nodes[0]!.key}|${node.key}`,
    source: nodes[0]!.key,
    target: node.key,
    attributes: {
      type: 'PARTNERED' as const,
      docs: node.attributes.docs,
      evidence: [{ doc: node.attributes.docs[0]!, start: 0, end: HOSTILE[i + 1]!.length, text: HOSTILE[i + 1]! }],
      confidence: 0.5,
      weight: 1,
      title: HOSTILE[i + 1]!,
    },
  }));
  const documents = Object.fromEntries(nodes.map((n, i) => [n.attributes.docs[0]!, { title: HOSTILE[i]!, lang: 'und' as const }]));
  return { attributes: { generator: 'hostile fixture', documents }, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges };
}

beforeAll(async () => {
  driver = driverForTests();
  await wipe(driver);
  dir = await mkdtemp(join(tmpdir(), 'tafahum-hostile-'));
  await writeFile(join(dir, 'graph.json'), JSON.stringify(hostileGraph()));
  const loaded = await cli(['load', dir]);
  expect(loaded.stderr).toBe('');
  expect(loaded.code).toBe(0);
});
afterAll(async () => {
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('hostile values', () => {
  it('stores ids, names, aliases, titles and document titles unchanged', async () => {
    const graph = hostileGraph();
    const rows = await read(driver, 'MATCH (n:Organization) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.titles AS titles');
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.size).toBe(HOSTILE.length);
    for (const node of graph.nodes) {
      expect(byId.get(node.key), node.key.slice(0, 40)).toEqual({ id: node.key, name: node.attributes.name, aliases: node.attributes.aliases, titles: node.attributes.titles });
    }
    const docs = await read(driver, 'MATCH (d:Document) RETURN d.id AS id, d.title AS title');
    expect(docs.length).toBe(HOSTILE.length);
    for (const [id, info] of Object.entries(graph.attributes.documents)) expect(docs).toContainEqual({ id, title: info.title });
  });

  it('returns evidence sentences unchanged through the saved query, and nothing was deleted', async () => {
    const graph = hostileGraph();
    for (const edge of graph.edges) {
      const result = await cli(['query', '--saved', 'edge-evidence', '--param', `source=${edge.source}`, '--param', `target=${edge.target}`, '--format', 'json']);
      expect(result.code).toBe(0);
      const rows = JSON.parse(result.stdout) as Array<{ sentence: string; document: string }>;
      expect(rows).toEqual([expect.objectContaining({ sentence: edge.attributes.evidence[0]!.text, document: edge.attributes.docs[0] })]);
    }
    const [counts] = await read(driver, "MATCH (n) WHERE NOT n:Dataset WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels");
    expect(counts).toEqual({ nodes: HOSTILE.length * 2, rels: HOSTILE.length + graph.edges.length });
  });

  it('matches hostile parameter values literally in ad-hoc queries', async () => {
    for (const value of HOSTILE.slice(0, 8)) {
      const result = await cli(['query', 'MATCH (n:Entity {name: $v}) RETURN n.name AS name', '--param', `v=${value}`, '--format', 'json']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual([{ name: value }]);
    }
  });
});
