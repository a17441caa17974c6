// Reading and writing graph.json (the graphology serialisation described in graph/types.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { TafahumError } from '../model/errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, SerializedGraph } from './types.js';
import { applyCuration, readCuration } from './curation.js';

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Path of graph.json inside an output directory (or the path itself when it names a .json file). */
export function graphPath(outDirOrFile: string): string {
  return outDirOrFile.endsWith('.json') ? outDirOrFile : join(outDirOrFile, 'graph.json');
}

export async function readGraphFile(outDirOrFile: string): Promise<KnowledgeGraph> {
  const path = graphPath(outDirOrFile);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new TafahumError('E_INPUT', `cannot read ${path}`, 'Run `tafahum build <inputs> --out <dir>` first.');
  }
  let data: SerializedGraph;
  try {
    data = JSON.parse(text) as SerializedGraph;
  } catch {
    throw new TafahumError('E_FORMAT', `${path} is not valid JSON`);
  }
  const graph = createKnowledgeGraph();
  graph.import(data as never);
  // The reader's corrections (curation.jsonl beside graph.json) hold for every consumer.
  applyCuration(graph, await readCuration(dirname(path)));
  return graph;
}

/** Writes graph.json with the curation decisions of `curationDir` applied (a build stages into a temporary folder). */
export async function writeGraphFile(outDir: string, graph: KnowledgeGraph, curationDir = dirname(graphPath(outDir))): Promise<void> {
  applyCuration(graph, await readCuration(curationDir));
  await writeFile(graphPath(outDir), JSON.stringify(graph.export()));
}
