// The viewer's pure parts, without a browser: search folding, URL state, filters, CSV, highlighting, dates,
// what a large graph redraws after a change.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../viewer/src/search/normalize.js';
import { buildSearchIndex, withinOneEdit } from '../../viewer/src/search/index.js';
import { captionOf, transliterate } from '../../viewer/src/appearance/caption.js';
import { monthHistogram, stepWindow } from '../../viewer/src/ui/timeline.js';
import { decodeViewState, defaultViewState, encodeViewState } from '../../viewer/src/state/url.js';
import { computeVisibility } from '../../viewer/src/state/filter.js';
import { deriveFacts, sanitizeGraph } from '../../viewer/src/data/load.js';
import { monthLabel, monthRange, parseMonth } from '../../viewer/src/data/dates.js';
import { csvCell, toCsv } from '../../viewer/src/export/csv.js';
import { findNameSpans, segments } from '../../viewer/src/ui/highlight.js';
import type { ViewerGraph } from '../../viewer/src/types.js';
import { changedItems, type DrawnView } from '../../viewer/src/appearance/refresh.js';
import { fixtureGraph, SIGNED_EDGE } from './fixture.js';

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

describe('workbench moves (pure)', () => {
  const graph = loadFixture();
  const facts = deriveFacts(graph);
  const view = (patch: Partial<ReturnType<typeof defaultViewState>>) => computeVisibility(graph, facts, { ...defaultViewState(graph.order), ...patch });

  it('hides isolated nodes by default only in big graphs, and counts them', () => {
    expect(defaultViewState(100).hideIsolated).toBe(false);
    expect(defaultViewState(5_000).hideIsolated).toBe(true);
    expect(decodeViewState('isolated=show', 5_000).hideIsolated).toBe(false);
    expect(encodeViewState(defaultViewState(5_000), 5_000)).toBe('');
    expect(view({}).isolated).toBe(graph.filterNodes((n) => graph.degree(n) === 0).length);
  });

  it('round-trips the new view state through the URL', () => {
    const state = { ...defaultViewState(10), minDegree: 2, community: 3, expanded: ['country:MA|SIGNED'], dismissed: ['org:hostile'], pinned: ['loc:rabat'], pathFrom: 'country:FR', pathTo: 'country:SA', caption: 'latin' as const };
    expect(decodeViewState(encodeViewState(state, 10), 10)).toEqual(state);
  });

  it('dismisses a node and its relations, and a minimum degree hides the lightly connected', () => {
    const shown = view({ dismissed: ['country:MA'] });
    expect(shown.nodes.has('country:MA')).toBe(false);
    expect([...shown.edges].some((e) => e.includes('country:MA'))).toBe(false);
    const hubs = view({ minDegree: 3 });
    expect([...hubs.nodes].every((n) => (facts.degree.get(n) ?? 0) >= 3)).toBe(true);
  });

  it('expands a node past the filters, by relation type when asked, and keeps pinned nodes', () => {
    const none = view({ nodeTypes: [] });
    expect(none.nodes.size).toBe(0);
    const expanded = view({ nodeTypes: [], expanded: ['country:MA|SIGNED'], pinned: ['loc:rabat'] });
    expect([...expanded.nodes].sort()).toEqual(['country:MA', 'country:SA', 'loc:rabat']);
    expect([...expanded.edges]).toEqual(['SIGNED|country:MA|country:SA']);
  });

  it('finds the shortest path along the relations shown, and none when a filter cuts it', () => {
    const { path } = view({ pathFrom: 'country:FR', pathTo: 'country:SA' });
    expect(path?.nodes).toEqual(['country:FR', 'country:MA', 'country:SA']);
    expect(path?.edges).toHaveLength(2);
    expect(view({ pathFrom: 'country:FR', pathTo: 'country:SA', relationTypes: ['MET'] }).path?.nodes).toEqual([]);
  });

  it('shows the network of any entity, not only a country', () => {
    const network = view({ country: 'person:nadia-amrani' });
    expect([...network.nodes].sort()).toEqual(['country:MA', 'person:nadia-amrani', 'person:omar-zahid']);
  });
});

