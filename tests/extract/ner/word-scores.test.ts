// The runtime tagger sums the features of one word once per distinct word (extract/ner/word-scores.ts):
// the tags and confidences must be exactly those of scoring every feature at every token.
import { describe, expect, it } from 'vitest';
import { decodeGreedy, toSpans } from '../../../extract/ner/decode.js';
import { FeatureBuffer, WordFeatureCache, sentenceFeatures } from '../../../extract/ner/features.js';
import { loadNerModel } from '../../../extract/ner/load.js';
import { NerTagger } from '../../../extract/ner/tagger.js';
import { nerTokenize } from '../../../extract/ner/tokens.js';
import type { Language } from '../../../model/types.js';

const SENTENCES: Record<Language, string[]> = {
  en: [
    'The finance minister of Ghana, Ama Boateng, met executives of Northwind Shipping in Rotterdam on Tuesday.',
    'NORTHWIND AND THE PORT AUTHORITY SIGN A TEN-YEAR LEASE',
    'Boateng said the agreement with the Netherlands would be reviewed by the African Development Bank.',
    'Ghana',
  ],
  fr: [
    "La ministre des Affaires étrangères, Claire Dufresne, a reçu à Dakar l'ambassadeur du Japon.",
    "L'Agence française de développement financera le projet avec la Banque ouest-africaine.",
  ],
  ar: [
    'استقبل وزير الخارجية المغربي السفير الياباني في الرباط يوم الثلاثاء.',
    'ووقع البنك الإسلامي للتنمية اتفاقية مع الحكومة الموريتانية.',
    'وقال عبد الله بن زايد إن منظمة الصحة العالمية ستفتح مكتبا في مدينة نواكشوط.',
  ],
};

/** The reference: every feature of every token scored through the weight table. */
function fullSpans(lang: Language, text: string) {
  const model = loadNerModel(lang)!;
  const tokens = nerTokenize(text);
  const buffer = new FeatureBuffer();
  const words = sentenceFeatures(tokens.map((t) => t.text), undefined, new WordFeatureCache(), buffer);
  const decoded = decodeGreedy({ values: model.weights, scale: model.scale }, model.bits, buffer, words);
  return toSpans(tokens, decoded, model.meta.marginScale ?? 1);
}

describe('cached word scores', () => {
  for (const lang of ['en', 'fr', 'ar'] as const) {
    it(`give the same spans and confidences as the full feature list (${lang})`, () => {
      const model = loadNerModel(lang);
      expect(model, `the ${lang} model is committed`).toBeDefined();
      const tagger = new NerTagger(model!);
      let found = 0;
      // Twice: the second pass reads every word's sums from the cache.
      for (const pass of [1, 2]) {
        for (const text of SENTENCES[lang]) {
          const spans = tagger.tagTokens(text, nerTokenize(text));
          expect(spans, `${lang} pass ${pass}: ${text}`).toEqual(fullSpans(lang, text));
          found += spans.length;
        }
      }
      expect(found, 'the sentences hold names the model finds').toBeGreaterThan(0);
    });
  }
});
