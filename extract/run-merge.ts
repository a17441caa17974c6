// Pass 2 of a build (and all of `tafahum merge`): resolve entities across documents and scripts, then
// rewrite every document with the final ids into extractions.jsonl and merge them into graph.json.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { DocumentExtraction } from '../model/types.js';
import { GraphAccumulator } from '../graph/build.js';
import { writeGraphFile } from '../graph/io.js';
import { resolveAcrossDocuments, type EntityRecord } from './resolve/global.js';
import { applyRemap } from './resolve/remap.js';
import { byteLines } from './ingest/lines.js';
import { entityLexicon } from './lexicons/entities.js';
import { defaultOfficeHolders } from './resolve/office-holders.js';
import { defaultCaptionResources } from './translit/load.js';

export interface MergeCounts {
  entities: number;
  relations: number;
  nodes: number;
  edges: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
}

/**
 * Loads what the merge reads (lexicons, office holders, transliteration) ahead of time: a build calls it
 * while workers extract, so that a main thread otherwise waiting does this work off the critical path.
 */
export function warmMergeResources(): void {
  entityLexicon();
  defaultOfficeHolders();
  defaultCaptionResources();
}

/**
 * Reads a partial file (`seq \t entities \t extraction` lines) and writes extractions.jsonl and graph.json into `dir`,
 * with the curation decisions of `curationDir` (the output directory the files will be moved to) applied.
 */
export async function mergeDocuments(partialPath: string, dir: string, records: Map<string, EntityRecord>, curationDir = dir): Promise<MergeCounts> {
  const resolution = resolveAcrossDocuments(records.values());
  const canonicalNames = canonicalNameById(records, resolution.remap);
  const accumulator = new GraphAccumulator();
  const out = createWriteStream(join(dir, 'extractions.jsonl'));
  const counts = { entities: 0, relations: 0, entitiesByType: {} as Record<string, number>, relationsByType: {} as Record<string, number> };
  for await (const line of byteLines(createReadStream(partialPath, { highWaterMark: READ_CHUNK }), Infinity)) {
    if (!('bytes' in line) || line.bytes.length === 0) continue;
    const json = partialExtractionBytes(line.bytes);
    const parsed = JSON.parse(json.toString('utf8')) as DocumentExtraction;
    const extraction = applyRemap(parsed, resolution, canonicalNames);
    counts.entities += extraction.entities.length;
    counts.relations += extraction.relations.length;
    for (const e of extraction.entities) counts.entitiesByType[e.type] = (counts.entitiesByType[e.type] ?? 0) + 1;
    for (const r of extraction.relations) counts.relationsByType[r.type] = (counts.relationsByType[r.type] ?? 0) + 1;
    accumulator.add(extraction);
    // Unchanged by the resolution: the worker's bytes are written as they are, not serialised again.
    const bytes = extraction === parsed ? Buffer.concat([json, NEWLINE]) : JSON.stringify(extraction) + '\n';
    if (!out.write(bytes)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  await writeGraphFile(dir, accumulator.graph, curationDir);
  return { ...counts, nodes: accumulator.graph.order, edges: accumulator.graph.size };
}

/** The fields of a partial line; JSON never holds a raw tab, so the first two tabs split it. */
export function partialFields(line: string): { seq: number; entities: string; extraction: string } {
  const a = line.indexOf('\t');
  const b = line.indexOf('\t', a + 1);
  return { seq: Number(line.slice(0, a)), entities: line.slice(a + 1, b), extraction: line.slice(b + 1) };
}

/** The extraction field of a partial line, as bytes (UTF-8 never holds 0x09 inside a multi-byte character). */
const partialExtractionBytes = (line: Buffer) => line.subarray(line.indexOf(0x09, line.indexOf(0x09) + 1) + 1);
const NEWLINE = Buffer.from('\n');
/** Partial lines are long (a 2 MB document gives 16 MB of JSON): large reads, fewer chunks to join. */
const READ_CHUNK = 1 << 20;

/** After merging, every document names a node the same way: the longest Latin-script name of its records. */
function canonicalNameById(records: Map<string, EntityRecord>, remap: Map<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records.values()) {
    const id = remap.get(r.id) ?? r.id;
    const current = names.get(id);
    if (!current || better(r.name, current)) names.set(id, r.name);
  }
  return names;
}

function better(candidate: string, current: string): boolean {
  const latin = (s: string) => !/[\u0600-\u06FF]/.test(s);
  if (latin(candidate) !== latin(current)) return latin(candidate);
  return candidate.length > current.length || (candidate.length === current.length && candidate < current);
}
