// Curation decisions: validated from untrusted JSON, saved as JSON Lines beside graph.json, and applied by
// every reader and writer of graph.json, so a correction survives a rebuild.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendCuration, applyCuration, parseDecision, readCuration, type CurationDecision } from '../../graph/curation.js';
import { createKnowledgeGraph, readGraphFile, writeGraphFile } from '../../graph/io.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';

const who = { who: 'Lina', when: '2026-12-01T10:00:00Z', why: 'the article says they only met' };
const node = (type: NodeAttributes['type'], name: string, aliases: string[] = []): NodeAttributes => ({ type, name, aliases, confidence: 1, docs: ['d'], mentions: 1 });
const edge = (type: EdgeAttributes['type']): EdgeAttributes => ({ type, docs: ['d'], evidence: [], confidence: 1, weight: 1 });

function sample() {
  const graph = createKnowledgeGraph();
  graph.addNode('country:MA', node('Country', 'Morocco', ['Maroc', 'المغرب']));
  graph.addNode('country:SN', node('Country', 'Senegal', ['Sénégal', 'Mali']));
  graph.addNode('person:x', node('Person', 'Awa Diop'));
  graph.addEdgeWithKey('SIGNED|country:MA|country:SN', 'country:MA', 'country:SN', edge('SIGNED'));
  graph.addEdgeWithKey('MET|country:MA|country:SN', 'country:MA', 'country:SN', edge('MET'));
  graph.addEdgeWithKey('AFFILIATED_WITH|person:x|country:SN', 'person:x', 'country:SN', edge('AFFILIATED_WITH'));
  return graph;
}

describe('parseDecision', () => {
  it('accepts the three kinds of decision and names what is missing otherwise', () => {
    expect(parseDecision({ action: 'reject-edge', type: 'SIGNED', source: 'a', target: 'b', ...who })).toMatchObject({ action: 'reject-edge' });
    expect(parseDecision({ action: 'reject-node', node: 'a', ...who })).toMatchObject({ action: 'reject-node' });
    expect(parseDecision({ action: 'reject-merge', node: 'a', alias: 'Mali', ...who })).toMatchObject({ alias: 'Mali' });
    expect(parseDecision({ action: 'reject-edge', type: 'LIKES', source: 'a', target: 'b', ...who })).toMatch(/type/);
    expect(parseDecision({ action: 'reject-node', node: 'a', why: 'x' })).toMatch(/who/);
    expect(parseDecision({ action: 'drop-table', ...who })).toMatch(/action/);
    expect(parseDecision('reject-node')).toMatch(/object/);
  });
});

describe('applyCuration', () => {
  it('removes a rejected relation whichever order its ends are given in, and only that type', () => {
    const graph = sample();
    const result = applyCuration(graph, [{ action: 'reject-edge', type: 'SIGNED', source: 'country:SN', target: 'country:MA', ...who }]);
    expect(result.edgesRemoved).toBe(1);
    expect(graph.hasEdge('SIGNED|country:MA|country:SN')).toBe(false);
    expect(graph.hasEdge('MET|country:MA|country:SN')).toBe(true);
  });

  it('removes a rejected node with its relations, and takes a wrongly merged name off a node', () => {
    const graph = sample();
    const decisions: CurationDecision[] = [
      { action: 'reject-node', node: 'person:x', ...who },
      { action: 'reject-merge', node: 'country:SN', alias: 'Mali', ...who },
    ];
    expect(applyCuration(graph, decisions)).toEqual({ edgesRemoved: 0, nodesRemoved: 1, aliasesRemoved: 1, nodesSplit: 0 });
    expect(graph.hasNode('person:x')).toBe(false);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('country:SN', 'aliases')).toEqual(['Sénégal']);
    expect(graph.getNodeAttribute('country:SN', 'curated')).toContain('Mali');
    // Applying again changes nothing.
    expect(applyCuration(graph, decisions)).toEqual({ edgesRemoved: 0, nodesRemoved: 0, aliasesRemoved: 0, nodesSplit: 0 });
  });
});

