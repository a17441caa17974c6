// Mention-level NER scoring: exact and relaxed matching, one-to-one, per type; IOB2 sentences as documents.
import { describe, expect, it } from 'vitest';
import { scoreSpans } from '../../eval/ner.js';
import { bioDocuments } from '../../eval/ner-documents.js';
import { parseBio } from '../../extract/ner/train/bio.js';

describe('NER scoring', () => {
  it('counts exact and relaxed matches one-to-one', () => {
    const gold = [
      { unit: 0, start: 0, end: 10, type: 'ORG' as const },
      { unit: 0, start: 20, end: 25, type: 'PER' as const },
    ];
    const system = [
      { unit: 0, start: 0, end: 6, type: 'ORG' as const },
      { unit: 0, start: 0, end: 10, type: 'ORG' as const },
      { unit: 0, start: 20, end: 25, type: 'LOC' as const },
    ];
    const s = scoreSpans(gold, system);
    expect(s.exact.ALL).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.relaxed.ORG).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.exact.PER).toMatchObject({ tp: 0, fn: 1 });
  });

  it('turns IOB2 sentences into documents with character-offset gold spans', () => {
    const sentences = parseBio('Kofi\tB-PER\nAnnan\tI-PER\nspoke\tO\n\nIn\tO\nAccra\tB-LOC\n', 't.bio');
    const [doc] = bioDocuments(sentences, 't.bio', 'en');
    expect(doc!.raw.text).toBe('Kofi Annan spoke\nIn Accra');
    expect(doc!.gold.map((g) => doc!.raw.text.slice(g.start, g.end))).toEqual(['Kofi Annan', 'Accra']);
  });
});
