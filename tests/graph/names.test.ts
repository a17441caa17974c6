// Node names in every script: lexicon forms joined to the text's, a Latin caption and an Arabic form.
import { describe, expect, it } from 'vitest';
import { GraphAccumulator } from '../../graph/build.js';
import { nodeNames, type NodeNameSource } from '../../graph/names.js';

const source: NodeNameSource = {
  knownForms: (id) => (id === 'country:MA' ? ['Morocco', 'Maroc', 'المغرب', 'المملكة المغربية'] : []),
  canonical: (id) => (id === 'country:MA' ? 'Morocco' : undefined),
  caption: (name) => (name === 'كريم بلقاسم' ? 'Karim Belkacem' : name),
};

describe('nodeNames', () => {
  it('gives a country every lexicon name and its usual Arabic name', () => {
    const n = nodeNames(source, 'country:MA', 'Country', 'Morocco', ['Royaume du Maroc']);
    expect(n.names).toEqual(['Morocco', 'Royaume du Maroc', 'Maroc', 'المغرب', 'المملكة المغربية']);
    expect(n.latinName).toBe('Morocco');
    expect(n.arabicName).toBe('المغرب');
  });

  it('captions an Arabic-only person in Latin script', () => {
    const n = nodeNames(source, 'person:x', 'Person', 'كريم بلقاسم', []);
    expect(n).toEqual({ names: ['كريم بلقاسم'], latinName: 'Karim Belkacem', arabicName: 'كريم بلقاسم' });
  });

  it('does not transliterate organisations', () => {
    expect(nodeNames(source, 'org:x', 'Organization', 'وزارة الخارجية', []).latinName).toBeUndefined();
  });
});

describe('GraphAccumulator node names', () => {
  it('writes names, latinName and arabicName on the nodes it builds', () => {
    const acc = new GraphAccumulator('test', source);
    acc.add({
      doc: { id: 'd1', lang: 'ar', text: '' },
      entities: [{ id: 'country:MA', type: 'Country', name: 'Morocco', aliases: ['المغرب'], confidence: 0.9, mentions: [] }],
      relations: [],
    } as never);
    const attrs = acc.graph.getNodeAttributes('country:MA');
    expect(attrs.names).toContain('Maroc');
    expect(attrs.arabicName).toBe('المغرب');
  });
});
