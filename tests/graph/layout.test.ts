// graph/layout.ts: every node gets a finite position, deterministically, without touching the input graph.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeLayout, hasLayout, nodeSizeForDegree } from '../../graph/layout.js';

function sampleGraph(): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < 30; i++) graph.addNode(`n${i}`, { name: `Node ${i}` });
  for (let i = 1; i < 30; i++) graph.addEdge(`n${i % 5}`, `n${i}`);
  graph.addEdge('n1', 'n2');
  graph.addEdge('n2', 'n1'); // parallel edge in the other direction
  return graph;
}

describe('computeLayout', () => {
  it('positions every node with finite coordinates', () => {
    const positions = computeLayout(sampleGraph());
    expect(Object.keys(positions)).toHaveLength(30);
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('is deterministic and leaves the input graph untouched', () => {
    const graph = sampleGraph();
    const first = computeLayout(graph);
    expect(computeLayout(graph)).toEqual(first);
    expect(graph.getNodeAttributes('n0')).toEqual({ name: 'Node 0' });
    expect(hasLayout(graph)).toBe(false);
  });

  it('keeps nodes apart', () => {
    const positions = Object.values(computeLayout(sampleGraph()));
    let closest = Infinity;
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const a = positions[i]!;
        const b = positions[j]!;
        closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      }
    }
    expect(closest).toBeGreaterThan(0);
  });

  it('handles an empty graph and isolated nodes', () => {
    expect(computeLayout(new MultiDirectedGraph())).toEqual({});
    const lonely = new MultiDirectedGraph();
    lonely.addNode('a');
    lonely.addNode('b');
    expect(Object.keys(computeLayout(lonely))).toEqual(['a', 'b']);
  });

  it('grows node size with degree, within bounds', () => {
    expect(nodeSizeForDegree(0)).toBeLessThan(nodeSizeForDegree(10));
    expect(nodeSizeForDegree(10_000)).toBeLessThanOrEqual(22);
  });
});
