// Layout positions for the viewer: ForceAtlas2 then noverlap, computed in Node before serving.
// Pure: works on a structural copy, so the knowledge graph is never touched; same graph → same positions.
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';

// These CommonJS packages export a function as module.exports; with NodeNext typings the default
// import looks like a namespace holding `default`, so take whichever is callable.
function interopDefault<T>(module: { default: T }): T {
  return (module as unknown as { default?: T }).default ?? (module as unknown as T);
}
const forceAtlas2 = interopDefault(forceAtlas2Module);
const noverlap = interopDefault(noverlapModule);

/** Changes whenever the algorithm or its settings change, so cached layouts are recomputed. */
export const LAYOUT_VERSION = 2;

export type LayoutPositions = Record<string, { x: number; y: number }>;

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer for bigger graphs so serving stays quick. */
  iterations?: number;
}

/** Radius of a node drawn for a given degree, shared with the viewer so noverlap and drawing agree. */
export function nodeSizeForDegree(degree: number): number {
  return 5 + Math.min(17, 3 * Math.sqrt(degree));
}

/** Room a node needs on screen: its disc plus part of its label, drawn to its right (~7 px a character). */
function footprint(degree: number, label: unknown): number {
  // The viewer cuts labels at 28 characters (MAX_LABEL_CHARS in viewer/src/appearance/reducers.ts).
  const chars = typeof label === 'string' ? Math.min(label.length, 28) : 0;
  return nodeSizeForDegree(degree) + chars * 3.5;
}

/** Deterministic pseudo-random number in [0, 1) from a string (FNV-1a), so layouts are reproducible. */
function hashUnit(key: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % 100_000) / 100_000;
}

function defaultIterations(order: number): number {
  if (order <= 500) return 600;
  if (order <= 5_000) return 200;
  return 60;
}

export function computeLayout(graph: AbstractGraph, options: LayoutOptions = {}): LayoutPositions {
  // An undirected simple copy: direction and parallel edges only add attraction noise to the layout.
  const copy = new UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>();
  const keys = graph.nodes();
  const radius = Math.sqrt(keys.length) * 10;
  keys.forEach((key) => {
    const angle = hashUnit(key, 1) * Math.PI * 2;
    const r = radius * Math.sqrt(hashUnit(key, 2));
    copy.addNode(key, { x: r * Math.cos(angle), y: r * Math.sin(angle), size: 1 });
  });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target) return;
    const existing = copy.edge(source, target);
    if (existing === undefined) copy.addEdge(source, target, { weight: 1 });
    else copy.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + 1);
  });
  if (copy.order === 0) return {};

  const settings = forceAtlas2.inferSettings(copy);
  forceAtlas2.assign(copy, {
    iterations: options.iterations ?? defaultIterations(copy.order),
    getEdgeWeight: 'weight',
    // outboundAttractionDistribution pushes hubs (countries) apart so their neighbours get room.
    settings: { ...settings, barnesHutOptimize: copy.order > 1_000, outboundAttractionDistribution: true, scalingRatio: (settings.scalingRatio ?? 1) * 3 },
  });

  // Node sizes are screen pixels in the viewer; express them in graph units of a ~700 px wide view.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  copy.forEachNode((_key, attrs) => {
    minX = Math.min(minX, attrs.x);
    maxX = Math.max(maxX, attrs.x);
    minY = Math.min(minY, attrs.y);
    maxY = Math.max(maxY, attrs.y);
  });
  const unit = Math.max(maxX - minX, maxY - minY, 1) / 700;
  copy.forEachNode((key) => copy.setNodeAttribute(key, 'size', footprint(copy.degree(key), graph.getNodeAttribute(key, 'name')) * unit));
  if (copy.order <= 5_000) {
    noverlap.assign(copy, { maxIterations: 200, settings: { margin: 4 * unit, ratio: 1.1 } });
  }

  const positions: LayoutPositions = {};
  copy.forEachNode((key, attrs) => {
    positions[key] = { x: round(attrs.x), y: round(attrs.y) };
  });
  return positions;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** True when every node already carries finite x and y (a layout stored in graph.json). */
export function hasLayout(graph: AbstractGraph): boolean {
  if (graph.order === 0) return false;
  return graph.everyNode((_key, attrs) => Number.isFinite(attrs.x) && Number.isFinite(attrs.y));
}
