// `serve --from-neo4j`: rows as the cypher/viewer queries return them → the graph.json shape (no database).
import { describe, expect, it } from 'vitest';
import { graphFromRows } from '../../viewer/server/neo4j-source.js';
import { splitStatements } from '../../cypher/files.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../viewer/server/paths.js';

describe('graphFromRows', () => {
  const graph = graphFromRows(
    [
      { id: 'country:MA', type: 'Country', name: 'Morocco', aliases: ['Maroc', 'المغرب'], confidence: 0.9, docs: ['d1'], mentions: 3, country: 'MA', titles: null, mergeReasons: [] },
      { id: 'country:SA', type: 'Country', name: 'Saudi Arabia', aliases: [], confidence: 0.9, docs: ['d1'], mentions: 1 },
      { id: 'x', type: 'Spaceship', name: 'not a type' },
    ],
    [
      {
        type: 'SIGNED', source: 'country:MA', target: 'country:SA', docs: ['d1'], date: '2024-12-16', datePrecision: 'day',
        status: 'done', confidence: 0.95, weight: 1, evidenceDocs: ['d1'], evidenceStarts: [0], evidenceEnds: [30], evidenceTexts: ['Le Maroc et l’Arabie saoudite ont signé.'],
      },
      { type: 'MENTIONS', source: 'country:MA', target: 'country:SA' },
      { type: 'MET', source: 'country:MA', target: 'ghost' },
    ],
    [{ id: 'd1', title: 'Accord', date: '2024-12-16', lang: 'fr', url: 'https://example.org' }],
  );

  it('keeps known entity and relation types with both ends present', () => {
    expect(graph.nodes()).toEqual(['country:MA', 'country:SA']);
    expect(graph.edges()).toEqual(['SIGNED|country:MA|country:SA']);
  });

  it('rebuilds evidence objects and document metadata', () => {
    const edge = graph.getEdgeAttributes('SIGNED|country:MA|country:SA');
    expect(edge.evidence).toEqual([{ doc: 'd1', start: 0, end: 30, text: 'Le Maroc et l’Arabie saoudite ont signé.' }]);
    expect(edge.status).toBe('done');
    expect(graph.getAttribute('documents')).toEqual({ d1: { title: 'Accord', date: '2024-12-16', lang: 'fr', url: 'https://example.org' } });
    expect(graph.getNodeAttributes('country:MA')).toMatchObject({ aliases: ['Maroc', 'المغرب'], country: 'MA', mentions: 3 });
  });

  it('reads with one statement per file and never writes', () => {
    for (const name of ['nodes', 'edges', 'documents']) {
      const statements = splitStatements(readFileSync(join(PROJECT_ROOT, 'cypher/viewer', `${name}.cypher`), 'utf8'));
      expect(statements).toHaveLength(1);
      expect(statements[0]).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|LOAD CSV|CALL)\b/i);
    }
  });
});
