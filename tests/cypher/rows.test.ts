// graph.json → load rows (pure): every node, document, mention and edge becomes a row;
// evidence is de-duplicated by doc|start|end; unknown types are refused.
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../graph/io.js';
import { createKnowledgeGraph } from '../../graph/io.js';
import { TafahumError } from '../../model/errors.js';
import { RELATION_COLUMNS, batches, planLoad, relationTuple } from '../../cypher/rows.js';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('../fixtures/graphs/neo4j-a.json', import.meta.url));

describe('planLoad', () => {
  it('flattens the fixture into documents, entities, mentions and per-type relations', async () => {
    const plan = planLoad(await readGraphFile(fixture));
    expect(plan.documents.map((d) => d.id)).toEqual(['a1.txt', 'a2.txt']);
    expect(plan.entities).toHaveLength(8);
    expect(plan.mentions).toHaveLength(plan.entities.reduce((n, e) => n + e.docs.length, 0));
    expect(plan.relations.get('SIGNED')).toEqual([
      expect.objectContaining({
        source: 'country:MA',
        target: 'country:SA',
        date: '2024-12-16',
        agreements: ['agreement:mou-ai'],
        evidence: [expect.stringMatching(/^a1\.txt\|0\|58\u001e/)],
        weight: 1,
      }),
    ]);
    const amal = plan.entities.find((e) => e.id === 'person:amal-fallah')!;
    expect(amal).toMatchObject({ type: 'Person', country: 'MA', kind: null, titles: ['ministre déléguée chargée du numérique'] });
  });

  it('sends a relation row as a list in RELATION_COLUMNS order', async () => {
    const row = planLoad(await readGraphFile(fixture)).relations.get('SIGNED')![0]!;
    expect(relationTuple(row)).toEqual(RELATION_COLUMNS.map((column) => row[column]));
    expect(new Set(RELATION_COLUMNS)).toEqual(new Set(Object.keys(row)));
  });

  it('keeps one evidence per doc|start|end and fills absent fields with null', () => {
    const graph = createKnowledgeGraph();
    graph.setAttribute('documents', {});
    graph.addNode('a', { type: 'Country', name: 'A', aliases: ['x', 'x'], confidence: 1, docs: ['d'], mentions: 1 });
    graph.addNode('b', { type: 'Country', name: 'B', aliases: [], confidence: 1, docs: ['d'], mentions: 1 });
    const ev = { doc: 'd', start: 1, end: 5, text: 'same' };
    graph.addEdgeWithKey('MET|a|b', 'a', 'b', { type: 'MET', docs: ['d'], evidence: [ev, { ...ev }], confidence: 0.5, weight: 1 });
    const plan = planLoad(graph);
    expect(plan.entities[0]!.aliases).toEqual(['x']);
    expect(plan.relations.get('MET')![0]).toMatchObject({ evidence: ['d|1|5\u001esame'], date: null, status: null, title: null });
  });

  it('refuses a document id holding the evidence separator, naming the edge', () => {
    const graph = createKnowledgeGraph();
    graph.setAttribute('documents', {});
    graph.addNode('a', { type: 'Country', name: 'A', aliases: [], confidence: 1, docs: [], mentions: 0 });
    graph.addNode('b', { type: 'Country', name: 'B', aliases: [], confidence: 1, docs: [], mentions: 0 });
    const ev = { doc: 'x\u001ey.txt', start: 0, end: 4, text: 'text' };
    graph.addEdgeWithKey('MET|a|b', 'a', 'b', { type: 'MET', docs: [ev.doc], evidence: [ev], confidence: 0.5, weight: 1 });
    expect(() => planLoad(graph)).toThrow(/a → b holds U\+001E/);
  });

  it('refuses ids too long for a Neo4j index key with E_FORMAT', () => {
    const graph = createKnowledgeGraph();
    graph.addNode('x'.repeat(5000), { type: 'Person', name: 'X', aliases: [], confidence: 1, docs: [], mentions: 0 });
    expect(() => planLoad(graph)).toThrow(/too long for Neo4j/);
  });

  it('refuses a node type outside the vocabulary', () => {
    const graph = createKnowledgeGraph();
    graph.addNode('x', { type: 'Planet' as never, name: 'X', aliases: [], confidence: 1, docs: [], mentions: 0 });
    expect(() => planLoad(graph)).toThrow(TafahumError);
  });
});

describe('batches', () => {
  it('splits into slices of at most the size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 3)).toEqual([]);
  });
});
