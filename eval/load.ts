// Reading the files eval needs: gold JSONL, extractions.jsonl and graph.json (I/O edge of eval).
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TafahumError } from '../model/errors.js';
import type { DocumentExtraction } from '../model/types.js';
import type { SerializedGraph } from '../graph/types.js';
import type { GoldDocument } from './types.js';

export async function readGold(path: string): Promise<GoldDocument[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new TafahumError('E_INPUT', `cannot read gold file ${path}`);
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      try {
        const d = JSON.parse(line) as GoldDocument;
        if (typeof d.doc !== 'string' || !Array.isArray(d.entities)) throw new Error('shape');
        return { doc: d.doc, entities: d.entities, relations: d.relations ?? [] };
      } catch {
        throw new TafahumError('E_FORMAT', `${path}:${i + 1} is not a gold line ({"doc", "entities", "relations"})`);
      }
    });
}

export async function readExtractions(outDir: string): Promise<Map<string, DocumentExtraction>> {
  const path = join(outDir, 'extractions.jsonl');
  const byDoc = new Map<string, DocumentExtraction>();
  try {
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      try {
        const x = JSON.parse(line) as DocumentExtraction;
        byDoc.set(x.doc.id, x);
      } catch {
        throw new TafahumError('E_FORMAT', `${path}:${n} is not valid JSON`);
      }
    }
  } catch (error) {
    if (error instanceof TafahumError) throw error;
    throw new TafahumError('E_INPUT', `cannot read ${path}`, 'Run `tafahum build <inputs> --out <dir>` first.');
  }
  return byDoc;
}

export async function readSerializedGraph(outDir: string): Promise<SerializedGraph> {
  const path = join(outDir, 'graph.json');
  try {
    return JSON.parse(await readFile(path, 'utf8')) as SerializedGraph;
  } catch {
    throw new TafahumError('E_INPUT', `cannot read ${path}`, 'Run `tafahum build <inputs> --out <dir>` first.');
  }
}
