// The golden runner: every case under tests/golden/<fr|ar|en|mixed|negatives>/*.jsonl through extractDocument,
// expected entities and relations present, `absent` ones not; negatives yield nothing they do not list.
// Backlog cases (known failures, each with a note) run too and are expected to fail: their count and reasons are
// printed, and one that starts passing fails the run until it is promoted. Then the merge cases
// (merge/cases.json): small corpora through runBuild, one node per real-world entity, never two people in one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../model/types.js';
import type { SerializedGraph } from '../../graph/types.js';
import { extractDocument } from '../../extract/pipeline.js';
import { runBuild } from '../../extract/run.js';
import { nameKey } from '../../extract/text/normalize.js';
import { caseDocument, GOLDEN_DIR, GREEN_SETS, loadSets } from './load.js';
import { dump, entityKeys, hasEntity, hasRelation, showRelation } from './match.js';
import type { GoldenCase, GoldenSet } from './types.js';

/** Everything a case says that the extraction does not honour, one line each. */
function failures(c: GoldenCase, set: GoldenSet, ex: DocumentExtraction): string[] {
  const out: string[] = [];
  for (const e of c.entities ?? []) if (!hasEntity(ex, e)) out.push(`missing entity ${e.type} "${[e.name, ...(e.aliases ?? [])].join('" = "')}"`);
  for (const r of c.relations ?? []) if (!hasRelation(ex, r)) out.push(`missing relation ${showRelation(r)}`);
  for (const e of c.absent?.entities ?? []) if (hasEntity(ex, e)) out.push(`unwanted entity ${e.type} "${e.name}"`);
  for (const r of c.absent?.relations ?? []) if (hasRelation(ex, r)) out.push(`unwanted relation ${showRelation(r)}`);
  if (set === 'negatives') {
    const allowed = (c.entities ?? []).map((e) => ({ type: e.type, key: nameKey(e.name) }));
    for (const e of ex.entities) {
      const keys = entityKeys(e);
      if (!allowed.some((a) => a.type === e.type && keys.has(a.key))) out.push(`negative case yields ${e.type} "${e.name}"`);
    }
    for (const r of ex.relations) out.push(`negative case yields relation ${r.type} ${r.source} -> ${r.target}`);
  }
  return out;
}

for (const set of GREEN_SETS) {
  const cases = loadSets([set]);
  describe(`golden ${set}`, () => {
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const { case: c, file, line } of cases) {
      it(`${c.id} (${file}:${line})`, () => {
        const ex = extractDocument(caseDocument(c));
        expect(failures(c, set, ex), dump(ex)).toEqual([]);
      });
    }
  });
}

// Known failures stay visible: listed with their reasons, and checked to still fail.
const backlog = loadSets(['backlog']);
console.info(
  `golden backlog: ${backlog.length} known failures\n` +
    backlog.map(({ case: c, file, line }) => `  ${c.id} (${file}:${line}): ${c.note ?? 'no note'}`).join('\n'),
);
describe('golden backlog (known failures)', () => {
  it('gives every case a reason', () => expect(backlog.filter(({ case: c }) => !c.note?.trim()).map(({ case: c }) => c.id)).toEqual([]));
  for (const { case: c, file, line } of backlog) {
    it(`${c.id} (${file}:${line}) still fails`, () => {
      const ex = extractDocument(caseDocument(c));
      const remaining = failures(c, 'backlog', ex);
      expect(remaining.length, `passes now: remove its note and move ${file}:${line} back to its language set`).toBeGreaterThan(0);
    });
  }
});

interface MergeCase {
  id: string;
  /** What the case shows, for the reader. */
  about: string;
  docs: Array<{ id: string; text: string; date?: string }>;
  /** Each entry must resolve to exactly one graph node, and different entries to different nodes. */
  nodes: Array<{ type: string; names: string[] }>;
}

async function loadMergeCases(): Promise<MergeCase[]> {
  return JSON.parse(await readFile(join(GOLDEN_DIR, 'merge', 'cases.json'), 'utf8')) as MergeCase[];
}

describe('golden merge (runBuild over small corpora)', async () => {
  const cases = await loadMergeCases();
  const temp = mkdtempSync(join(tmpdir(), 'tafahum-golden-merge-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  for (const mc of cases) {
    it(`${mc.id}: ${mc.about}`, async () => {
      const dir = join(temp, mc.id);
      const input = join(dir, 'in');
      mkdirSync(input, { recursive: true });
      writeFileSync(join(input, 'docs.jsonl'), mc.docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
      await runBuild({ inputs: [input], outDir: join(dir, 'out'), minConfidence: 0.5 });
      const graph = JSON.parse(await readFile(join(dir, 'out', 'graph.json'), 'utf8')) as SerializedGraph;
      const summary = graph.nodes.map((n) => `  ${n.key} "${n.attributes.name}" [${n.attributes.aliases.join(' | ')}]`).join('\n');
      const found = mc.nodes.map((want) => {
        const keys = new Set(want.names.map(nameKey));
        const hits = graph.nodes.filter(
          (n) => n.attributes.type === want.type && [n.attributes.name, ...n.attributes.aliases].some((a) => keys.has(nameKey(a))),
        );
        return { want, hits: hits.map((n) => n.key) };
      });
      const problems = found
        .filter((f) => f.hits.length !== 1)
        .map((f) => `${f.want.type} ${f.want.names.join(' / ')}: ${f.hits.length} nodes (${f.hits.join(', ')})`);
      const ids = found.flatMap((f) => f.hits);
      if (new Set(ids).size !== ids.length) problems.push(`different entities share a node: ${ids.join(', ')}`);
      expect(problems, `graph nodes:\n${summary}`).toEqual([]);
    });
  }
});
