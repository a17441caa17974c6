// Synthetic news text of any size for scaling and fuzz tests: seeded, our own sentence templates
// (never corpus text), dense in the names and triggers that make the relation rules work hardest.
import { seededRandom } from '../../model/random.js';

const FR = {
  countries: ['le Maroc', 'la France', 'le Sénégal', 'la Tunisie', "l'Égypte", 'le Nigeria', 'la Mauritanie', 'le Japon'],
  people: ['Nadia Benali', 'Karim Haddou', 'Sophie Marchand', 'Omar Diallo', 'Claire Fontaine', 'Youssef Amrani'],
  titles: ['le ministre des Affaires étrangères', 'la ministre de la Santé', 'le président', 'le Premier ministre'],
  orgs: ["l'Union africaine", "l'Organisation des Nations unies", 'la Banque mondiale', "l'Union européenne"],
  cities: ['Rabat', 'Dakar', 'Tunis', 'Paris', 'Le Caire', 'Abuja'],
  templates: [
    '{p}, {t}, a signé avec {c2} un mémorandum d\'entente dans le domaine de l\'énergie à {city} le {d}.',
    '{c1} et {c2} ont signé une convention relative à la formation professionnelle.',
    'Cet accord a été signé par {p} et {q} en présence de représentants de {o}.',
    '{p} a rencontré {q} à {city} pour discuter de la coopération entre {c1} et {c2}.',
    '{o} et {c1} ont conclu un partenariat portant sur la sécurité alimentaire.',
    'Les deux pays ont signé un protocole d\'accord en matière de transport le {d}.',
    'La convention a été paraphée par {p}, {t}, lors d\'une cérémonie à {city}.',
    '{c1} est membre de {o} depuis de nombreuses années, a rappelé {p}.',
  ],
};
const EN = {
  countries: ['Morocco', 'France', 'Senegal', 'Tunisia', 'Egypt', 'Nigeria', 'Japan', 'Jordan'],
  people: ['Nadia Benali', 'Karim Haddou', 'Sophie Marchand', 'Omar Diallo', 'Claire Fontaine', 'Youssef Amrani'],
  titles: ['the foreign minister', 'the health minister', 'the president', 'the prime minister'],
  orgs: ['the African Union', 'the United Nations', 'the World Bank', 'the European Union'],
  cities: ['Rabat', 'Dakar', 'Tunis', 'Paris', 'Cairo', 'Amman'],
  templates: [
    '{p}, {t}, signed a memorandum of understanding with {c2} in the field of energy in {city} on {d}.',
    '{c1} and {c2} signed a convention on vocational training.',
    'The agreement was signed by {p} and {q} in the presence of officials from {o}.',
    '{p} met {q} in {city} to discuss cooperation between {c1} and {c2}.',
    '{o} and {c1} announced a partnership on food security.',
    'The two countries signed a protocol on transport on {d}.',
    '{c1} has been a member of {o} for many years, {p} said.',
  ],
};
const AR = {
  countries: ['المغرب', 'فرنسا', 'السنغال', 'تونس', 'مصر', 'نيجيريا', 'اليابان', 'الأردن'],
  people: ['نادية بنعلي', 'كريم حدو', 'عمر ديالو', 'يوسف العمراني'],
  titles: ['وزير الخارجية', 'وزيرة الصحة', 'الرئيس', 'رئيس الوزراء'],
  orgs: ['الاتحاد الأفريقي', 'الأمم المتحدة', 'البنك الدولي', 'الاتحاد الأوروبي'],
  cities: ['الرباط', 'داكار', 'تونس', 'باريس', 'القاهرة', 'عمان'],
  templates: [
    'وقع {t} {p} مع {c2} مذكرة تفاهم في مجال الطاقة في {city} يوم {d}.',
    'وقعت {c1} و{c2} اتفاقية بشأن التكوين المهني.',
    'التقى {p} ب{q} في {city} لبحث التعاون بين {c1} و{c2}.',
    'أعلن {o} و{c1} عن شراكة في مجال الأمن الغذائي.',
    'وقع البلدان بروتوكول اتفاق في مجال النقل يوم {d}.',
  ],
};
const DATES = { fr: ['12 mars 2023', '3 juillet 2022', '28 octobre 2024'], en: ['12 March 2023', '3 July 2022', '28 October 2024'], ar: ['12 مارس 2023', '3 يوليو 2022', '28 أكتوبر 2024'] };
export type GenLang = 'fr' | 'en' | 'ar';
const BANKS = { fr: FR, en: EN, ar: AR };

/** About `bytes` UTF-8 bytes of news-like paragraphs (3–6 sentences each) in `lang`, the same for the same seed. */
export function generateNews(bytes: number, seed = 1, lang: GenLang = 'fr'): string {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const bank = BANKS[lang];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const [c1, c2] = [pick(bank.countries), pick(bank.countries)];
      const [p, q] = [pick(bank.people), pick(bank.people)];
      let s = pick(bank.templates)
        .replace('{c1}', c1)
        .replace('{c2}', c2)
        .replace('{p}', p)
        .replace('{q}', q)
        .replace('{t}', pick(bank.titles))
        .replace('{o}', pick(bank.orgs))
        .replace('{city}', pick(bank.cities))
        .replace('{d}', pick(DATES[lang]));
      if (lang !== 'ar') s = s[0]!.toUpperCase() + s.slice(1);
      sentences.push(s);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n') + '\n';
}