describe('search tolerance and captions', () => {
  it('accepts one typo and searches the names known in every script', () => {
    expect(withinOneEdit('morocco', 'moroco')).toBe(true);
    expect(withinOneEdit('morocco', 'marocco')).toBe(true);
    expect(withinOneEdit('morocco', 'mexico')).toBe(false);
    const graph = loadFixture();
    graph.mergeNodeAttributes('country:FR', { names: ['France', 'فرنسا', 'Frankreich'] });
    const index = buildSearchIndex(graph, deriveFacts(graph).degree);
    expect(index.search('frankreich')[0]?.node).toBe('country:FR');
    expect(index.search('Moroco')[0]?.node).toBe('country:MA');
  });

  it('captions in Latin or Arabic script from the names a node has, else a transliteration', () => {
    expect(captionOf({ name: 'عمر الزاهد', aliases: ['Omar Zahid'] }, 'latin')).toBe('Omar Zahid');
    expect(captionOf({ name: 'Nadia Amrani', aliases: ['نادية العمراني'] }, 'arabic')).toBe('نادية العمراني');
    expect(captionOf({ name: 'كريم', aliases: [], latinName: 'Karim' }, 'latin')).toBe('Karim');
    expect(captionOf({ name: 'محمود', aliases: [] }, 'latin')).toMatch(/^[A-Za-z' -]+$/);
    expect(transliterate('الرباط')).toBe('Al-rbat'); // letters only: short vowels are not written
  });
});

describe('timeline', () => {
  it('counts dated relations per month and steps a window inside the span', () => {
    const facts = deriveFacts(loadFixture());
    const counts = monthHistogram(facts);
    expect(counts).toHaveLength(facts.maxMonth! - facts.minMonth! + 1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(facts.edgeMonths.size);
    expect(stepWindow(10, 12, 0, 20, 1)).toEqual([11, 13]);
    expect(stepWindow(18, 20, 0, 20, 1)).toBeUndefined();
    expect(stepWindow(0, 2, 0, 20, -1)).toBeUndefined();
  });
});

describe('redrawing a large graph after a change (only what changed)', () => {
  const graph = loadFixture();
  const facts = deriveFacts(graph);
  const state = defaultViewState(graph.order);
  const all = computeVisibility(graph, facts, state);
  const drawn = (patch: Partial<DrawnView> = {}): DrawnView => ({ visibility: all, caption: 'original', ...patch });

  it('redraws a selected node, its neighbours and its relations, and what the previous selection touched', () => {
    const first = changedItems(graph, drawn(), drawn({ selectedNode: 'person:nadia-amrani' }), 100)!;
    expect(first.nodes.sort()).toEqual(['country:MA', 'person:nadia-amrani', 'person:omar-zahid']);
    expect(first.edges.sort()).toEqual(graph.edges('person:nadia-amrani').sort());
    const next = changedItems(graph, drawn({ selectedNode: 'person:nadia-amrani' }), drawn({ selectedEdge: SIGNED_EDGE }), 100)!;
    expect(next.nodes).toEqual(expect.arrayContaining(['person:nadia-amrani', 'person:omar-zahid', 'country:MA', 'country:SA']));
    expect(next.edges).toContain(SIGNED_EDGE);
  });

  it('redraws the nodes and relations a filter shows or hides, and nothing when nothing changed', () => {
    const withoutSigned = computeVisibility(graph, facts, { ...state, relationTypes: state.relationTypes.filter((t) => t !== 'SIGNED') });
    const items = changedItems(graph, drawn(), drawn({ visibility: withoutSigned }), 100)!;
    expect(items.edges).toEqual([SIGNED_EDGE]);
    expect(changedItems(graph, drawn(), drawn(), 100)).toEqual({ nodes: [], edges: [] });
  });

  it('asks for a full redraw when the captions change or too much changed', () => {
    expect(changedItems(graph, drawn(), drawn({ caption: 'latin' }), 100)).toBeUndefined();
    const none = computeVisibility(graph, facts, { ...state, nodeTypes: [] });
    expect(changedItems(graph, drawn(), drawn({ visibility: none }), 5)).toBeUndefined();
  });
});
