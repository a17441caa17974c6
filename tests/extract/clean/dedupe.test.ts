// Repeated paragraphs: exact repeats, near repeats (a word changed, punctuation changed, a truncated copy),
// a headline repeated as the first body line; paragraphs that merely resemble each other stay.
import { describe, expect, it } from 'vitest';
import { cleanDocument, removeDuplicates } from '../../../extract/clean/index.js';

const P1 = 'Les deux ministres ont passé en revue les projets communs dans les secteurs de l’énergie, des mines et de la formation professionnelle.';
const P2 = 'Ils ont également convenu de réunir la commission mixte avant la fin de l’année à Nouakchott, afin de faire le point sur les engagements pris.';
const P3 = 'La délégation a ensuite visité le port de pêche, où des investisseurs locaux lui ont présenté leurs projets de transformation.';

describe('removeDuplicates', () => {
  const cases: Array<[string, string[], number[]]> = [
    ['exact repeat', [P1, P2, P1], [0, 1]],
    ['repeat with other spacing, case and punctuation', [P1, P2, P1.toUpperCase().replace(/,/g, ' ;')], [0, 1]],
    ['near repeat: one word changed', [P1, P2, P1.replace('formation professionnelle', 'formation technique')], [0, 1]],
    ['near repeat: truncated copy', [P1, P2, P3, P2.slice(0, 100)], [0, 1, 2]],
    ['the whole body printed twice', [P1, P2, P3, P1, P2, P3], [0, 1, 2]],
    ['headline repeated as the start of the first line', ['Le Maroc et la Mauritanie renforcent leur coopération', 'Le Maroc et la Mauritanie renforcent leur coopération dans le domaine minier, selon un communiqué.', P1], [1, 2]],
    ['different paragraphs on the same topic stay', [P1, P2, P3], [0, 1, 2]],
    ['short lines that differ by one word stay', ['Rabat, le 3 mai', 'Rabat, le 4 mai'], [0, 1]],
  ];
  it.each(cases)('%s', (_name, paragraphs, kept) => {
    const result = removeDuplicates(paragraphs);
    expect(result.kept).toEqual(kept);
    expect(result.removed).toBe(paragraphs.length - kept.length);
  });

  it('stays fast on a long document (linear, not quadratic)', () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `Paragraphe numéro ${i} : ${P1.slice(i % 40)} ${i * 7}`);
    const t0 = performance.now();
    removeDuplicates(paragraphs);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('cleanDocument counts removed repeats and keeps offsets on the cleaned text', () => {
  it('drops the repeats from the text', () => {
    const doc = cleanDocument({ id: 'd', source: 'd', text: [P1, P2, P1, P3, P2].join('\n\n') });
    expect(doc.text).toBe([P1, P2, P3].join('\n'));
    expect(doc.cleaning.removedDuplicateParagraphs).toBe(2);
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).not.toMatch(/^\s|\s$|\n/);
  });
});
