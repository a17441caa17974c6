// One type per name within a document, for names only the tagger typed.
import { describe, expect, it } from 'vitest';
import { oneTypePerName } from '../../../extract/mentions/consistency.js';
import { languageLexicon } from '../../../extract/lexicons/language.js';
import type { CleanDocument, Mention } from '../../../model/types.js';

const text = 'Texaco Inc cut prices. A Texaco refinery closed. President Ronald Reagan spoke; the Senate Reagan called a disgrace met. Merrill Lynch hired Gary Lynch.';
const ctx = { doc: { text } as CleanDocument, language: languageLexicon };
const at = (surface: string, type: Mention['type'], ruleId: string, from = 0): Mention => {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, surface, type, lang: 'en', ruleId, confidence: 0.8 };
};

describe('one type per name in a document', () => {
  it('a tagger name the document also writes as a company is that company', () => {
    const company = at('Texaco Inc', 'Organization', 'ner.en.v1');
    const place = at('Texaco', 'Location', 'ner.en.v1', 20);
    expect(oneTypePerName([company, place], ctx).map((m) => m.type)).toEqual(['Organization', 'Organization']);
  });

  it('an organisation head glued to the family name of a person the document names is that person', () => {
    const person = at('Ronald Reagan', 'Person', 'person.role-name');
    const glued = at('Senate Reagan', 'Organization', 'ner.en.v1');
    const [, fixed] = oneTypePerName([person, glued], ctx);
    expect(fixed).toMatchObject({ type: 'Person', surface: 'Reagan', start: glued.end - 'Reagan'.length, end: glued.end });
  });

  it('leaves a company named after a family name alone when no head word opens it', () => {
    const bank = at('Merrill Lynch', 'Organization', 'ner.en.v1');
    const person = at('Gary Lynch', 'Person', 'ner.en.v1');
    expect(oneTypePerName([bank, person], ctx)).toEqual([bank, person]);
  });

  it('never retypes a rule or lexicon mention', () => {
    const company = at('Texaco Inc', 'Organization', 'ner.en.v1');
    const rule = at('Texaco', 'Location', 'lexicon.city', 20);
    expect(oneTypePerName([company, rule], ctx)[1]).toBe(rule);
  });
});
