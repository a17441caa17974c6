// The viewer's payload (view.json): the same graph as graph.json once decoded, in far fewer bytes, evidence
// left to /api/evidence.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { encodeViewGraph } from '../../viewer/server/view-payload.js';
import { decodeViewPayload } from '../../viewer/src/data/view-decode.js';
import { deriveFacts } from '../../viewer/src/data/load.js';
import type { ViewerGraph } from '../../viewer/src/types.js';
import { fixtureGraph, SIGNED_EDGE } from './fixture.js';
import { syntheticGraph } from './synthetic.js';

describe('view payload', () => {
  it('decodes to graph.json without its evidence: same nodes, relations, keys, ends and attributes', () => {
    const serialized = fixtureGraph();
    // A relation whose key is not TYPE|source|target keeps it.
    const last = serialized.edges.length - 1;
    expect(serialized.edges[last]!.key).not.toBe(SIGNED_EDGE);
    serialized.edges[last] = { ...serialized.edges[last]!, key: 'custom-key' };
    const { payload, evidence } = encodeViewGraph(serialized);
    const decoded = decodeViewPayload(JSON.parse(JSON.stringify(payload)));
    const original: ViewerGraph = new MultiDirectedGraph();
    original.import(serialized as never);
    expect(decoded.order).toBe(original.order);
    expect(decoded.size).toBe(original.size);
    original.forEachNode((node, attributes) => expect(decoded.getNodeAttributes(node)).toEqual(attributes));
    original.forEachEdge((edge, attributes, source, target) => {
      expect(decoded.extremities(edge)).toEqual([source, target]);
      const { evidence: sentences, ...rest } = attributes;
      expect(decoded.getEdgeAttributes(edge)).toEqual(rest);
      expect(evidence.get(edge)).toEqual(sentences);
    });
    expect(decoded.hasEdge('custom-key')).toBe(true);
    expect(evidence.get(SIGNED_EDGE)?.[0]?.text).toBeTruthy();
    expect(decoded.getAttributes()).toEqual(original.getAttributes());
  });

  it('is under a third of graph.json (2,000 nodes / 10,000 relations), with the same degrees and neighbours', () => {
    const serialized = syntheticGraph(2_000, 10_000);
    const { payload } = encodeViewGraph(serialized);
    expect(JSON.stringify(payload).length).toBeLessThan(JSON.stringify(serialized).length / 3);
    const original: ViewerGraph = new MultiDirectedGraph();
    original.import(serialized as never);
    const decoded = decodeViewPayload(payload);
    const degrees = deriveFacts(decoded).degree;
    original.forEachNode((node) => expect(degrees.get(node)).toBe(original.degree(node)));
    expect(decoded.neighbors('n5').sort()).toEqual(original.neighbors('n5').sort());
  });
});
