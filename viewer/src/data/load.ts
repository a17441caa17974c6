// Fetches the graph from the server (view.json, see view-format.ts), builds it in graphology and derives the
// facts the view needs.
import { MultiDirectedGraph } from 'graphology';
import { monthRange } from './dates.js';
import { decodeViewPayload, isViewPayload } from './view-decode.js';
import type { EdgeAttributes, EdgeEvidence, GraphFacts, NodeAttributes, ViewerGraph } from '../types.js';

/** The graph of the server's view payload (or of a plain graph.json); `fetched` is called once it is parsed (a timing for the benchmark). */
export async function fetchGraph(url = './view.json', fetched: () => void = () => {}): Promise<ViewerGraph> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`could not load the graph (${response.status})`);
  const data: unknown = await response.json();
  fetched();
  let graph: ViewerGraph;
  if (isViewPayload(data)) graph = decodeViewPayload(data);
  else {
    graph = new MultiDirectedGraph();
    graph.import(data as never);
  }
  sanitizeGraph(graph);
  return graph;
}

/** Evidence entries as the page can show them: text and document as strings, offsets as numbers. */
export function sanitizeEvidence(value: unknown): EdgeEvidence[] {
  return (Array.isArray(value) ? (value as Array<Partial<EdgeEvidence> | null>) : [])
    .filter((e): e is Partial<EdgeEvidence> & { text: string } => Boolean(e) && typeof e!.text === 'string')
    .map((e) => ({ doc: typeof e.doc === 'string' ? e.doc : '', start: Number(e.start) || 0, end: Number(e.end) || 0, text: e.text }));
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function nodeIsWellFormed(a: NodeAttributes): boolean {
  return (
    typeof a.name === 'string' && a.name.length > 0 && typeof a.type === 'string' &&
    Array.isArray(a.aliases) && a.aliases.every((v) => typeof v === 'string') &&
    Array.isArray(a.docs) && Number.isFinite(a.confidence) && Number.isFinite(a.x) && Number.isFinite(a.y) &&
    (a.titles === undefined || (Array.isArray(a.titles) && a.titles.every((v) => typeof v === 'string'))) &&
    (a.mergeReasons === undefined || (Array.isArray(a.mergeReasons) && a.mergeReasons.every((v) => typeof v === 'string')))
  );
}

function edgeIsWellFormed(a: EdgeAttributes): boolean {
  return (
    typeof a.type === 'string' && Array.isArray(a.docs) && (a.date === undefined || typeof a.date === 'string') &&
    Number.isFinite(a.confidence) && Number.isFinite(a.weight) &&
    // Evidence comes with the relation only from a plain graph.json (the view payload serves it on demand).
    (a.evidence === undefined || (Array.isArray(a.evidence) && a.evidence.every((e) => e && typeof e.text === 'string' && typeof e.doc === 'string')))
  );
}

/**
 * Makes a loaded graph safe to draw whatever the file held: names are strings, lists are lists of
 * strings, evidence entries have text, every node has a finite position (a circle when missing).
 */
export function sanitizeGraph(graph: ViewerGraph): void {
  const order = graph.order;
  let index = 0;
  graph.updateEachNodeAttributes((node, attrs) => {
    const angle = (2 * Math.PI * index++) / Math.max(order, 1);
    // Well-formed nodes (the usual case) are kept as they are: no copy for 20,000 nodes.
    if (nodeIsWellFormed(attrs)) return attrs;
    return {
      ...attrs,
      name: typeof attrs.name === 'string' && attrs.name ? attrs.name : node,
      type: typeof attrs.type === 'string' ? attrs.type : ('Organization' as never),
      aliases: strings(attrs.aliases),
      docs: strings(attrs.docs),
      titles: attrs.titles === undefined ? undefined : strings(attrs.titles),
      mergeReasons: attrs.mergeReasons === undefined ? undefined : strings(attrs.mergeReasons),
      confidence: Number.isFinite(attrs.confidence) ? attrs.confidence : 1,
      x: Number.isFinite(attrs.x) ? attrs.x : Math.cos(angle) * 100,
      y: Number.isFinite(attrs.y) ? attrs.y : Math.sin(angle) * 100,
    };
  });
  graph.updateEachEdgeAttributes((_edge, attrs) => edgeIsWellFormed(attrs) ? attrs : ({
    ...attrs,
    type: typeof attrs.type === 'string' ? attrs.type : ('PARTNERED' as never),
    docs: strings(attrs.docs),
    evidence: attrs.evidence === undefined ? undefined : sanitizeEvidence(attrs.evidence),
    date: typeof attrs.date === 'string' ? attrs.date : undefined,
    confidence: Number.isFinite(attrs.confidence) ? attrs.confidence : 1,
    weight: Number.isFinite(attrs.weight) ? attrs.weight : 1,
  }));
  const documents = graph.getAttribute('documents');
  if (!documents || typeof documents !== 'object') graph.setAttribute('documents', {});
}

export function deriveFacts(graph: ViewerGraph): GraphFacts {
  // Degrees counted along the one pass over the relations (graph.degree walks each node's adjacency objects).
  const degree = new Map<string, number>();
  const nodes: string[] = [];
  const position = new Map<string, number>();
  graph.forEachNode((node) => {
    degree.set(node, 0);
    position.set(node, nodes.length);
    nodes.push(node);
  });
  const edgeMonths = new Map<string, [number, number]>();
  const ranges = new Map<string, [number, number] | undefined>();
  const edges: GraphFacts['edges'] = [];
  let minMonth: number | undefined;
  let maxMonth: number | undefined;
  graph.forEachEdge((edge, attrs, source, target) => {
    edges.push({ key: edge, source, target, attrs, from: position.get(source)!, to: position.get(target)! });
    degree.set(source, degree.get(source)! + 1);
    degree.set(target, degree.get(target)! + 1);
    // Relations share few dates: each is parsed once (the ranges are only read).
    let range = attrs.date === undefined ? undefined : ranges.get(attrs.date);
    if (range === undefined && attrs.date !== undefined && !ranges.has(attrs.date)) ranges.set(attrs.date, (range = monthRange(attrs.date)));
    if (!range) return;
    edgeMonths.set(edge, range);
    minMonth = minMonth === undefined ? range[0] : Math.min(minMonth, range[0]);
    maxMonth = maxMonth === undefined ? range[1] : Math.max(maxMonth, range[1]);
  });
  return { nodes, position, edges, degree, edgeMonths, minMonth, maxMonth };
}
