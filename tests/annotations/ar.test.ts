// Checks the Arabic stand-off annotations against the corpus they point into: every line names an existing
// corpus document whose text is unchanged (sha1), spans are well-formed whole words with a known tag, and the
// relation gold only links entities it declares. No corpus text is stored in the project, so this is the only guard.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, requireShared } from '../support/shared.js';
import { TAGS, WORD_CHAR, corpusTexts, identityTests, readJsonl, type StandoffLine } from './standoff.js';

const CORPUS = 'corpus/news-ar.jsonl';
const STANDOFF = join(PROJECT_ROOT, 'annotations/ner/ar.standoff.jsonl');
const GOLD = join(PROJECT_ROOT, 'annotations/relations/ar.gold.jsonl');
const ENTITY_TYPES = new Set(['Country', 'Person', 'Organization', 'Event', 'Location', 'Agreement']);
const RELATION_TYPES = new Set(['SIGNED', 'MET', 'PARTNERED', 'AFFILIATED_WITH', 'MEMBER_OF', 'PARTICIPATED_IN', 'LOCATED_IN']);

interface GoldEntity { id: string; type: string; name: string; aliases?: string[]; optional?: boolean }
interface GoldRelation { type: string; a: string; b: string; optional?: boolean }
interface GoldLine { doc: string; entities: GoldEntity[]; relations: GoldRelation[] }



const haveShared = requireShared('Arabic annotations', CORPUS);

describe.skipIf(!haveShared)('Arabic NER stand-off annotations', () => {
  const lines = readJsonl<StandoffLine>(STANDOFF);
  const texts = corpusTexts(CORPUS, new Set(lines.map((l) => l.doc)));

  identityTests(CORPUS, lines, texts);

  it('have sorted, non-overlapping spans of known tags covering whole words', () => {
    for (const { doc, spans } of lines) {
      const text = texts.get(doc) ?? '';
      let previousEnd = 0;
      for (const [start, end, tag] of spans) {
        const where = `${doc} [${start},${end})`;
        expect(TAGS.has(tag), `${where}: tag ${tag}`).toBe(true);
        expect(Number.isInteger(start) && Number.isInteger(end) && start < end && end <= text.length, where).toBe(true);
        expect(start >= previousEnd, `${where} overlaps or is out of order`).toBe(true);
        previousEnd = end;
        // A span starts and ends on a word boundary, with a letter or digit at each edge (or a bracket it opened).
        const closesBracket = text[end - 1] === ')' && text.slice(start, end).includes('(');
        expect(WORD_CHAR.test(text[start] ?? '') && (WORD_CHAR.test(text[end - 1] ?? '') || closesBracket), `${where}: edge`).toBe(true);
        expect(!WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? ''), `${where}: cuts a word`).toBe(true);
      }
    }
  });
});

describe.skipIf(!haveShared || !existsSync(GOLD))('Arabic relation gold', () => {
  const gold = existsSync(GOLD) ? readJsonl<GoldLine>(GOLD) : [];
  const annotated = new Set(readJsonl<StandoffLine>(STANDOFF).map((l) => l.doc));

  it('covers documents that also carry NER annotations', () => {
    expect(gold.length).toBeGreaterThan(0);
    expect(new Set(gold.map((g) => g.doc)).size).toBe(gold.length);
    for (const g of gold) expect(annotated.has(g.doc), `${g.doc} has no NER stand-off line`).toBe(true);
  });

  it('declares each entity once with a known type and a name', () => {
    for (const g of gold) {
      const ids = g.entities.map((e) => e.id);
      expect(new Set(ids).size, `${g.doc}: duplicate entity id`).toBe(ids.length);
      for (const e of g.entities) {
        expect(ENTITY_TYPES.has(e.type), `${g.doc} ${e.id}: type ${e.type}`).toBe(true);
        expect(e.name.trim().length, `${g.doc} ${e.id}: empty name`).toBeGreaterThan(0);
        // Global ids shared with the English and French gold: country:<ISO2>, person:/org:/loc:/event:<slug>.
        const prefix = { Country: /^country:[A-Z]{2}$/, Person: /^person:[a-z0-9-]+$/, Organization: /^org:[a-z0-9-]+$/, Location: /^loc:[a-z0-9-]+$/, Event: /^event:[a-z0-9-]+$/, Agreement: /^agreement:[a-z0-9-]+$/ }[e.type];
        expect(prefix?.test(e.id), `${g.doc} ${e.id}: id does not follow the ${e.type} convention`).toBe(true);
      }
    }
  });

  it('links only declared entities, with the endpoint types each relation allows', () => {
    for (const g of gold) {
      const types = new Map(g.entities.map((e) => [e.id, e.type] as const));
      for (const r of g.relations) {
        const where = `${g.doc} ${r.type} ${r.a} -> ${r.b}`;
        expect(RELATION_TYPES.has(r.type), where).toBe(true);
        expect(types.has(r.a) && types.has(r.b), `${where}: undeclared entity`).toBe(true);
        expect(r.a === r.b, `${where}: self-loop`).toBe(false);
        if (r.type === 'AFFILIATED_WITH') {
          expect(types.get(r.a), where).toBe('Person');
          expect(['Country', 'Organization']).toContain(types.get(r.b));
        }
        if (r.type === 'PARTICIPATED_IN') expect(types.get(r.b), where).toBe('Event');
        if (r.type === 'MEMBER_OF') expect(types.get(r.b), where).toBe('Organization');
        if (r.type === 'LOCATED_IN') expect(['Location', 'Country']).toContain(types.get(r.b));
      }
    }
  });
});
