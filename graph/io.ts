// Reading and writing graph.json (the graphology serialisation described in graph/types.ts).
// The file is written one node or edge per line — still the same JSON document — so it can be
// written without building one huge string, and read back as a stream (readGraphLines).
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
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
  const path = graphPath(outDir);
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', (error) => reject(new TafahumError('E_OUTPUT', `cannot write ${path}: ${error.message}`))));
  failed.catch(() => undefined);
  const write = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  await write(`{"attributes":${JSON.stringify(graph.getAttributes())},"options":${JSON.stringify(options)},"nodes":[\n`);
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    await write(`${first ? '' : ',\n'}${JSON.stringify({ key: node, attributes })}`);
    first = false;
  }
  await write(`${first ? '' : '\n'}],"edges":[\n`);
  first = true;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    await write(`${first ? '' : ',\n'}${JSON.stringify({ key: edge, source, target, attributes })}`);
    first = false;
  }
  await write(`${first ? '' : '\n'}]}\n`);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}

export type GraphLine =
  | { kind: 'attributes'; attributes: GraphAttributes }
  | { kind: 'node'; key: string; attributes: NodeAttributes }
  | { kind: 'edge'; key: string; source: string; target: string; attributes: EdgeAttributes };

/**
 * graph.json as a stream of its parts, one line at a time: memory holds one node or edge, not
 * the graph. A file in another layout (written by older versions on one line) is read whole.
 * The file is read as written (curation was applied when it was written).
 */
export async function* readGraphLines(outDirOrFile: string): AsyncGenerator<GraphLine> {
  const path = graphPath(outDirOrFile);
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let section: 'header' | 'nodes' | 'edges' | 'end' = 'header';
  try {
    for await (const raw of lines) {
      if (section === 'header') {
        if (!raw.endsWith(',"nodes":[')) {
          lines.close();
          yield* wholeGraph(await readGraphFile(path));
          return;
        }
        const header = JSON.parse(`${raw.slice(0, -',"nodes":['.length)}}`) as { attributes: GraphAttributes };
        yield { kind: 'attributes', attributes: header.attributes };
        section = 'nodes';
        continue;
      }
      if (raw === '],"edges":[') {
        section = 'edges';
        continue;
      }
      if (raw === ']}') {
        section = 'end';
        continue;
      }
      if (!raw) continue;
      const item = JSON.parse(raw.endsWith(',') ? raw.slice(0, -1) : raw) as { key: string; source?: string; target?: string; attributes: never };
      if (section === 'nodes') yield { kind: 'node', key: item.key, attributes: item.attributes };
      else yield { kind: 'edge', key: item.key, source: item.source!, target: item.target!, attributes: item.attributes };
    }
  } catch (error) {
    if (error instanceof TafahumError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') throw new TafahumError('E_INPUT', `cannot read ${path}`, 'Run `tafahum build <inputs> --out <dir>` first.');
    throw new TafahumError('E_FORMAT', `${path} is not valid graph JSON: ${(error as Error).message}`);
  }
  if (section !== 'end') throw new TafahumError('E_FORMAT', `${path} ends early (a build interrupted while writing it?)`);
}

function* wholeGraph(graph: KnowledgeGraph): Generator<GraphLine> {
  yield { kind: 'attributes', attributes: graph.getAttributes() };
  for (const { node, attributes } of graph.nodeEntries()) yield { kind: 'node', key: node, attributes };
  for (const { edge, source, target, attributes } of graph.edgeEntries()) yield { kind: 'edge', key: edge, source, target, attributes };
}
