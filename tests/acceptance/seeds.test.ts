// Acceptance: `tafahum build` on the five seed documents, then `tafahum eval` against their gold,
// through the real CLI. Without ../shared: skipped with a message, a failure in CI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalReport } from '../../eval/types.js';
import type { DocumentExtraction } from '../../model/types.js';
import { SHARED_DIR, requireShared } from '../support/shared.js';

const root = resolve(import.meta.dirname, '../..');
const shared = SHARED_DIR;
const present = requireShared('seeds: build then eval', 'seeds', 'eval/seeds.gold.jsonl');

const cli = (...args: string[]) => execFileSync(process.execPath, [join(root, 'bin/tafahum.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe.skipIf(!present)('seeds: build then eval', () => {
  const out = mkdtempSync(join(tmpdir(), 'tafahum-seeds-'));
  let report: EvalReport;

  it('build writes extractions.jsonl and graph.json in the FORMAT.md shape', () => {
    const summary = JSON.parse(cli('build', join(shared, 'seeds'), '--out', out, '--json'));
    expect(summary.documents).toBe(5);
    const lines = readFileSync(join(out, 'extractions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DocumentExtraction);
    expect(lines).toHaveLength(5);
    for (const x of lines) {
      expect(typeof x.doc.id).toBe('string');
      expect(typeof x.doc.text).toBe('string');
      const ids = new Set(x.entities.map((e) => e.id));
      for (const r of x.relations) {
        expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
        expect(x.doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
      }
    }
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.nodes.length).toBeGreaterThan(0);
    for (const n of graph.nodes) expect(n.attributes).toMatchObject({ type: expect.any(String), name: expect.any(String), aliases: expect.any(Array) });
    for (const e of graph.edges) expect(e.attributes).toMatchObject({ type: expect.any(String), docs: expect.any(Array) });
  });

  it('the document that names no one yields no entity', () => {
    const lines = readFileSync(join(out, 'extractions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DocumentExtraction);
    const empty = lines.find((x) => x.doc.id.startsWith('000_'));
    expect(empty?.entities).toEqual([]);
  });

  it('eval scores entities ≥ 0.90 P/R, headline relations ≥ 0.85 P/R, no duplicate nor over-merged node', () => {
    report = JSON.parse(cli('eval', '--gold', join(shared, 'eval/seeds.gold.jsonl'), out, '--json'));
    expect(report.documents.matched).toBe(5);
    expect(report.entities.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.entities.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.relations.precision).toBeGreaterThanOrEqual(0.85);
    expect(report.relations.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.graph.duplicates).toBe(0);
    expect(report.graph.overMerges).toBe(0);
  });

  it('eval --verbose lists errors in a readable table', () => {
    const text = cli('eval', '--gold', join(shared, 'eval/seeds.gold.jsonl'), out, '--verbose');
    expect(text).toMatch(/ENTITIES\s+P\s+\d/);
    expect(text).toMatch(/RELATIONS\s+P\s+\d/);
  });
});
