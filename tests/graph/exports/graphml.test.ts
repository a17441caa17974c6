// graphml round trip through graphology-graphml's parser (xmldom): same nodes, edges, attributes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XML_ARRAY_SEPARATOR, exportGraph } from '../../../graph/exports/index.js';
import type { KnowledgeGraph } from '../../../graph/io.js';
import { loadFixture, tempDir } from './fixture.js';
import { dedupeAliases } from '../../../graph/aliases.js';

let graph: KnowledgeGraph;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  graph = await loadFixture();
  dir = await tempDir('graphml');
});
afterAll(() => dir.remove());

describe('graphml export', () => {
  it('round-trips through the graphology GraphML parser', async () => {
    const result = await exportGraph(graph, {}, { format: 'graphml', out: join(dir.path, 'sub', 'graph.graphml') });
    const text = await readFile(result.files[0]!.path, 'utf8');
    expect(text).toContain('attr.type="double"');
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
      expect(back.country).toBe(attrs.country);
      expect(back.agreement_kind).toBe(attrs.kind);
      expect(back.merge_reasons).toBe(attrs.mergeReasons?.join(XML_ARRAY_SEPARATOR));
      expect(back.x).toBe(attrs.x);
    });
    graph.forEachEdge((edge, attrs, source, target) => {
      expect(parsed.hasEdge(edge)).toBe(true);
      expect(parsed.source(edge)).toBe(source);
      expect(parsed.target(edge)).toBe(target);
      const back = parsed.getEdgeAttributes(edge);
      expect(back.label).toBe(attrs.type);
      expect(back.relation).toBe(attrs.type);
      expect(back.weight).toBe(attrs.weight);
      expect(back.doc_count).toBe(attrs.docs.length);
      expect(back.confidence).toBe(attrs.confidence);
      expect(back.date).toBe(attrs.date);
      expect(back.date_inherited).toBe(attrs.dateInherited);
      expect(back.title).toBe(attrs.title);
      expect(back.agreements).toBe(attrs.agreements?.join(XML_ARRAY_SEPARATOR));
      expect(back.first_evidence).toBe(attrs.evidence[0]!.text);
      expect(JSON.parse(String(back.evidence_json))).toEqual(attrs.evidence);
    });
  });
});
