// applyRemap rewrites a document with the ids decided across documents. The build writes a document's
// bytes as the worker produced them when the rewrite changes nothing, so "nothing changed" must be exact.
import { describe, expect, it } from 'vitest';
import { applyRemap } from '../../../extract/resolve/remap.js';
import type { DocumentExtraction, Entity, Relation } from '../../../model/types.js';

const person = (id: string, name: string, aliases: string[] = []): Entity => ({
  id, type: 'Person', name, aliases, confidence: 0.9, mentions: [{ start: 0, end: name.length, surface: name, ruleId: 'test' }],
});
const met = (source: string, target: string, start = 0): Relation => ({
  type: 'MET', source, target, confidence: 0.8, ruleId: 'test', evidence: { start, end: start + 10, text: 'They met.' },
} as Relation);

const doc = (entities: Entity[], relations: Relation[]): DocumentExtraction =>
  ({ doc: { id: 'd', lang: 'en', source: 'd.txt', text: 'x' }, entities, relations } as unknown as DocumentExtraction);

const none = { remap: new Map<string, string>(), reasons: new Map<string, string[]>() };

describe('applyRemap', () => {
  it('returns the same document, serialised identically, when the resolution changes nothing in it', () => {
    const d = doc([person('person:a', 'Ann Lee', ['Lee']), person('person:b', 'Bo Ruiz')], [met('person:a', 'person:b')]);
    const names = new Map([['person:a', 'Ann Lee']]);
    expect(applyRemap(d, none, names)).toBe(d);
  });

  it('rewrites the document when an id, a name, an alias list or a reason changes', () => {
    const d = () => doc([person('person:a', 'Lee'), person('person:b', 'Bo Ruiz')], [met('person:a', 'person:b')]);
    const renamed = applyRemap(d(), none, new Map([['person:a', 'Ann Lee']]));
    expect(renamed.entities[0]).toMatchObject({ name: 'Ann Lee', aliases: ['Lee'] });

    const remapped = applyRemap(d(), { remap: new Map([['person:a', 'person:ann-lee']]), reasons: new Map() }, new Map());
    expect(remapped.relations[0]).toMatchObject({ source: 'person:ann-lee', target: 'person:b' });

    const reasoned = applyRemap(d(), { remap: new Map(), reasons: new Map([['person:b', ['same spelling']]]) }, new Map());
    expect(reasoned.entities[1]!.mergeReasons).toEqual(['same spelling']);

    const repeated = doc([person('person:a', 'Lee', ['Lee Ann', 'Lee Ann'])], []);
    expect(applyRemap(repeated, none, new Map()).entities[0]!.aliases).toEqual(['Lee Ann']);
  });

  it('drops relations that became self-loops or duplicates', () => {
    const d = doc([person('person:a', 'Ann Lee'), person('person:b', 'Lee')], [met('person:a', 'person:b'), met('person:a', 'person:b')]);
    expect(applyRemap(d, none, new Map()).relations).toHaveLength(1);
    const merged = applyRemap(d, { remap: new Map([['person:b', 'person:a']]), reasons: new Map() }, new Map());
    expect(merged.relations).toHaveLength(0);
    expect(merged.entities).toHaveLength(1);
  });
});
