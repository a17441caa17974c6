// The shared graph filters, each alone and combined, and the checks on their CLI strings.
import { describe, expect, it } from 'vitest';
import { filterGraph, isEmptyFilter, parseGraphFilter, selectSubgraph } from '../../graph/filter.js';
import type { GraphFilter } from '../../graph/filter.js';
import type { KnowledgeGraph } from '../../graph/io.js';
import { TafahumError } from '../../model/errors.js';
import { loadFixture } from './exports/fixture.js';

const graph: KnowledgeGraph = await loadFixture();

function select(filter: GraphFilter): { nodes: string[]; edges: string[] } {
  const { nodes, edges } = selectSubgraph(graph, filter);
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
}

function usageError(raw: Parameters<typeof parseGraphFilter>[0]): TafahumError {
  try {
    parseGraphFilter(raw);
  } catch (error) {
    if (error instanceof TafahumError) return error;
  }
  throw new Error('expected a TafahumError');
}

describe('each filter alone', () => {
  it('no filter keeps the graph itself', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(filterGraph(graph, {})).toBe(graph);
    expect(select({}).edges).toHaveLength(graph.size);
  });

  it('relations keeps those edge types and only their endpoints', () => {
    const { nodes, edges } = select({ relations: ['SIGNED', 'MET'] });
    expect(edges).toEqual([
      'MET|country:MA|country:SA',
      'MET|person:karim-a|person:nadia-b',
      'SIGNED|country:MA|country:SA',
    ]);
    expect(nodes).toEqual(['country:MA', 'country:SA', 'person:karim-a', 'person:nadia-b']);
  });

  it('types keeps nodes of those types and edges between them, isolated ones included', () => {
    const { nodes, edges } = select({ types: ['Country'] });
    expect(nodes).toEqual(['country:FR', 'country:MA', 'country:SA', 'country:SN']);
    expect(edges).toEqual([
      'MET|country:MA|country:SA',
      'PARTNERED|country:FR|country:SN',
      'PARTNERED|country:MA|country:SN',
      'SIGNED|country:MA|country:SA',
    ]);
  });

  it('since compares by overlap with the date precision and drops undated edges', () => {
    const { edges } = select({ since: '2024-05-20' });
    // 2024-05 (month) overlaps 2024-05-20; 2024-02-29 and 2023 do not; undated ones are dropped.
    expect(edges).toEqual([
      'AFFILIATED_WITH|person:karim-a|country:MA',
      'MET|country:MA|country:SA',
      'PARTICIPATED_IN|country:SA|event:forum-y',
      'SIGNED|country:MA|country:SA',
    ]);
  });

  it('until is inclusive at its own precision', () => {
    expect(select({ until: '2024-02' }).edges).toEqual([
      'MET|person:karim-a|person:nadia-b',
      'PARTNERED|country:FR|country:SN',
      'PARTNERED|country:MA|country:SN',
    ]);
    expect(select({ until: '2022' }).edges).toEqual(['PARTNERED|country:FR|country:SN']);
  });

  it('country keeps the ego network: the centre, its neighbours and the edges among them', () => {
    const { nodes, edges } = select({ country: 'SN' });
    expect(nodes).toEqual(['country:FR', 'country:MA', 'country:SN', 'person:nadia-b']);
    expect(edges).toEqual([
      'AFFILIATED_WITH|person:nadia-b|country:SN',
      'PARTNERED|country:FR|country:SN',
      'PARTNERED|country:MA|country:SN',
    ]);
  });

  it('country fails with E_NOT_FOUND when the node is absent', () => {
    expect(() => selectSubgraph(graph, { country: 'ZZ' })).toThrowError(/country:ZZ/);
  });

  it('min-confidence drops nodes and edges below the threshold', () => {
    const { nodes, edges } = select({ minConfidence: 0.7 });
    expect(nodes).not.toContain('person:nadia-b'); // 0.55
    expect(nodes).toContain('agreement:mou-1'); // exactly 0.7 is kept
    expect(edges).not.toContain('PARTNERED|country:MA|country:SN'); // 0.6
    expect(edges).toContain('MET|country:MA|country:SA'); // 0.7
    expect(edges.every((edge) => graph.getEdgeAttribute(edge, 'confidence') >= 0.7)).toBe(true);
  });
});

describe('filters combined', () => {
  it('relations + since + country: Morocco’s dated partners through SIGNED/MET/PARTNERED', () => {
    const { nodes, edges } = select({ relations: ['SIGNED', 'MET', 'PARTNERED'], since: '2024', country: 'MA' });
    expect(edges).toEqual(['MET|country:MA|country:SA', 'SIGNED|country:MA|country:SA']);
    expect(nodes).toEqual(['country:MA', 'country:SA']);
  });

  it('types + min-confidence', () => {
    const { nodes, edges } = select({ types: ['Person', 'Country'], minConfidence: 0.6 });
    expect(nodes).toEqual(['country:FR', 'country:MA', 'country:SA', 'country:SN', 'person:karim-a']);
    expect(edges).toContain('AFFILIATED_WITH|person:karim-a|country:MA');
    expect(edges).not.toContain('MET|person:karim-a|person:nadia-b');
  });

  it('country + types: the centre is kept whatever its type, with neighbours of those types', () => {
    const { nodes, edges } = select({ country: 'MA', types: ['Person'] });
    expect(nodes).toEqual(['country:MA', 'person:karim-a']);
    expect(edges).toEqual(['AFFILIATED_WITH|person:karim-a|country:MA']);
  });

  it('since + until window, then ego network of a country with no edge left', () => {
    const { nodes, edges } = select({ since: '2024-10', until: '2024-12', country: 'FR' });
    expect(nodes).toEqual(['country:FR']);
    expect(edges).toEqual([]);
  });

  it('filterGraph returns a new graph with the selection and leaves the input untouched', () => {
    const before = graph.size;
    const out = filterGraph(graph, { relations: ['LOCATED_IN'] });
    expect(out.size).toBe(2);
    expect(out.order).toBe(3);
    expect(out.getEdgeAttributes('LOCATED_IN|loc:rabat|country:MA')).toEqual(
      graph.getEdgeAttributes('LOCATED_IN|loc:rabat|country:MA'),
    );
    expect(graph.size).toBe(before);
  });
});

describe('parseGraphFilter', () => {
  it('normalises case and trims lists', () => {
    expect(parseGraphFilter({ relations: 'signed, Met', types: 'country,PERSON', country: ' ma ', minConfidence: '0.6' })).toEqual({
      relations: ['SIGNED', 'MET'],
      types: ['Country', 'Person'],
      country: 'MA',
      minConfidence: 0.6,
    });
  });

  it.each([
    [{ relations: 'SIGNED,LIKED' }, '--relations'],
    [{ relations: ' , ' }, '--relations'],
    [{ types: 'Planet' }, '--types'],
    [{ since: '2024-13' }, '--since'],
    [{ until: '24-01-01' }, '--until'],
    [{ since: '2025', until: '2024-12-31' }, '--since'],
    [{ country: 'MAR' }, '--country'],
    [{ minConfidence: '1.5' }, '--min-confidence'],
    [{ minConfidence: 'high' }, '--min-confidence'],
  ])('rejects %o naming the option', (raw, option) => {
    const error = usageError(raw);
    expect(error.code).toBe('E_USAGE');
    expect(error.message).toContain(option);
  });
});
