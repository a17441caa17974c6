// A second, non-JavaScript reader for the XML exports: networkx (when python3 has it) must load
// the GEXF and GraphML files as directed multigraphs with the same counts and evidence text.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../../graph/exports/index.js';
import type { KnowledgeGraph } from '../../../graph/io.js';
import { loadFixture, tempDir } from './fixture.js';

const run = promisify(execFile);
const READER = `
import json, sys, networkx as nx
out = {}
for kind, path in (("gexf", sys.argv[1]), ("graphml", sys.argv[2])):
    g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
    edge = g.edges["country:MA", "country:SA", "MET|country:MA|country:SA"]
    out[kind] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
                 "evidence": edge["first_evidence"], "name": g.nodes["person:karim-a"]["name"]}
print(json.dumps(out))
`;

let graph: KnowledgeGraph;
let dir: Awaited<ReturnType<typeof tempDir>>;
let networkx = false;

beforeAll(async () => {
  graph = await loadFixture();
  dir = await tempDir('networkx');
  networkx = await run('python3', ['-c', 'import networkx']).then(() => true, () => false);
});
afterAll(() => dir.remove());

describe('networkx reads the XML exports', () => {
  it('loads gexf and graphml with the same nodes, edges and evidence', async (ctx) => {
    if (!networkx) {
      console.warn('skipped: python3 with networkx is not available');
      ctx.skip();
    }
    const gexf = join(dir.path, 'graph.gexf');
    const graphml = join(dir.path, 'graph.graphml');
    await exportGraph(graph, {}, { format: 'gexf', out: gexf });
    await exportGraph(graph, {}, { format: 'graphml', out: graphml });
    const { stdout } = await run('python3', ['-c', READER, gexf, graphml]);
    const result = JSON.parse(stdout) as Record<string, { nodes: number; edges: number; directed: boolean; evidence: string; name: string }>;
    const evidence = graph.getEdgeAttributes('MET|country:MA|country:SA').evidence[0]!.text;
    for (const kind of ['gexf', 'graphml']) {
      expect(result[kind]).toEqual({ nodes: graph.order, edges: graph.size, directed: true, evidence, name: 'Karim "Le Sage" Alaoui' });
    }
  });
});
