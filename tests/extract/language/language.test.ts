// Language per paragraph: table of text → language, and a mixed French document with an Arabic tweet.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LanguageOrUnknown } from '../../../model/types.js';
import { cleanDocument } from '../../../extract/clean/index.js';
import { detectLanguage, smoothLanguages } from '../../../extract/language/index.js';

describe('detectLanguage', () => {
  const cases: Array<[string, LanguageOrUnknown]> = [
    ['Le ministre a reçu son homologue dans le cadre de la coopération bilatérale.', 'fr'],
    ['The minister received his counterpart to discuss bilateral cooperation.', 'en'],
    ['استقبل الوزير نظيره لبحث سبل تعزيز التعاون الثنائي.', 'ar'],
    ['Signature à Rabat', 'fr'], // the accent decides
    ['Talks in Rabat on the pipeline', 'en'],
    ['Le Maroc et le Nigeria', 'fr'],
    ['وزارة الطاقة (@EnergyMin) February 5, 2024', 'ar'], // more Arabic letters than Latin ones
    ['2024-05-30 12:00', 'und'],
    ['Gitex Africa', 'und'], // names only: decided by the neighbours (smoothLanguages)
    ['', 'und'],
  ];
  it.each(cases)('%j → %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe('smoothLanguages', () => {
  it('gives an undetermined Latin line the language of its nearest Latin neighbour', () => {
    const texts = ['Gitex Africa', 'Le Maroc et Djibouti ont signé un accord.', 'سطر عربي', '12:30'];
    expect(smoothLanguages(texts, texts.map(detectLanguage))).toEqual(['fr', 'fr', 'ar', 'und']);
  });
});

describe('smoothLanguages on long documents', () => {
  it('stays linear when no paragraph gives a Latin language', () => {
    const texts = Array.from({ length: 30_000 }, (_, i) => `Gitex ${i}`);
    const t0 = performance.now();
    expect(smoothLanguages(texts, texts.map(() => 'und')).every((l) => l === 'und')).toBe(true);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});

describe('a French document with an Arabic tweet', () => {
  it('detects each paragraph and keeps French as the main language', () => {
    const text = readFileSync(fileURLToPath(new URL('../../fixtures/inputs/mixed-fr-tweet.txt', import.meta.url)), 'utf8');
    const doc = cleanDocument({ id: 'mixed', source: 'mixed', text });
    expect(doc.lang).toBe('fr');
    expect(doc.paragraphs.map((p) => p.lang)).toEqual(['fr', 'fr', 'ar', 'ar', 'ar', 'fr']);
    for (const s of doc.sentences) expect(s.lang).toBe(doc.paragraphs[s.paragraph]!.lang);
  });
});
