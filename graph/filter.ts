// Subgraph selection shared by every export (and reusable by the loader and viewer):
// relation types, entity types, relation dates, a country's ego network, minimum confidence.
// Pure: the input graph is never mutated; parseGraphFilter turns CLI strings into a checked filter.
import { TafahumError } from '../model/errors.js';
import { ENTITY_TYPES, RELATION_TYPES, isEntityType, isRelationType } from '../model/types.js';
import type { EntityType, RelationType } from '../model/types.js';
import { createKnowledgeGraph } from './io.js';
import type { KnowledgeGraph } from './io.js';

export interface GraphFilter {
  /** Keep only edges of these types. */
  relations?: RelationType[];
  /** Keep only nodes of these types (and edges whose both ends are kept). */
  types?: EntityType[];
  /** Lower bound on the edge date, ISO 8601 at year, month or day precision. */
  since?: string;
  /** Upper bound on the edge date, inclusive, at any precision. */
  until?: string;
  /** ISO alpha-2 code: keep the ego network of node `country:<ISO2>`. */
  country?: string;
  /** Drop nodes and edges whose confidence is below this value (0..1). */
  minConfidence?: number;
}

/** The options as typed on the command line, before checking. */
export interface RawGraphFilter {
  relations?: string;
  types?: string;
  since?: string;
  until?: string;
  country?: string;
  minConfidence?: string;
}

export interface Selection {
  nodes: Set<string>;
  edges: Set<string>;
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isEmptyFilter(filter: GraphFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

/** Check CLI strings; every message names the option so the user knows what to fix. */
export function parseGraphFilter(raw: RawGraphFilter): GraphFilter {
  const filter: GraphFilter = {};
  if (raw.relations !== undefined) {
    filter.relations = parseList(raw.relations, '--relations', RELATION_TYPES, (v) => v.toUpperCase(), isRelationType);
  }
  if (raw.types !== undefined) {
    filter.types = parseList(raw.types, '--types', ENTITY_TYPES, capitalise, isEntityType);
  }
  if (raw.since !== undefined) filter.since = parseDate(raw.since, '--since');
  if (raw.until !== undefined) filter.until = parseDate(raw.until, '--until');
  if (filter.since && filter.until && dateStart(filter.since) > dateEnd(filter.until)) {
    throw new TafahumError('E_USAGE', `--since ${filter.since} is after --until ${filter.until}`);
  }
  if (raw.country !== undefined) {
    const code = raw.country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) {
      throw new TafahumError('E_USAGE', `--country expects an ISO 3166-1 alpha-2 code such as MA, got "${raw.country}"`);
    }
    filter.country = code;
  }
  if (raw.minConfidence !== undefined) {
    const value = Number(raw.minConfidence);
    if (raw.minConfidence.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new TafahumError('E_USAGE', `--min-confidence expects a number between 0 and 1, got "${raw.minConfidence}"`);
    }
    filter.minConfidence = value;
  }
  return filter;
}

/**
 * Which nodes and edges pass the filter. Edge-level filters run first, then the ego network is
 * taken on what remains, so `--relations SIGNED --country MA` is Morocco's signing partners.
 * When an edge filter (relations, dates) or the ego network is active, nodes left without any
 * edge are dropped: the result is the relationship dataset asked for, not every entity.
 */
export function selectSubgraph(graph: KnowledgeGraph, filter: GraphFilter): Selection {
  const nodeTypes = filter.types ? new Set<string>(filter.types) : undefined;
  const relationTypes = filter.relations ? new Set<string>(filter.relations) : undefined;
  const min = filter.minConfidence;
  const centre = filter.country ? `country:${filter.country}` : undefined;
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    // The ego centre escapes node filters: `--country MA --types Person` means the people around MA.
    if (node === centre) {
      nodes.add(node);
      return;
    }
    if (nodeTypes && !nodeTypes.has(attrs.type)) return;
    if (min !== undefined && !(attrs.confidence >= min)) return;
    nodes.add(node);
  });
  const edges = new Set<string>();
  const since = filter.since ? dateStart(filter.since) : undefined;
  const until = filter.until ? dateEnd(filter.until) : undefined;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (relationTypes && !relationTypes.has(attrs.type)) return;
    if (min !== undefined && !(attrs.confidence >= min)) return;
    if (since !== undefined || until !== undefined) {
      // An undated relation cannot be placed in a period, so a date filter drops it.
      if (!attrs.date || !PARTIAL_DATE.test(attrs.date)) return;
      // Overlap test: a month-precision date "2024-05" matches --since 2024-05-20.
      if (since !== undefined && dateEnd(attrs.date) < since) return;
      if (until !== undefined && dateStart(attrs.date) > until) return;
    }
    edges.add(edge);
  });
  const edgeFiltered = relationTypes !== undefined || since !== undefined || until !== undefined;
  let selection: Selection = { nodes, edges };
  if (edgeFiltered) selection = { nodes: endpointsOf(graph, edges), edges };
  if (centre) selection = egoNetwork(graph, selection, centre);
  return selection;
}

