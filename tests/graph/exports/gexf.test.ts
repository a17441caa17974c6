// gexf round trip through graphology-gexf's parser (xmldom): same nodes, edges, attributes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XML_ARRAY_SEPARATOR, exportGraph } from '../../../graph/exports/index.js';
import type { KnowledgeGraph } from '../../../graph/io.js';
import { loadFixture, tempDir } from './fixture.js';
import { dedupeAliases } from '../../../graph/aliases.js';

let graph: KnowledgeGraph;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  graph = await loadFixture();
  dir = await tempDir('gexf');
});
afterAll(() => dir.remove());

describe('gexf export', () => {
  it('round-trips through the graphology GEXF parser', async () => {
    const result = await exportGraph(graph, {}, { format: 'gexf', out: join(dir.path, 'graph.gexf') });
    const text = await readFile(result.files[0]!.path, 'utf8');
    // 1.2draft: the version networkx 2.x and 3.x, Gephi 0.10 and Gephi Lite all read.
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft"');
    const parsed = parse(MultiGraph, text);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    graph.forEachNode((node, attrs) => {
      const back = parsed.getNodeAttributes(node);
      expect(back.label).toBe(attrs.name);
      expect(back.name).toBe(attrs.name);
      expect(back.entity_type).toBe(attrs.type);
      expect(String(back.aliases).split(XML_ARRAY_SEPARATOR)).toEqual(dedupeAliases(attrs.name, attrs.aliases));
      expect(back.confidence).toBe(attrs.confidence);
      expect(back.mentions).toBe(attrs.mentions);
      expect(String(back.docs).split(XML_ARRAY_SEPARATOR)).toEqual(attrs.docs);
      expect(back.country).toBe(attrs.country);
      expect(back.titles).toBe(attrs.titles?.join(XML_ARRAY_SEPARATOR));
      expect(back.x).toBe(attrs.x);
      expect(back.y).toBe(attrs.y);
    });
    graph.forEachEdge((edge, attrs, source, target) => {
      expect(parsed.hasEdge(edge)).toBe(true);
      expect(parsed.source(edge)).toBe(source);
      expect(parsed.target(edge)).toBe(target);
      expect(parsed.isDirected(edge)).toBe(true);
      const back = parsed.getEdgeAttributes(edge);
      expect(back.kind).toBe(attrs.type);
      expect(back.label).toBe(attrs.type);
      expect(back.relation).toBe(attrs.type);
      expect(back.weight).toBe(attrs.weight);
      expect(back.confidence).toBe(attrs.confidence);
      expect(back.date).toBe(attrs.date);
      expect(back.date_precision).toBe(attrs.datePrecision);
      expect(back.date_inherited).toBe(attrs.dateInherited);
      expect(back.status).toBe(attrs.status);
      expect(back.title).toBe(attrs.title);
      expect(String(back.docs).split(XML_ARRAY_SEPARATOR)).toEqual(attrs.docs);
      // Newlines, CR, tabs, quotes and Arabic survive attribute-value normalisation.
      expect(back.first_evidence).toBe(attrs.evidence[0]!.text);
      expect(JSON.parse(String(back.evidence_json))).toEqual(attrs.evidence);
    });
  });

  it('replaces characters XML cannot carry and writes into an existing directory', async () => {
    graph.setNodeAttribute('country:FR', 'name', 'France\u0001\uD800');
    try {
      const result = await exportGraph(graph, { country: 'FR' }, { format: 'gexf', out: dir.path });
      expect(result.files[0]!.path).toBe(join(dir.path, 'graph.gexf'));
      const parsed = parse(MultiGraph, await readFile(result.files[0]!.path, 'utf8'));
      expect(parsed.getNodeAttribute('country:FR', 'label')).toBe('France\uFFFD\uFFFD');
      expect(parsed.order).toBe(2);
    } finally {
      graph.setNodeAttribute('country:FR', 'name', 'France');
    }
  });
});
