// `tafahum merge`: shard outputs (build --shard i/n) combined into the graph a single build of the same
// inputs gives: documents back in input order (k-way merge on their sequence numbers), then the same
// resolution and merge as a build. Memory holds the entity table, not the documents.
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SkippedInput } from '../model/types.js';
import { TafahumError } from '../model/errors.js';
import type { IngestNote } from './ingest/index.js';
import { SHARD_FILE, SHARD_INFO, type BuildSummary, type Shard } from './run.js';
import { remember } from './run-extract.js';
import { mergeDocuments, partialFields } from './run-merge.js';
import type { EntityRecord } from './resolve/global.js';
import type { EntityRef } from './worker-task.js';

interface ShardInfo {
  shard: Shard;
  fingerprint: string;
  files: number;
  documents: number;
  skipped: SkippedInput[];
  notes: IngestNote[];
}

export async function runMerge(shardDirs: string[], outDir: string): Promise<BuildSummary> {
  const started = performance.now();
  const infos = await Promise.all(shardDirs.map(readShardInfo));
  checkComplete(infos, shardDirs);
  await mkdir(outDir, { recursive: true });
  const stage = await mkdtemp(join(outDir, '.merge-'));
  const onSignal = () => {
    rmSync(stage, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  try {
    const partialPath = join(stage, 'partial.jsonl');
    const records = await interleave(shardDirs.map((d) => join(d, SHARD_FILE)), partialPath);
    const counts = await mergeDocuments(partialPath, stage, records, outDir);
    const outputs = { extractions: join(outDir, 'extractions.jsonl'), graph: join(outDir, 'graph.json') };
    await rename(join(stage, 'extractions.jsonl'), outputs.extractions);
    await rename(join(stage, 'graph.json'), outputs.graph);
    return {
      files: infos[0]!.files,
      documents: infos.reduce((n, i) => n + i.documents, 0),
      // Every shard read every file: reasons about inputs repeat, those about its own documents do not.
      skipped: unique(infos.flatMap((i) => i.skipped), (s) => `${s.source}\0${s.reason}`),
      notes: unique(infos.flatMap((i) => i.notes), (n) => `${n.source}\0${n.note}`),
      ...counts,
      seconds: (performance.now() - started) / 1000,
      outputs,
      written: true,
    };
  } finally {
    process.off('SIGINT', onSignal);
    await rm(stage, { recursive: true, force: true });
  }
}

async function readShardInfo(dir: string): Promise<ShardInfo> {
  try {
    return JSON.parse(await readFile(join(dir, SHARD_INFO), 'utf8')) as ShardInfo;
  } catch {
    throw new TafahumError('E_INPUT', `${dir} is not a shard output (no readable ${SHARD_INFO})`, 'Build shards with `tafahum build --shard i/n`.');
  }
}

/** Every share exactly once, all built by the same extractor. */
function checkComplete(infos: ShardInfo[], dirs: string[]): void {
  const count = infos[0]!.shard.count;
  const seen = new Map<number, string>();
  infos.forEach((info, i) => {
    if (info.shard.count !== count) throw new TafahumError('E_INPUT', `${dirs[i]} is shard ${info.shard.index + 1}/${info.shard.count}, the others are of ${count}`);
    if (info.fingerprint !== infos[0]!.fingerprint) throw new TafahumError('E_INPUT', `${dirs[i]} was built by another version of the extractor than ${dirs[0]}`, 'Rebuild every shard with the same version.');
    const twice = seen.get(info.shard.index);
    if (twice) throw new TafahumError('E_INPUT', `${dirs[i]} and ${twice} are both shard ${info.shard.index + 1}/${count}`);
    seen.set(info.shard.index, dirs[i]!);
  });
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) throw new TafahumError('E_INPUT', `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i + 1}/${count}`).join(', ')}`);
}

/** Writes the shards' lines in global input order and collects the entity table in that same order. */
async function interleave(files: string[], partialPath: string): Promise<Map<string, EntityRecord>> {
  const readers = files.map((f) => createInterface({ input: createReadStream(f), crlfDelay: Infinity })[Symbol.asyncIterator]());
  const heads = await Promise.all(readers.map((r) => nextLine(r)));
  const out = createWriteStream(partialPath);
  const records = new Map<string, EntityRecord>();
  // Few shards: a linear scan for the smallest sequence number is cheaper than a heap.
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) if (heads[i] && (best < 0 || heads[i]!.seq < heads[best]!.seq)) best = i;
    if (best < 0) break;
    const head = heads[best]!;
    for (const e of JSON.parse(head.entities) as EntityRef[]) remember(records, e);
    if (!out.write(head.line + '\n')) await once(out, 'drain');
    heads[best] = await nextLine(readers[best]!);
  }
  out.end();
  await once(out, 'finish');
  return records;
}

async function nextLine(reader: AsyncIterator<string>): Promise<{ seq: number; entities: string; line: string } | undefined> {
  for (;;) {
    const next = await reader.next();
    if (next.done) return undefined;
    if (next.value) return { ...partialFields(next.value), line: next.value };
  }
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true));
}
