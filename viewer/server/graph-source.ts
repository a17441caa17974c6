// Loads the graph to serve and gives every node a position: stored in graph.json, cached in
// <out-dir>/layout.json, or computed now with graph/layout.ts and cached for the next run.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { graphPath, readGraphFile, type KnowledgeGraph } from '../../graph/io.js';
import { LAYOUT_VERSION, computeLayout, hasLayout, type LayoutPositions } from '../../graph/layout.js';
import type { Log } from './types.js';

interface LayoutCache {
  version: number;
  /** Hash of the graph structure the positions were computed for. */
  graphHash: string;
  positions: LayoutPositions;
}

/** Hash of node keys and edge endpoints: a new build with the same structure keeps its layout. */
export function structureHash(graph: KnowledgeGraph): string {
  const hash = createHash('sha256');
  graph.forEachNode((key) => hash.update(`n${key}\n`));
  graph.forEachEdge((_edge, _attrs, source, target) => hash.update(`e${source}\t${target}\n`));
  return hash.digest('hex').slice(0, 32);
}

export function applyPositions(graph: KnowledgeGraph, positions: LayoutPositions): void {
  graph.forEachNode((key) => {
    const position = positions[key];
    if (position) graph.mergeNodeAttributes(key, position);
  });
}

/**
 * Adds positions to `graph` (the server's own copy, serialised for the browser), reading or
 * writing the cache in `cacheDir` when given. A cache that cannot be written only costs time.
 */
export async function ensurePositions(graph: KnowledgeGraph, cacheDir: string | undefined, log: Log): Promise<void> {
  if (hasLayout(graph)) return;
  const graphHash = structureHash(graph);
  const cachePath = cacheDir ? join(cacheDir, 'layout.json') : undefined;
  if (cachePath) {
    try {
      const cache = JSON.parse(await readFile(cachePath, 'utf8')) as LayoutCache;
      if (cache.version === LAYOUT_VERSION && cache.graphHash === graphHash) {
        applyPositions(graph, cache.positions);
        if (hasLayout(graph)) return;
      }
    } catch {
      // No cache yet, or an unreadable one: compute below.
    }
  }
  const started = Date.now();
  log(`Computing the layout of ${graph.order} nodes and ${graph.size} edges …`);
  const positions = computeLayout(graph);
  applyPositions(graph, positions);
  log(`Layout ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (cachePath) {
    const cache: LayoutCache = { version: LAYOUT_VERSION, graphHash, positions };
    try {
      await writeFile(cachePath, JSON.stringify(cache));
    } catch {
      log(`(could not cache the layout in ${cachePath}; it will be computed again next time)`);
    }
  }
}

/** graph.json of an out dir, with positions, as the JSON text the server sends. */
export async function loadGraphFromOutDir(outDir: string, log: Log): Promise<string> {
  const graph = await readGraphFile(outDir);
  await ensurePositions(graph, dirname(graphPath(outDir)), log);
  return JSON.stringify(graph.export());
}
