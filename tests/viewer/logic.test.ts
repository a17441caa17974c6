// The viewer's pure parts, without a browser: search folding, URL state, filters, CSV, highlighting, dates.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../viewer/src/search/normalize.js';
import { buildSearchIndex } from '../../viewer/src/search/index.js';
import { decodeViewState, defaultViewState, encodeViewState } from '../../viewer/src/state/url.js';
import { computeVisibility } from '../../viewer/src/state/filter.js';
import { deriveFacts, sanitizeGraph } from '../../viewer/src/data/load.js';
import { monthLabel, monthRange, parseMonth } from '../../viewer/src/data/dates.js';
import { csvCell, toCsv } from '../../viewer/src/export/csv.js';
import { findNameSpans, segments } from '../../viewer/src/ui/highlight.js';
import type { ViewerGraph } from '../../viewer/src/types.js';
import { fixtureGraph } from './fixture.js';

function loadFixture(): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph();
  graph.import(fixtureGraph() as never);
  return graph;
}

describe('normalizeForSearch', () => {
  it.each([
    ['Maroc', 'maroc'],
    ['Côte d’Ivoire', 'cote d ivoire'],
    ['ÉMIRATS', 'emirats'],
    ['أبوظبي', 'ابوظبي'],
    ['إمارات', 'امارات'],
    ['آسيا', 'اسيا'],
    ['ٱلمغرب', 'المغرب'],
    ['المَغْرِب', 'المغرب'],
    ['المـــغرب', 'المغرب'],
    ['الرياضة', 'الرياضه'],
    ['مصطفى', 'مصطفي'],
    ['Al-Ula', 'al ula'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });
});

describe('search index', () => {
  const graph = loadFixture();
  const index = buildSearchIndex(graph, deriveFacts(graph).degree);
  it.each(['المغرب', 'maroc', 'Morocco', 'morocco', 'المملكة المغربية'])('"%s" finds Morocco first', (query) => {
    expect(index.search(query)[0]?.node).toBe('country:MA');
  });
  it('finds Arabic names typed with Latin aliases and the reverse', () => {
    expect(index.search('Omar Zahid')[0]?.node).toBe('person:omar-zahid');
    expect(index.search('نادية')[0]?.node).toBe('person:nadia-amrani');
  });
  it('returns nothing for an empty or punctuation-only query', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('--')).toEqual([]);
  });
});

describe('view state in the URL', () => {
  it('is empty for the default view', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
  });
  it('round-trips every setting', () => {
    const state = {
      ...defaultViewState(),
      nodeTypes: ['Country', 'Organization'] as const,
      relationTypes: ['SIGNED'] as const,
      dateFrom: parseMonth('2020-03'),
      dateTo: parseMonth('2024-12'),
      includeUndated: false,
      country: 'country:MA',
      depth: 2 as const,
      doc: 'doc-fr',
      minConfidence: 0.5,
      hideIsolated: true,
      selectedNode: 'country:MA',
      labelDensity: 1.5,
    };
    const decoded = decodeViewState(encodeViewState({ ...state, nodeTypes: [...state.nodeTypes], relationTypes: [...state.relationTypes] }));
    expect(decoded).toEqual({ ...state, nodeTypes: [...state.nodeTypes], relationTypes: [...state.relationTypes], selectedEdge: undefined });
  });
  it('drops unknown types and clamps numbers from a hostile URL', () => {
    const state = decodeViewState('types=Country,<script>&conf=7&labels=abc&depth=9');
    expect(state.nodeTypes).toEqual(['Country']);
    expect(state.minConfidence).toBe(1);
    expect(state.labelDensity).toBe(defaultViewState().labelDensity);
    expect(state.depth).toBe(1);
  });
});

