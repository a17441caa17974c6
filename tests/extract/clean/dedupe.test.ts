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
    ['near repeat: truncated copy with figures', [`${P1} Le budget atteint 120 millions de dollars sur 5 ans.`, P2, P1.slice(0, 90)], [0, 1]],
    ['the whole body printed twice', [P1, P2, P3, P1, P2, P3], [0, 1, 2]],
    ['headline repeated as the start of the first line', ['Le Maroc et la Mauritanie renforcent leur coopération', 'Le Maroc et la Mauritanie renforcent leur coopération dans le domaine minier, selon un communiqué.', P1], [1, 2]],
    ['different paragraphs on the same topic stay', [P1, P2, P3], [0, 1, 2]],
    ['a 12-word paragraph with one word changed stays: too short to tell from another statement', ['Les deux pays ont signé hier un accord sur la pêche artisanale.', 'Les deux pays ont signé mardi un accord sur la pêche artisanale.'], [0, 1]],
    ['a 20-word paragraph with one word changed is a repeat', ['Les deux pays ont signé hier à Dakar un accord sur la pêche artisanale et la formation des marins pêcheurs.', P1, 'Les deux pays ont signé mardi à Dakar un accord sur la pêche artisanale et la formation des marins pêcheurs.'], [0, 1]],
    ['near repeat: a word added', [P2, P3, P2.replace('avant la fin', 'bien avant la fin')], [0, 1]],
    ['same pattern, other parties: both stay', ['Le Maroc et le Sénégal ont signé un accord sur la pêche maritime.', 'Le Maroc et la Tunisie ont signé un accord sur l’énergie solaire.'], [0, 1]],
    ['same words, other order of the parties: both stay', ['Le Maroc a reçu le Sénégal à Rabat pour parler de la pêche.', 'Le Sénégal a reçu le Maroc à Dakar pour parler de la pêche.'], [0, 1]],
    ['alike paragraphs with other figures stay', ['Net profit for the year rose to 68.9 mln dlrs from 68.8 mln dlrs, the company said in a statement.', 'Net profit for the year rose to 68.8 mln dlrs from 68.9 mln dlrs, the company said in a statement.'], [0, 1]],
    ['short lines that differ by one word stay', ['Rabat, le 3 mai', 'Rabat, le 4 mai'], [0, 1]],
  ];
  it.each(cases)('%s', (_name, paragraphs, kept) => {
    const result = removeDuplicates(paragraphs);
    expect(result.kept).toEqual(kept);
    expect(result.removed).toBe(paragraphs.length - kept.length);
  });

  it('grows linearly with the number of paragraphs (time ratio, not a wall time)', () => {
    const timed = (count: number) => {
      const paragraphs = Array.from({ length: count }, (_, i) => `Paragraphe numéro ${i} : ${P1.slice(i % 40)} ${i * 7}`);
      const t0 = performance.now();
      removeDuplicates(paragraphs);
      return performance.now() - t0;
    };
    timed(500); // warm-up
    const small = Math.min(timed(2_500), timed(2_500));
    const large = Math.min(timed(20_000), timed(20_000));
    // 8× the paragraphs: linear ≈ 8×, quadratic ≈ 64×; a generous bound for a loaded machine.
    expect(large / Math.max(small, 1)).toBeLessThan(24);
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
