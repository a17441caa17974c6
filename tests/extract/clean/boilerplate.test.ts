// Boilerplate marking on pages written for the tests: headline lists, lire aussi / اقرأ أيضا lists, comment
// forms, share prompts, agency bylines, embedded tweets (marked but extractable). Table: line → kind.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../../model/types.js';
import { classifyParagraphs, cleanDocument } from '../../../extract/clean/index.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/inputs/${name}`, import.meta.url)), 'utf8');

function kinds(name: string): Array<[string, BlockKind, boolean]> {
  const doc = cleanDocument({ id: name, source: name, text: fixture(name) });
  return doc.paragraphs.map((p) => [doc.text.slice(p.start, p.end).split(' ').slice(0, 3).join(' '), p.kind, p.extract]);
}

describe('an Arabic page with a headline ticker, byline, share bar, related list and a comment form', () => {
  it('marks each block', () => {
    expect(kinds('page-ar-boilerplate.txt')).toEqual([
      ['منتخب الشباب يفوز', 'headline-list', false],
      ['انخفاض طفيف في', 'headline-list', false],
      ['هطول أمطار رعدية', 'headline-list', false],
      ['تونس والأردن تطلقان', 'body', true], // the article's own headline
      ['عمّان - وكالات', 'byline', false],
      ['أطلقت وزارة الصحة', 'body', true],
      ['وقال مسؤول في', 'body', true],
      ['مشاركة فيسبوك تويتر', 'share', false],
      ['مواضيع ذات صلة', 'related', false],
      ['ارتفاع صادرات زيت', 'related', false],
      ['افتتاح مركز جديد', 'related', false],
      ['اترك تعليقك', 'comments', false],
      ['من شروط النشر:', 'comments', false],
    ]);
  });
});

describe('a French page with a headline list, share prompt, Lire aussi and a comment form', () => {
  it('marks each block and removes the near-repeated paragraph', () => {
    const doc = cleanDocument({ id: 'fr', source: 'fr', text: fixture('page-fr-boilerplate.txt') });
    expect(doc.cleaning.removedDuplicateParagraphs).toBe(1);
    expect(kinds('page-fr-boilerplate.txt')).toEqual([
      ['Football : le', 'headline-list', false],
      ['Météo : des', 'headline-list', false],
      ['Culture : un', 'headline-list', false],
      ['Le Maroc et', 'body', true],
      ['Rabat, 12 avril', 'body', true],
      ['Le texte prévoit', 'body', true],
      ['Partager sur Facebook', 'share', false],
      ['Lire aussi', 'related', false],
      ['Le port de', 'related', false],
      ['Les exportations agricoles', 'related', false],
      ['Laisser un commentaire', 'comments', false],
      ['Votre adresse e-mail', 'comments', false],
      ['Nom', 'comments', false],
    ]);
  });
});

describe('an embedded tweet in a French article', () => {
  it('marks the tweet text and signature as embed, still extractable', () => {
    expect(kinds('mixed-fr-tweet.txt').map(([, kind, extract]) => [kind, extract])).toEqual([
      ['body', true],
      ['body', true],
      ['embed', true],
      ['embed', true],
      ['embed', true],
      ['body', true],
    ]);
  });
});

describe('classifyParagraphs, line by line', () => {
  const cases: Array<[string, string[], BlockKind[]]> = [
    ['read more list in English', ['The two presidents met in Accra on Monday to discuss trade and security along the coast.', 'Read more:', 'Ghana opens new port terminal', 'Cocoa prices rise again'], ['body', 'related', 'related', 'related']],
    ['inline lire aussi, then the article resumes', ['Le ministre a reçu son homologue à Rabat pour discuter de la coopération énergétique.', 'Lire aussi : Le gazoduc entre dans une nouvelle phase', 'Les deux ministres ont ensuite visité une centrale solaire dans la région de Ouarzazate.'], ['body', 'related', 'body']],
    ['agency byline', ['(AFP)', 'The agreement was signed in Paris on Tuesday by the two foreign ministers of both countries.'], ['byline', 'body']],
    ['share line in Arabic', ['وقع البلدان مذكرة تفاهم في مجال النقل الجوي خلال زيارة رسمية للوزير إلى العاصمة.', 'شارك على فيسبوك'], ['body', 'share']],
    ['a long paragraph starting like a marker is not boilerplate when the marker is short-only', ['Partager les données entre les administrations des deux pays est l’un des objectifs du protocole signé hier à Tunis par les deux ministres.'], ['body']],
    ['short lines that start like share prompts but are text', ['شارك الوزير في المنتدى الدولي للطاقة', 'Partager les données entre administrations', 'Twitter opens an office in Accra', 'By contrast the ministers disagreed sharply.'], ['body', 'body', 'body', 'body']],
    ['a row of social buttons', ['Facebook Twitter WhatsApp E-mail', 'فيسبوك تويتر واتساب', 'Share on LinkedIn', 'By Jane Doe'], ['share', 'share', 'share', 'byline']],
    ['a bulleted fact box below the article stays', ['The two agencies signed a cooperation agreement on satellite data in Nairobi on Thursday afternoon.', '* Signed by: both directors general', '* Duration: five years renewable', '* Budget: shared equally'], ['body', 'body', 'body', 'body']],
    ['no body at all: nothing is called a headline list', ['Titre un sans fin', 'Titre deux sans fin', 'Titre trois sans fin'], ['body', 'body', 'body']],
    ['bottom list of other headlines', ['The ministers agreed to meet again in the spring to review progress on the corridor project and its funding.', 'Floods hit northern provinces', 'Stock market closes higher today', 'New airline route announced for summer'], ['body', 'headline-list', 'headline-list', 'headline-list']],
  ];
  it.each(cases)('%s', (_name, paragraphs, expected) => expect(classifyParagraphs(paragraphs)).toEqual(expected));

  it('stays linear on a long page with many markers', () => {
    const block = ['Lire aussi', 'Un titre court de plus', 'Le ministre a rappelé que la coopération entre les deux pays couvre de nombreux secteurs économiques.'];
    const paragraphs = Array.from({ length: 6_000 }, (_, i) => (i % 3 === 0 ? block[0]! : `${i} ${block[i % 3]!}`));
    const t0 = performance.now();
    const result = classifyParagraphs(paragraphs);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(result.filter((k) => k === 'related')).toHaveLength(4_000);
  });

  it('keeps an empty or all-boilerplate document valid', () => {
    const empty = cleanDocument({ id: 'e', source: 'e', text: ' \n\u200B\n' });
    expect(empty).toMatchObject({ text: '', lang: 'und', paragraphs: [], sentences: [] });
    const allBoilerplate = cleanDocument({ id: 'b', source: 'b', text: 'Laisser un commentaire\nNom\nE-mail' });
    expect(allBoilerplate.paragraphs.every((p) => !p.extract)).toBe(true);
    expect(allBoilerplate.cleaning.boilerplateParagraphs).toBe(3);
  });
});
