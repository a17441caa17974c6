// How tagger mentions combine with rule and lexicon mentions, and the tagger inside the whole extraction.
import { describe, expect, it } from 'vitest';
import { combineWithRules } from '../../../extract/mentions/learned.js';
import { extractDocument } from '../../../extract/pipeline.js';
import { loadExtractionResources } from '../../../extract/resources.js';
import type { Mention } from '../../../model/types.js';

const text = 'Air France and the Commission of the Sahel Union Amadou Diallo met.';
const at = (surface: string, type: Mention['type'], ruleId: string, extra: Partial<Mention> = {}): Mention => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, surface, type, lang: 'en', ruleId, confidence: 0.8, ...extra };
};

describe('combining tagger and rule mentions', () => {
  const rules = () => 'rules' as const;

  it('keeps a lexicon-linked name and its id against an overlapping tagger span', () => {
    const country = at('France', 'Country', 'lexicon.country.name', { lexiconId: 'country:FR' });
    const tagger = at('France and', 'Location', 'ner.en.v1');
    expect(combineWithRules([country], [tagger], rules)).toEqual([country]);
  });

  it('reads an organisation named after a place as the organisation', () => {
    const country = at('France', 'Country', 'lexicon.country.name', { lexiconId: 'country:FR' });
    const org = at('Air France', 'Organization', 'ner.en.v1');
    expect(combineWithRules([country], [org], rules)).toEqual([org]);
  });

  it('keeps two places the tagger joined by a coordination as the places', () => {
    const text2 = 'Tunisia and Morocco';
    const place = (surface: string, id: string): Mention => ({ start: text2.indexOf(surface), end: text2.indexOf(surface) + surface.length, surface, type: 'Country', lang: 'en', ruleId: 'lexicon.country.name', confidence: 1, lexiconId: id });
    const both = { start: 0, end: text2.length, surface: text2, type: 'Organization' as const, lang: 'en' as const, ruleId: 'ner.en.v1', confidence: 0.9 };
    const tn = place('Tunisia', 'country:TN');
    const ma = place('Morocco', 'country:MA');
    expect(combineWithRules([tn, ma], [both], rules)).toEqual([tn, ma]);
  });

  it('splits a rule span that runs over two names the tagger tells apart', () => {
    const runOn = at('Commission of the Sahel Union Amadou Diallo', 'Organization', 'org.head.other');
    const org = at('Commission of the Sahel Union', 'Organization', 'ner.en.v1');
    const person = at('Amadou Diallo', 'Person', 'ner.en.v1');
    expect(combineWithRules([runOn], [org, person], rules)).toEqual([org, person]);
  });

  it('lets the measured more precise source win an overlap of one type, and adds confident lone names', () => {
    const rule = at('Sahel Union Amadou', 'Organization', 'org.head.other');
    const tagger = at('Sahel Union', 'Organization', 'ner.en.v1');
    const lone = at('Air France', 'Organization', 'ner.en.v1', { confidence: 0.9 });
    const unsure = at('Diallo', 'Person', 'ner.en.v1', { confidence: 0.55 });
    expect(combineWithRules([rule], [tagger, lone, unsure], rules)).toEqual([rule, lone]);
    expect(combineWithRules([rule], [tagger, lone, unsure], () => 'tagger')).toEqual([tagger, lone]);
  });

  it('lets a rule measured weaker than the tagger yield to its name, but not to a shorter piece of its own', () => {
    const weak = () => ['person.given-name'];
    const rule = at('Union Amadou', 'Person', 'person.given-name');
    const crossing = at('Amadou Diallo', 'Person', 'ner.en.v1');
    expect(combineWithRules([rule], [crossing], rules, weak)).toEqual([crossing]);
    expect(combineWithRules([rule], [crossing], rules)).toEqual([rule]);
    const whole = at('Amadou Diallo', 'Person', 'person.given-name');
    const piece = at('Amadou', 'Person', 'ner.en.v1');
    expect(combineWithRules([whole], [piece], rules, weak)).toEqual([whole]);
  });
});

describe('the tagger in the extraction', () => {
  const resources = loadExtractionResources();

  it('finds a person no lexicon lists and no title announces, with the model as ruleId', () => {
    const doc = 'The talks were led by Ardent Villacorta and Sibusiso Mthembu, who spoke to reporters in Pretoria.';
    const ex = extractDocument({ id: 'x', source: 'x', text: doc, lang: 'en' }, resources, { minConfidence: 0.5 });
    const person = ex.entities.find((e) => e.name === 'Sibusiso Mthembu');
    expect(person?.type).toBe('Person');
    expect(person?.mentions[0]?.ruleId).toBe('ner.en.v1');
  });

  it('keeps the final period of "U.S." and trims Arabic proclitics from tagger names', () => {
    const en = extractDocument({ id: 'x', source: 'x', text: 'The U.S. and Canada signed a trade pact.', lang: 'en' }, resources);
    expect(en.entities.find((e) => e.id === 'country:US')?.mentions[0]?.surface).toBe('U.S.');
    const ar = extractDocument({ id: 'y', source: 'y', text: 'التقى الرئيس بوزير الخارجية وكمال الهاشمي في العاصمة. وقال كمال الهاشمي إن المحادثات كانت مثمرة.', lang: 'ar' }, resources);
    const surfaces = ar.entities.filter((e) => e.type === 'Person').flatMap((e) => e.mentions.map((m) => m.surface));
    expect(surfaces.every((s) => !s.startsWith('وكمال'))).toBe(true);
  });
});