describe('computeVisibility', () => {
  const graph = loadFixture();
  const facts = deriveFacts(graph);
  const base = defaultViewState();
  it('shows everything by default', () => {
    const v = computeVisibility(graph, facts, base);
    expect([v.nodes.size, v.edges.size]).toEqual([10, 8]);
  });
  it('keeps the ego network of a country at depth 1 and 2', () => {
    const one = computeVisibility(graph, facts, { ...base, country: 'country:SA' });
    expect([...one.nodes].sort()).toEqual(['country:MA', 'country:SA']);
    const two = computeVisibility(graph, facts, { ...base, country: 'country:SA', depth: 2 });
    expect(two.nodes.has('org:unido')).toBe(true);
    expect(two.nodes.has('person:omar-zahid')).toBe(false);
  });
  it('filters by document, confidence and isolation', () => {
    const doc = computeVisibility(graph, facts, { ...base, doc: 'doc-ar' });
    expect([...doc.edges].sort()).toEqual(['AFFILIATED_WITH|person:nadia-amrani|country:MA', 'MET|person:nadia-amrani|person:omar-zahid']);
    const conf = computeVisibility(graph, facts, { ...base, minConfidence: 0.75 });
    expect(conf.nodes.has('org:hostile')).toBe(false);
    expect(conf.edges.has('MEMBER_OF|country:MA|org:unido')).toBe(false);
    const isolated = computeVisibility(graph, facts, { ...base, hideIsolated: true });
    expect(isolated.nodes.has('loc:lonely')).toBe(false);
    expect(isolated.nodes.size).toBe(9);
  });
  it('keeps relations whose date precision overlaps the range', () => {
    // PARTNERED FR–MA is dated "2019": a range ending in March 2019 still includes it.
    const v = computeVisibility(graph, facts, { ...base, dateFrom: parseMonth('2018-01'), dateTo: parseMonth('2019-03'), includeUndated: false });
    expect([...v.edges]).toEqual(['PARTNERED|country:FR|country:MA']);
  });
});

describe('dates', () => {
  it('turns ISO dates of any precision into month ranges', () => {
    expect(monthRange('2024-12-16')).toEqual([2024 * 12 + 11, 2024 * 12 + 11]);
    expect(monthRange('2017')).toEqual([2017 * 12, 2017 * 12 + 11]);
    expect(monthRange('bad')).toBeUndefined();
    expect(monthLabel(2024 * 12 + 4)).toBe('2024-05');
    expect(parseMonth('2024-13')).toBeUndefined();
  });
});

describe('CSV writer', () => {
  it('quotes separators, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-0.5')).toBe('-0.5');
    expect(csvCell(['a', 'b'])).toBe('a; b');
    expect(toCsv(['id', 'name'], [['x', 'المغرب']])).toBe('id,name\r\nx,المغرب\r\n');
  });
});

describe('evidence highlighting', () => {
  it('marks every name of the endpoints, merged and in order', () => {
    const text = 'Le Maroc et l’Arabie saoudite ont signé.';
    const spans = findNameSpans(text, ['Morocco', 'Maroc', 'Arabie saoudite', 'Saudi Arabia']);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Maroc', 'Arabie saoudite']);
    expect(segments(text, spans).filter((part) => part.marked)).toHaveLength(2);
  });
  it('finds Arabic names with attached clitics and falls back to the whole quote', () => {
    const text = 'وقع المغرب والسعودية اتفاقية.';
    expect(findNameSpans(text, ['السعودية', 'المغرب']).map(([s, e]) => text.slice(s, e))).toEqual(['المغرب', 'السعودية']);
    expect(segments('no names here', findNameSpans('no names here', ['Maroc']))).toEqual([{ text: 'no names here', marked: true }]);
  });
});

describe('sanitizeGraph', () => {
  it('repairs hostile or malformed attributes so the view can draw them', () => {
    const graph: ViewerGraph = new MultiDirectedGraph();
    graph.addNode('a', { name: 42, aliases: 'Maroc', docs: null, confidence: 'high' } as never);
    graph.addNode('b', { type: 'Country', name: 'B', aliases: [], docs: [], confidence: 1, x: 1, y: 2 } as never);
    graph.addEdge('a', 'b', { type: 'MET', evidence: [{ text: 5 }, { doc: 'd', start: 0, end: 2, text: 'ok' }], docs: 'd' } as never);
    sanitizeGraph(graph);
    expect(graph.getNodeAttributes('a')).toMatchObject({ name: 'a', aliases: [], docs: [], confidence: 1 });
    expect(Number.isFinite(graph.getNodeAttribute('a', 'x'))).toBe(true);
    expect(graph.getNodeAttributes('b')).toMatchObject({ x: 1, y: 2 });
    const edge = graph.getEdgeAttributes(graph.edges()[0]!);
    expect(edge.evidence).toEqual([{ doc: 'd', start: 0, end: 2, text: 'ok' }]);
    expect(edge.docs).toEqual([]);
    expect(graph.getAttribute('documents')).toEqual({});
  });
});
