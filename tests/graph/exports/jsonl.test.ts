// jsonl round trip: every line parses, one record per line, all evidence kept exactly.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../../graph/exports/index.js';
import type { NodeRow, RelationshipRecord } from '../../../graph/exports/index.js';
import type { KnowledgeGraph } from '../../../graph/io.js';
import { loadFixture, tempDir } from './fixture.js';
import { dedupeAliases } from '../../../graph/aliases.js';

let graph: KnowledgeGraph;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  graph = await loadFixture();
  dir = await tempDir('jsonl');
});
afterAll(() => dir.remove());

describe('jsonl export', () => {
  it('round-trips relationships with every evidence and nodes with their arrays', async () => {
    const result = await exportGraph(graph, {}, { format: 'jsonl', out: dir.path });
    expect(result.files.map((file) => file.path)).toEqual(['relationships', 'nodes', 'documents'].map((name) => join(dir.path, `${name}.jsonl`)));
    const text = await readFile(join(dir.path, 'relationships.jsonl'), 'utf8');
    // U+2028 is escaped so line-splitting readers (Python splitlines) see one record per line.
    expect(text).not.toMatch(/[\u2028\u2029\r]/);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(graph.size);
    for (const line of lines) {
      const record = JSON.parse(line) as RelationshipRecord;
      const attrs = graph.getEdgeAttributes(record.relation_id);
      expect(record.source_id).toBe(graph.source(record.relation_id));
      expect(record.target_id).toBe(graph.target(record.relation_id));
      expect(record.evidence).toEqual(attrs.evidence);
      expect(record.doc_ids).toEqual(attrs.docs);
      expect(record.agreements).toEqual(attrs.agreements ?? []);
      expect(record.date).toBe(attrs.date ?? null);
      expect(record.confidence).toBe(attrs.confidence);
    }
    const nodes = (await readFile(join(dir.path, 'nodes.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as NodeRow);
    expect(nodes.map((node) => node.id)).toEqual(graph.nodes());
    for (const node of nodes) expect(node.aliases).toEqual(dedupeAliases(node.name, graph.getNodeAttribute(node.id, 'aliases')));
  });
});