/** A new graph holding only the selected nodes and edges (attributes are shallow copies). */
export function filterGraph(graph: KnowledgeGraph, filter: GraphFilter): KnowledgeGraph {
  if (isEmptyFilter(filter)) return graph;
  const { nodes, edges } = selectSubgraph(graph, filter);
  const out = createKnowledgeGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  // Keep the input order so exports are stable from one run to the next.
  graph.forEachNode((node, attrs) => {
    if (nodes.has(node)) out.addNode(node, { ...attrs });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (edges.has(edge)) out.addEdgeWithKey(edge, source, target, { ...attrs });
  });
  return out;
}

/** The centre, its neighbours through selected edges, and the selected edges among them. */
function egoNetwork(graph: KnowledgeGraph, selection: Selection, centre: string): Selection {
  if (!graph.hasNode(centre)) {
    throw new TafahumError('E_NOT_FOUND', `--country: no node ${centre} in the graph`, 'Check the ISO code; `tafahum explain` lists entities.');
  }
  const members = new Set<string>([centre]);
  if (selection.nodes.has(centre)) {
    for (const edge of selection.edges) {
      const source = graph.source(edge);
      const target = graph.target(edge);
      if (source === centre) members.add(target);
      else if (target === centre) members.add(source);
    }
  }
  const edges = new Set<string>();
  for (const edge of selection.edges) {
    if (members.has(graph.source(edge)) && members.has(graph.target(edge))) edges.add(edge);
  }
  return { nodes: members, edges };
}

function endpointsOf(graph: KnowledgeGraph, edges: Set<string>): Set<string> {
  const nodes = new Set<string>();
  for (const edge of edges) {
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return nodes;
}

/** First day covered by a partial date, as a sortable string. */
export function dateStart(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** Last day covered by a partial date; "31" for any month is enough for string comparison. */
export function dateEnd(date: string): string {
  const [year, month = '12', day = '31'] = date.split('-');
  return `${year}-${month}-${day}`;
}

function parseDate(value: string, option: string): string {
  const trimmed = value.trim();
  if (!PARTIAL_DATE.test(trimmed)) {
    throw new TafahumError('E_USAGE', `${option} expects a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  }
  return trimmed;
}

function parseList<T extends string>(
  value: string,
  option: string,
  allowed: readonly T[],
  normalise: (item: string) => string,
  guard: (item: string) => boolean,
): T[] {
  const items = value
    .split(',')
    .map((item) => normalise(item.trim()))
    .filter((item) => item !== '');
  if (items.length === 0) throw new TafahumError('E_USAGE', `${option} needs at least one value (${allowed.join(', ')})`);
  for (const item of items) {
    if (!guard(item)) throw new TafahumError('E_USAGE', `${option}: unknown value "${item}"; expected one of ${allowed.join(', ')}`);
  }
  return [...new Set(items)] as T[];
}

/** "country" → "Country", "ORGANIZATION" → "Organization": types are matched case-insensitively. */
function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1).toLowerCase();
}
