// Paragraph splitting: one a line, layout-only lines dropped, hard-wrapped text joined back.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../extract/clean/index.js';

const WRAPPED = [
  'The foreign ministers of the two countries met in Accra on Tuesday to',
  'discuss a joint plan for cross-border trade, according to a statement',
  'released by the ministry after the talks.',
  '',
  'Both Governments agreed to set up a technical committee that will meet',
  'every three months, alternating between the two capitals, and report',
  'to the ministers before the end of the year.',
].join('\n');

describe('splitParagraphs', () => {
  const cases: Array<[string, string, string[]]> = [
    ['one paragraph a line', 'Titre\nPremier paragraphe.\n\nDeuxième.', ['Titre', 'Premier paragraphe.', 'Deuxième.']],
    ['layout-only lines dropped', 'Texte.\n*\n""\n---\n   \nSuite.', ['Texte.', 'Suite.']],
    ['spaces collapsed', '  Le   ministre  a parlé.  ', ['Le ministre a parlé.']],
    ['a line cut mid-sentence is joined to its lower-case continuation', 'Les deux ministres ont signé mercredi un accord qui\nprévoit des échanges.', ['Les deux ministres ont signé mercredi un accord qui prévoit des échanges.']],
    ['a short heading is not joined', 'Sommet de Rabat\nles enjeux', ['Sommet de Rabat', 'les enjeux']],
    ['hard-wrapped blocks are joined whole', WRAPPED, [
      'The foreign ministers of the two countries met in Accra on Tuesday to discuss a joint plan for cross-border trade, according to a statement released by the ministry after the talks.',
      'Both Governments agreed to set up a technical committee that will meet every three months, alternating between the two capitals, and report to the ministers before the end of the year.',
    ]],
    ['in a wrapped file, a block of headlines keeps its lines', `${WRAPPED}\n\nUn titre assez long pour ressembler à une ligne coupée au milieu\nUn deuxième titre assez long pour ressembler à une ligne coupée\nUn troisième titre assez long pour ressembler à une ligne coupée\nUn quatrième titre assez long pour ressembler à une ligne coupée\nUn cinquième titre assez long pour ressembler à une ligne coupée\nUn sixième titre assez long pour ressembler à une ligne coupée ici`, [
      'The foreign ministers of the two countries met in Accra on Tuesday to discuss a joint plan for cross-border trade, according to a statement released by the ministry after the talks.',
      'Both Governments agreed to set up a technical committee that will meet every three months, alternating between the two capitals, and report to the ministers before the end of the year.',
      'Un titre assez long pour ressembler à une ligne coupée au milieu',
      'Un deuxième titre assez long pour ressembler à une ligne coupée',
      'Un troisième titre assez long pour ressembler à une ligne coupée',
      'Un quatrième titre assez long pour ressembler à une ligne coupée',
      'Un cinquième titre assez long pour ressembler à une ligne coupée',
      'Un sixième titre assez long pour ressembler à une ligne coupée ici',
    ]],
    ['a list of headlines is not mistaken for wrapped text', 'Le Maroc et le Nigeria signent un accord sur le gazoduc atlantique\nLe Sénégal et la Mauritanie lancent la production de gaz naturel\nL’Union africaine et l’ONU renforcent leur partenariat de paix\n\nTexte.', [
      'Le Maroc et le Nigeria signent un accord sur le gazoduc atlantique',
      'Le Sénégal et la Mauritanie lancent la production de gaz naturel',
      'L’Union africaine et l’ONU renforcent leur partenariat de paix',
      'Texte.',
    ]],
  ];
  it.each(cases)('%s', (_name, input, expected) => expect(splitParagraphs(input)).toEqual(expected));
});
