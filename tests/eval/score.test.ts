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
});
