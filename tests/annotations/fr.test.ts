// The team-written French annotations are well formed: NER spans fit the text at word boundaries,
// sorted and non-overlapping with valid tags; the relation gold references entities that exist.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/shared.js';

type Span = [number, number, string];
interface NerDoc { doc: string; text: string; title: string; date: string; spans: Span[] }
interface GoldEntity { id: string; type: string; name: string; aliases?: string[]; optional?: boolean }
interface GoldRelation { type: string; a: string; b: string; optional?: boolean; title?: string }
interface GoldDoc { doc: string; entities: GoldEntity[]; relations: GoldRelation[] }

const TAGS = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const ENTITY_TYPES = new Set(['Country', 'Person', 'Organization', 'Event', 'Location', 'Agreement']);
const PARTY = new Set(['Country', 'Person', 'Organization']);
/** Which entity types each relation type may join (FORMAT.md). */
const ENDPOINTS: Record<string, [Set<string>, Set<string>]> = {
  SIGNED: [PARTY, PARTY],
  MET: [PARTY, PARTY],
  PARTNERED: [PARTY, PARTY],
  AFFILIATED_WITH: [new Set(['Person']), new Set(['Country', 'Organization'])],
  MEMBER_OF: [new Set(['Country', 'Organization']), new Set(['Organization'])],
  PARTICIPATED_IN: [PARTY, new Set(['Event'])],
  LOCATED_IN: [new Set(['Event', 'Organization', 'Location']), new Set(['Location', 'Country'])],
};

function readJsonl<T>(relative: string): T[] {
  const path = join(PROJECT_ROOT, relative);
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line, i) => {
    try {
      return JSON.parse(line) as T;
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
    }
  });
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

const ner = readJsonl<NerDoc>('annotations/ner/fr.jsonl');
const gold = readJsonl<GoldDoc>('annotations/relations/fr.gold.jsonl');
const byId = new Map(ner.map((d) => [d.doc, d]));

