// Per-language word lists used by the mention and relation rules, built from extract/lexicons/<lang>/.
// The code that uses them stays language-neutral: it asks "is this a title?", never "is this 'ministre'?".
import type { Language } from '../../model/types.js';
import { normalizeName } from '../text/normalize.js';
import { Gazetteer } from './gazetteer.js';
import { readList, readTsv } from './files.js';

export interface TitleInfo {
  form: string;
  kind: 'honorific' | 'role' | 'royal';
  gender?: 'm' | 'f';
}

export interface LanguageLexicon {
  lang: Language;
  titles: Gazetteer<TitleInfo>;
  /** Normalised words that never start or form a person name. */
  nonNames: Set<string>;
  /** Normalised function words. */
  stopwords: Set<string>;
  orgHeads: Gazetteer<{ kind: string }>;
  orgSuffixes: Set<string>;
  eventHeads: Gazetteer<{ kind: string }>;
  agreementKinds: Gazetteer<{ kind: string }>;
  /** Connector phrases by kind (between, and, with, counterpart, both-parties, ...). */
  connectors: Gazetteer<{ kind: string }>;
  /** Name particles that may sit inside a name (bin, ben, El, ولد...), normalised. */
  particles: Set<string>;
  /** Relative pronouns only a person takes ("who"), normalised. */
  personRelatives: Set<string>;
}

const processDefault = new Map<Language, LanguageLexicon>();

/**
 * The process-wide default, for stages that do not receive ExtractionResources yet (relations).
 * New code takes `resources.language(lang)` (extract/resources.ts).
 */
export function languageLexicon(lang: Language): LanguageLexicon {
  let lex = processDefault.get(lang);
  if (!lex) {
    lex = buildLanguageLexicon(lang);
    processDefault.set(lang, lex);
  }
  return lex;
}

/** Builds one language's word lists from its data files. */
export function buildLanguageLexicon(lang: Language): LanguageLexicon {
  const titles = new Gazetteer<TitleInfo>();
  for (const [form, kind, gender] of readTsv(`${lang}/titles.tsv`)) {
    if (!form || !kind) continue;
    // Latin honorifics are capitalised ("M.", "Mme", "Dr"); roles are written in lower case in French.
    const caseRule = kind === 'honorific' && !/[\u0600-\u06FF]/.test(form) ? 'capitalized' : 'any';
    titles.add(form, { form, kind: kind as TitleInfo['kind'], gender: gender === 'm' || gender === 'f' ? gender : undefined }, caseRule);
  }
  const gazetteerOf = (file: string) => {
    const g = new Gazetteer<{ kind: string }>();
    for (const [form, kind] of readTsv(file)) if (form) g.add(form, { kind: kind ?? '' }, 'any');
    return g;
  };
  const normSet = (items: string[]) => new Set(items.map((w) => normalizeName(w)).filter(Boolean));
  const particles = new Set<string>();
  for (const [form, , kind] of readTsv('shared/surname-particles.tsv')) if (form && kind !== 'honorific') particles.add(normalizeName(form));
  return {
    lang,
    titles,
    nonNames: normSet(readList(`${lang}/non-names.txt`)),
    stopwords: normSet(readList(`${lang}/stopwords.txt`)),
    orgHeads: gazetteerOf(`${lang}/org-heads.tsv`),
    orgSuffixes: normSet(readList(`${lang}/org-suffixes.txt`)),
    eventHeads: gazetteerOf(`${lang}/event-heads.tsv`),
    agreementKinds: gazetteerOf(`${lang}/agreement-kinds.tsv`),
    connectors: gazetteerOf(`${lang}/connectors.tsv`),
    particles,
    personRelatives: normSet(readList(`${lang}/person-relatives.txt`)),
  };
}

export interface GivenNames {
  /** Normalised Latin given names. */
  latin: Set<string>;
  /** Normalised Arabic given names. */
  arabic: Set<string>;
  /** Arabic form → Latin forms, and Latin → Arabic, normalised. */
  arabicToLatin: Map<string, string[]>;
  latinToArabic: Map<string, string[]>;
  honorifics: Set<string>;
}

let givenNamesDefault: GivenNames | undefined;

/** The process-wide default (resolution); new code takes `resources.names`. */
export function givenNames(): GivenNames {
  givenNamesDefault ??= buildGivenNames();
  return givenNamesDefault;
}

/** Builds the given-name lexicon from shared/given-names.tsv. */
export function buildGivenNames(): GivenNames {
  const latin = new Set<string>();
  const arabic = new Set<string>();
  const arabicToLatin = new Map<string, string[]>();
  const latinToArabic = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, k: string, v: string) => {
    const list = map.get(k) ?? [];
    if (!list.includes(v)) list.push(v);
    map.set(k, list);
  };
  for (const [l, a] of readTsv('shared/given-names.tsv')) {
    const ln = l ? normalizeName(l) : '';
    const an = a ? normalizeName(a) : '';
    if (ln) latin.add(ln);
    if (an) arabic.add(an);
    if (ln && an) {
      push(arabicToLatin, an, ln);
      push(latinToArabic, ln, an);
    }
  }
  const honorifics = new Set<string>();
  for (const [form, , kind] of readTsv('shared/surname-particles.tsv')) if (form && kind === 'honorific') honorifics.add(normalizeName(form));
  return { latin, arabic, arabicToLatin, latinToArabic, honorifics };
}
