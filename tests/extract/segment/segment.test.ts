// Sentence splitting as tables of paragraph → sentences, in French, English and Arabic.
import { describe, expect, it } from 'vitest';
import type { LanguageOrUnknown } from '../../../model/types.js';
import { cleanDocument } from '../../../extract/clean/index.js';
import { splitSentences } from '../../../extract/segment/index.js';

const split = (text: string, lang: LanguageOrUnknown) => splitSentences(text, 0, text.length, lang).map((s) => text.slice(s.start, s.end));

describe('French', () => {
  const cases: Array<[string, string[]]> = [
    ['M. Benali a reçu Mme Diallo. Ils ont parlé du port.', ['M. Benali a reçu Mme Diallo.', 'Ils ont parlé du port.']],
    ['S.M. le Roi a présidé la cérémonie. Le Dr. Alami était présent.', ['S.M. le Roi a présidé la cérémonie.', 'Le Dr. Alami était présent.']],
    ['La croissance atteint 3.5 % en 2024. Elle était de 2,9 %.', ['La croissance atteint 3.5 % en 2024.', 'Elle était de 2,9 %.']],
    ['Mines, énergie, eau, etc. sont concernées. Le texte entre en vigueur.', ['Mines, énergie, eau, etc. sont concernées.', 'Le texte entre en vigueur.']],
    ['Il a cité les ports, les routes, etc. Le ministre est reparti.', ['Il a cité les ports, les routes, etc.', 'Le ministre est reparti.']],
    ['« Est-ce possible ? » a demandé J. Martin. Oui !', ['« Est-ce possible ? » a demandé J. Martin.', 'Oui !']],
    ["L'O.N.U. a salué l'accord. Les deux pays aussi.", ["L'O.N.U. a salué l'accord.", 'Les deux pays aussi.']],
    ['Une phrase... Puis une autre', ['Une phrase...', 'Puis une autre']],
    ['Titre sans point\nPremière phrase du corps.', ['Titre sans point', 'Première phrase du corps.']],
  ];
  it.each(cases)('%j', (text, expected) => expect(split(text, 'fr')).toEqual(expected));
});

describe('English', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. J. Smith met U.S. officials. They agreed.', ['Mr. J. Smith met U.S. officials.', 'They agreed.']],
    ['The deal, worth 1.2 bln dlrs, was signed. "It is historic," he said.', ['The deal, worth 1.2 bln dlrs, was signed.', '"It is historic," he said.']],
    ['Talks ended on Dec. 16 in Riyadh. Who won? Both sides.', ['Talks ended on Dec. 16 in Riyadh.', 'Who won?', 'Both sides.']],
    ['See www.example.org for details. Thanks.', ['See www.example.org for details.', 'Thanks.']],
  ];
  it.each(cases)('%j', (text, expected) => expect(split(text, 'en')).toEqual(expected));
});

describe('Arabic', () => {
  const cases: Array<[string, string[]]> = [
    ['أكد الوزيران، أمس الثلاثاء، إرادتهما المشتركة. وقال الوزير إن الاتفاق مهم.', ['أكد الوزيران، أمس الثلاثاء، إرادتهما المشتركة.', 'وقال الوزير إن الاتفاق مهم.']],
    ['هل يمكن تسريع المشروع؟ نعم! هذا ما أكده الطرفان.', ['هل يمكن تسريع المشروع؟', 'نعم!', 'هذا ما أكده الطرفان.']],
    ['ناقش الطرفان التعاون في الطاقة، والمعادن، والتكوين؛ ثم انتقلا إلى ملف الاستثمار.', ['ناقش الطرفان التعاون في الطاقة، والمعادن، والتكوين؛ ثم انتقلا إلى ملف الاستثمار.']],
    ['حضر د. أحمد الندوة. ثم غادر.', ['حضر د. أحمد الندوة.', 'ثم غادر.']],
    ['بلغت النسبة 2.5 في المائة. وهو رقم قياسي.', ['بلغت النسبة 2.5 في المائة.', 'وهو رقم قياسي.']],
    ['ضمن فعاليات المنتدى..\nسطر ثان بلا نقطة', ['ضمن فعاليات المنتدى..', 'سطر ثان بلا نقطة']],
  ];
  it.each(cases)('%j', (text, expected) => expect(split(text, 'ar')).toEqual(expected));
});

describe('in a cleaned document', () => {
  it('paragraph breaks end sentences and spans point into the cleaned text', () => {
    const doc = cleanDocument({ id: 's', source: 's', text: 'Le ministre a parlé\n\nوقع البلدان اتفاقية. ثم غادر الوفد.' });
    expect(doc.sentences.map((s) => [doc.text.slice(s.start, s.end), s.paragraph, s.lang])).toEqual([
      ['Le ministre a parlé', 0, 'fr'],
      ['وقع البلدان اتفاقية.', 1, 'ar'],
      ['ثم غادر الوفد.', 1, 'ar'],
    ]);
  });
});