describe('French NER annotations (annotations/ner/fr.jsonl)', () => {
  it('has unique document ids with text, title and an ISO date', () => {
    expect(ner.length).toBeGreaterThan(0);
    expect(byId.size).toBe(ner.length);
    for (const d of ner) {
      expect(d.doc, d.doc).toMatch(/^fr-team-\d{3}$/);
      expect(d.text.length, d.doc).toBeGreaterThan(200);
      expect(d.text.startsWith(d.title), `${d.doc}: the title is the first line of the text`).toBe(true);
      expect(d.date, d.doc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has spans inside the text, on word boundaries, sorted, non-overlapping, with valid tags', () => {
    const problems: string[] = [];
    for (const d of ner) {
      let previousEnd = 0;
      for (const [start, end, tag] of d.spans) {
        const where = `${d.doc} [${start},${end}) "${d.text.slice(start, end)}"`;
        if (!TAGS.has(tag)) problems.push(`${where}: tag ${tag}`);
        if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= d.text.length && start < end)) {
          problems.push(`${where}: outside the text`);
          continue;
        }
        if (start < previousEnd) problems.push(`${where}: overlaps or is out of order`);
        previousEnd = end;
        if (isWordChar(d.text[start - 1]) || isWordChar(d.text[end])) problems.push(`${where}: cuts a word`);
        if (/^[\s\p{P}]|[\s,;:(]$/u.test(d.text.slice(start, end))) problems.push(`${where}: starts or ends badly`);
        if (d.text.slice(start, end).includes('\n')) problems.push(`${where}: crosses a line`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('annotates a name the same way everywhere in a document', () => {
    const problems: string[] = [];
    for (const d of ner) {
      const tagOf = new Map<string, string>();
      for (const [s, e, t] of d.spans) {
        const surface = d.text.slice(s, e);
        const seen = tagOf.get(surface);
        if (seen && seen !== t) problems.push(`${d.doc}: "${surface}" is ${seen} and ${t}`);
        tagOf.set(surface, t);
      }
      // A name annotated once is annotated at each of its occurrences (outside longer names).
      const covered = new Uint8Array(d.text.length);
      for (const [s, e] of d.spans) covered.fill(1, s, e);
      for (const surface of tagOf.keys()) {
        for (let p = d.text.indexOf(surface); p >= 0; p = d.text.indexOf(surface, p + 1)) {
          const q = p + surface.length;
          if (isWordChar(d.text[p - 1]) || isWordChar(d.text[q]) || covered.subarray(p, q).some((x) => x === 1)) continue;
          problems.push(`${d.doc}: "${surface}" at ${p} is not annotated`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('holds at least 30,000 whitespace tokens of text (issue 13: 30k tokens per language)', () => {
    const tokens = ner.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
    expect(tokens).toBeGreaterThanOrEqual(30_000);
  });

  it('covers persons, organisations, places and other names', () => {
    const counts: Record<string, number> = {};
    for (const d of ner) for (const [, , t] of d.spans) counts[t] = (counts[t] ?? 0) + 1;
    for (const t of TAGS) expect(counts[t] ?? 0, t).toBeGreaterThan(20);
  });
});

describe('French annotation sources (annotations/src/fr)', () => {
  it('build the committed files exactly (no hand edit of the generated JSON Lines)', () => {
    const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const script = join(PROJECT_ROOT, 'annotations', 'scripts', 'build-fr.ts');
    // Throws (with the script's message) when a listed name is missing or a generated file differs.
    expect(() => execFileSync(process.execPath, [tsx, script, '--check'], { cwd: PROJECT_ROOT, stdio: 'pipe' })).not.toThrow();
  });
});

describe('French relation gold (annotations/relations/fr.gold.jsonl)', () => {
  it('describes at least 25 annotated documents, once each', () => {
    const ids = gold.map((g) => g.doc);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(byId.has(id), id).toBe(true);
  });

  it('has entities with unique ids, valid types and surface forms found in the text', () => {
    const problems: string[] = [];
    for (const g of gold) {
      const text = fold(byId.get(g.doc)?.text ?? '');
      const ids = new Set<string>();
      for (const e of g.entities) {
        if (ids.has(e.id)) problems.push(`${g.doc}: entity id ${e.id} twice`);
        ids.add(e.id);
        if (!ENTITY_TYPES.has(e.type)) problems.push(`${g.doc}: ${e.id} has type ${e.type}`);
        if (!/^(country:[A-Z]{2}|(person|org|loc|event|agreement):[a-z0-9-]+)$/.test(e.id)) problems.push(`${g.doc}: id ${e.id}`);
        const forms = [e.name, ...(e.aliases ?? [])];
        if (!forms.some((f) => text.includes(fold(f)))) problems.push(`${g.doc}: no form of ${e.id} in the text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has relations of known types between existing entities of the right types', () => {
    const problems: string[] = [];
    let total = 0;
    for (const g of gold) {
      const typeOf = new Map(g.entities.map((e) => [e.id, e.type]));
      for (const r of g.relations) {
        total++;
        const ends = ENDPOINTS[r.type];
        const ta = typeOf.get(r.a);
        const tb = typeOf.get(r.b);
        if (!ends) problems.push(`${g.doc}: relation type ${r.type}`);
        else if (!ta || !tb) problems.push(`${g.doc}: ${r.type} ${r.a} ${r.b}: unknown entity`);
        else if (!ends[0].has(ta) || !ends[1].has(tb)) problems.push(`${g.doc}: ${r.type} ${ta} -> ${tb}`);
        if (r.a === r.b) problems.push(`${g.doc}: ${r.type} ${r.a} with itself`);
      }
      const keys = g.relations.map((r) => `${r.type} ${[r.a, r.b].sort().join(' ')}`);
      if (new Set(keys).size !== keys.length) problems.push(`${g.doc}: a relation is listed twice`);
    }
    expect(problems).toEqual([]);
    if (gold.length > 0) expect(total).toBeGreaterThan(gold.length);
  });
});
