// The build summary says what the graph holds: nodes and edges per type (not mention counts),
// in-document relations apart, isolated nodes, the ten most connected entities, skipped inputs.
import { describe, expect, it } from 'vitest';
import { formatBuildReport, type BuildReport } from '../../cli/ui/summary.js';
import { createKnowledgeGraph } from '../../graph/io.js';
import { graphStats } from '../../graph/stats.js';

function star(leaves: number) {
  const g = createKnowledgeGraph();
  g.replaceAttributes({ generator: 't', documents: {} });
  const node = (id: string, type: 'Country' | 'Person', name = id) =>
    g.addNode(id, { type, name, aliases: [], confidence: 1, docs: ['d'], mentions: 3 });
  node('country:MA', 'Country', 'Morocco');
  for (let i = 0; i < leaves; i++) {
    node(`person:p${String(i).padStart(2, '0')}`, 'Person');
    g.addDirectedEdgeWithKey(`AFFILIATED_WITH|p${i}`, `person:p${String(i).padStart(2, '0')}`, 'country:MA', { type: 'AFFILIATED_WITH', docs: ['d'], evidence: [], confidence: 1, weight: 1 });
  }
  g.addDirectedEdgeWithKey('MET|p0|p1', 'person:p00', 'person:p01', { type: 'MET', docs: ['d'], evidence: [], confidence: 1, weight: 1 });
  node('country:SN', 'Country', 'Senegal');
  node('person:alone', 'Person');
  return g;
}

describe('graphStats', () => {
  it('counts nodes and edges per type, isolated nodes, and ranks the most connected', () => {
    const stats = graphStats(star(12));
    expect(stats.nodesByType).toEqual({ Country: 2, Person: 13 });
    expect(stats.edgesByType).toEqual({ AFFILIATED_WITH: 12, MET: 1 });
    expect(stats.isolated).toBe(2);
    expect(stats.isolatedByType).toEqual({ Country: 1, Person: 1 });
    expect(stats.mostConnected).toHaveLength(10);
    expect(stats.mostConnected.slice(0, 3).map((e) => [e.id, e.degree])).toEqual([
      ['country:MA', 12],
      ['person:p00', 2],
      ['person:p01', 2],
    ]);
  });
});

describe('formatBuildReport', () => {
  it('prints the graph figures and the skipped inputs with their reasons', () => {
    const report: BuildReport = {
      files: 3, documents: 2, seconds: 1.25,
      skipped: [{ source: 'x.bin', reason: 'binary file' }],
      entities: 40, relations: 9, nodes: 15, edges: 13,
      entitiesByType: { Country: 30, Person: 10 }, relationsByType: { AFFILIATED_WITH: 9 },
      outputs: { extractions: 'out/extractions.jsonl', graph: 'out/graph.json' },
      graph: graphStats(star(3)),
    };
    const text = formatBuildReport(report);
    expect(text).toContain('Read 2 documents from 3 files');
    expect(text).toContain('  - x.bin: binary file');
    expect(text).toContain('Nodes: 6 (Person 4, Country 2)');
    expect(text).toContain('Edges: 4 (AFFILIATED_WITH 3, MET 1)');
    expect(text).toContain('Isolated nodes (no relation): 2 (Country 1, Person 1)');
    expect(text).toContain('In documents, before merging: 40 entities (Country 30, Person 10), 9 relations (AFFILIATED_WITH 9)');
    expect(text).toMatch(/Most connected:\n\s+3 {2}Morocco \(Country, country:MA\)/);
  });

  it('says nothing was written when the build wrote nothing', () => {
    const text = formatBuildReport({ files: 1, documents: 0, seconds: 0, skipped: [], entities: 0, relations: 0, nodes: 0, edges: 0, entitiesByType: {}, relationsByType: {}, outputs: { extractions: 'e', graph: 'g' }, written: false });
    expect(text).toContain('Nothing written');
    expect(text).not.toContain('Wrote');
  });
});
