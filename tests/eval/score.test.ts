// The scorer follows FORMAT.md: name matching after normalisation, optional gold neutral, graph duplicates.
import { describe, expect, it } from 'vitest';
import { score } from '../../eval/score.js';
import type { GoldDocument } from '../../eval/types.js';
import type { DocumentExtraction, Entity, Relation } from '../../model/types.js';
import type { SerializedGraph } from '../../graph/types.js';

const entity = (id: string, type: Entity['type'], name: string, aliases: string[] = []): Entity => ({ id, type, name, aliases, confidence: 1, mentions: [] });
const relation = (type: Relation['type'], source: string, target: string): Relation => ({ type, source, target, confidence: 1, ruleId: 't', evidence: { start: 0, end: 1, text: 'x' } });
const doc = (entities: Entity[], relations: Relation[]): DocumentExtraction => ({ doc: { id: 'd1', lang: 'fr', text: 'x' }, entities, relations });
const graphOf = (entities: Entity[]): SerializedGraph => ({
  attributes: { generator: 't', documents: {} },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: entities.map((e) => ({ key: e.id, attributes: { type: e.type, name: e.name, aliases: e.aliases, confidence: 1, docs: ['d1'], mentions: 1 } })),
  edges: [],
});

const gold: GoldDocument = {
  doc: 'd1',
  entities: [
    { id: 'MA', type: 'Country', name: 'Morocco', aliases: ['Le Maroc', 'المغرب'] },
    { id: 'SA', type: 'Country', name: 'Saudi Arabia', aliases: ["L'Arabie Saoudite"] },
    { id: 'org:un', type: 'Organization', name: 'United Nations', optional: true },
  ],
  relations: [
    { type: 'SIGNED', a: 'MA', b: 'SA' },
    { type: 'MET', a: 'MA', b: 'SA', optional: true },
  ],
};

describe('score', () => {
  it('matches names after normalisation (articles, case, Arabic letters) and symmetric relations in either order', () => {
    const es = [entity('country:MA', 'Country', 'Maroc'), entity('country:SA', 'Country', 'arabie saoudite')];
    const r = score([gold], new Map([['d1', doc(es, [relation('SIGNED', 'country:SA', 'country:MA')])]]), graphOf(es));
    expect(r.entities).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(r.relations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts unmatched system entities as false positives and missing required gold as false negatives', () => {
    const es = [entity('country:MA', 'Country', 'Maroc'), entity('person:x', 'Person', 'Someone Else')];
    const r = score([gold], new Map([['d1', doc(es, [])]]), graphOf(es));
    expect(r.entities).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.relations.fn).toBe(1);
    expect(r.errors.map((e) => e.kind)).toContain('false-positive');
  });

  it('treats optional gold as neutral whether found or not', () => {
    const es = [entity('country:MA', 'Country', 'Maroc'), entity('country:SA', 'Country', 'Saudi Arabia'), entity('org:un', 'Organization', 'Nations Unies', ['United Nations'])];
    const r = score([gold], new Map([['d1', doc(es, [relation('MET', 'country:MA', 'country:SA'), relation('PARTNERED', 'country:MA', 'org:un')])]]), graphOf(es));
    expect(r.entities).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(r.relations.fp).toBe(0);
  });

  it('reports duplicates and over-merges in the merged graph', () => {
    const dup = [entity('country:MA', 'Country', 'Morocco'), entity('country:MA2', 'Country', 'المغرب'), entity('x', 'Country', 'Saudi Arabia', ['Maroc'])];
    const r = score([gold], new Map([['d1', doc([], [])]]), graphOf(dup));
    expect(r.graph.duplicates).toBeGreaterThanOrEqual(1);
    expect(r.graph.overMerges).toBe(1);
  });

  describe('counts each gold item once (one-to-one)', () => {
    const es = [entity('country:MA', 'Country', 'Maroc'), entity('country:SA', 'Country', 'Saudi Arabia')];

    it('a duplicated system entity is a repeat, not a second true positive', () => {
      const twice = [...es, entity('country:MA-bis', 'Country', 'Morocco')];
      const r = score([gold], new Map([['d1', doc(twice, [])]]), graphOf(twice));
      expect(r.entities).toMatchObject({ tp: 2, fp: 0, fn: 0, repeat: 1 });
      expect(r.entities.precision).toBe(1);
      expect(r.errors.filter((e) => e.kind === 'repeat')).toHaveLength(1);
    });

    it('a relation given twice, or a symmetric pair in both orders, counts once', () => {
      const rels = [relation('SIGNED', 'country:MA', 'country:SA'), relation('SIGNED', 'country:MA', 'country:SA'), relation('SIGNED', 'country:SA', 'country:MA')];
      const r = score([gold], new Map([['d1', doc(es, rels)]]), graphOf(es));
      expect(r.relations).toMatchObject({ tp: 1, fp: 0, fn: 0, repeat: 2 });
      expect(r.relations.recall).toBe(1);
    });

    it('duplicates cannot raise recall: two rows for one of two gold relations is recall 0.5', () => {
      const two: GoldDocument = { ...gold, relations: [{ type: 'SIGNED', a: 'MA', b: 'SA' }, { type: 'MET', a: 'MA', b: 'SA' }] };
      const rels = [relation('SIGNED', 'country:MA', 'country:SA'), relation('SIGNED', 'country:SA', 'country:MA')];
      const r = score([two], new Map([['d1', doc(es, rels)]]), graphOf(es));
      expect(r.relations).toMatchObject({ tp: 1, fp: 0, fn: 1, repeat: 1 });
      expect(r.relations.f1).toBeCloseTo(2 / 3);
    });

    it('an optional gold relation found twice stays neutral', () => {
      const rels = [relation('MET', 'country:MA', 'country:SA'), relation('MET', 'country:SA', 'country:MA')];
      const r = score([gold], new Map([['d1', doc(es, rels)]]), graphOf(es));
      expect(r.relations).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    });

    it('an asymmetric relation in the wrong direction is a false positive', () => {
      const g: GoldDocument = {
        doc: 'd1',
        entities: [{ id: 'p', type: 'Person', name: 'Ana Ruiz' }, ...gold.entities],
        relations: [{ type: 'AFFILIATED_WITH', a: 'p', b: 'MA' }],
      };
      const people = [entity('person:ana-ruiz', 'Person', 'Ana Ruiz'), ...es];
      const r = score([g], new Map([['d1', doc(people, [relation('AFFILIATED_WITH', 'country:MA', 'person:ana-ruiz')])]]), graphOf(people));
      expect(r.relations).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    });
  });
});
