// The learned Arabic↔Latin name model: it matches spellings across scripts better than the former hand
// rules on held-out Wikidata pairs, rejects different names, and captions Arabic names in Latin script.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCaptionResources, defaultTranslitModel, latinCaption, sameNameToken, transliterate } from '../../../extract/translit/index.js';
import { parsePairs } from '../../../extract/translit/train/data.js';
import { isHeldOut, rankingAccuracy } from '../../../extract/translit/train/evaluate.js';
import { requireShared, sharedPath } from '../../support/shared.js';

const model = defaultTranslitModel();

describe('name tokens across scripts', () => {
  it.each([
    ['كريم', 'karim'],
    ['بلقاسم', 'belkacem'],
    ['الشرقاوي', 'cherkaoui'],
    ['فاطمه', 'fatima'],
    ['يوسف', 'youssef'],
    ['التازي', 'eltazi'],
  ])('%s is spelt %s', (arabic, latin) => {
    expect(sameNameToken(model, arabic, latin)).toBe(true);
  });

  it.each([
    ['كريم', 'samira'],
    ['بلقاسم', 'bennani'],
    ['يوسف', 'rachid'],
  ])('%s is not %s', (arabic, latin) => {
    expect(sameNameToken(model, arabic, latin)).toBe(false);
  });

  it.each([
    ['ماريا', /^mar[iy]a$/],
    ['غونزاليس', /^g[ou]nzal[ei]s$/],
    ['سامي', /^sam[iy]$/],
  ])('transliterates %s with the vowels the script leaves out, deterministically', (arabic, spelling) => {
    const best = transliterate(model, arabic, 5);
    expect(best).toEqual(transliterate(model, arabic, 5));
    expect(best.length).toBe(5);
    expect(best.slice(0, 2).some((x) => spelling.test(x))).toBe(true);
  });

  it('captions an Arabic name in Latin script from the lexicons and the model', () => {
    const caption = latinCaption(defaultCaptionResources(), 'كريم بن يوسف الشرقاوي');
    expect(caption).toMatch(/^Karim bin Yo?u?ss?ef al-\w+$/);
    expect(latinCaption(defaultCaptionResources(), 'Karim')).toBe('Karim');
  });
});

const hasPairs = requireShared('translit held-out evaluation', 'kb/translit/wikidata-names-en-ar.tsv');

describe.skipIf(!hasPairs)('held-out Wikidata name pairs', () => {
  it('ranks the true spelling first more often than the former hand rules, in both directions', () => {
    const test = parsePairs(readFileSync(sharedPath('kb/translit/wikidata-names-en-ar.tsv'), 'utf8')).filter(isHeldOut);
    const figures = rankingAccuracy(model, test, { samples: 150, candidates: 50, seed: 7, hard: true });
    expect(figures.samples).toBeGreaterThan(100);
    expect(figures.model.arabicToLatin).toBeGreaterThan(figures.baseline.arabicToLatin + 0.05);
    expect(figures.model.latinToArabic).toBeGreaterThan(figures.baseline.latinToArabic);
    expect(figures.model.arabicToLatin).toBeGreaterThan(0.85);
  });
});