describe('a merge judged wrong', () => {
  const evidence = (doc: string, text: string) => ({ doc, start: 0, end: text.length, text });
  function merged() {
    const graph = createKnowledgeGraph();
    graph.addNode('country:SN', { ...node('Country', 'Senegal', ['Sénégal', 'Mali']), x: 10, y: 20 });
    graph.addNode('country:MA', node('Country', 'Morocco'));
    graph.addNode('person:x', node('Person', 'Awa Diop'));
    // Only Mali's sentences: the relation moves whole.
    graph.addEdgeWithKey('SIGNED|country:MA|country:SN', 'country:MA', 'country:SN', {
      ...edge('SIGNED'), docs: ['d1', 'd2'], weight: 2,
      evidence: [evidence('d1', 'Morocco and Mali signed a water accord.'), evidence('d2', 'Mali signed with Morocco.')],
    });
    // One sentence about Senegal, one about Mali: the relation is shared out.
    graph.addEdgeWithKey('AFFILIATED_WITH|person:x|country:SN', 'person:x', 'country:SN', {
      ...edge('AFFILIATED_WITH'), docs: ['d3', 'd4'], weight: 2,
      evidence: [evidence('d3', 'Awa Diop, a minister of Senegal, spoke.'), evidence('d4', 'Awa Diop, envoy of Mali, arrived.')],
    });
    return graph;
  }

  it('splits the name into a node of its own that takes the relations only its sentences support', () => {
    const graph = merged();
    const result = applyCuration(graph, [{ action: 'reject-merge', node: 'country:SN', alias: 'Mali', ...who }]);
    expect(result).toEqual({ edgesRemoved: 0, nodesRemoved: 0, aliasesRemoved: 1, nodesSplit: 1 });
    const mali = 'country:SN~Mali';
    expect(graph.getNodeAttributes(mali)).toMatchObject({ type: 'Country', name: 'Mali', docs: ['d1', 'd2', 'd4'], x: 11, y: 21 });
    expect(graph.getNodeAttribute('country:SN', 'aliases')).toEqual(['Sénégal']);
    // Symmetric SIGNED keeps sorted ends: country:MA < country:SN~Mali.
    expect(graph.hasEdge('SIGNED|country:MA|country:SN')).toBe(false);
    expect(graph.getEdgeAttributes('SIGNED|country:MA|country:SN~Mali')).toMatchObject({ docs: ['d1', 'd2'], weight: 2 });
    expect(graph.getEdgeAttributes('AFFILIATED_WITH|person:x|country:SN')).toMatchObject({ docs: ['d3'], weight: 1 });
    expect(graph.getEdgeAttribute('AFFILIATED_WITH|person:x|country:SN~Mali', 'evidence').map((e) => e.doc)).toEqual(['d4']);
    // Applying again changes nothing.
    expect(applyCuration(graph, [{ action: 'reject-merge', node: 'country:SN', alias: 'Mali', ...who }]).nodesSplit).toBe(0);
    expect(graph.order).toBe(4);
  });

  it('survives a rebuild: the decision is applied again to a freshly built graph.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tafahum-curation-'));
    await appendCuration(dir, { action: 'reject-merge', node: 'country:SN', alias: 'Mali', ...who });
    for (let build = 0; build < 2; build++) {
      await writeGraphFile(dir, merged());
      const read = await readGraphFile(dir);
      expect(read.hasNode('country:SN~Mali')).toBe(true);
      expect(read.edges('country:SN~Mali')).toHaveLength(2);
    }
  });
});

describe('curation.jsonl beside graph.json', () => {
  it('is applied when graph.json is written and when it is read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tafahum-curation-'));
    await appendCuration(dir, { action: 'reject-edge', type: 'MET', source: 'country:MA', target: 'country:SN', ...who });
    await writeGraphFile(dir, sample());
    const written = JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8')) as { edges: Array<{ key: string }> };
    expect(written.edges.map((e) => e.key)).not.toContain('MET|country:MA|country:SN');
    // A decision made after the build holds for every reader.
    await appendCuration(dir, { action: 'reject-node', node: 'person:x', ...who });
    const read = await readGraphFile(dir);
    expect(read.hasNode('person:x')).toBe(false);
    expect(await readCuration(dir)).toHaveLength(2);
  });

  it('fails with the path and line of a malformed decision', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tafahum-curation-'));
    await writeFile(join(dir, 'curation.jsonl'), '{"action":"reject-node","node":"a","who":"x","when":"2026-01-01","why":""}\n{oops\n');
    await expect(readCuration(dir)).rejects.toThrow(/curation\.jsonl:2: not JSON/);
  });
});
