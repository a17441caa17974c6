// The entity gazetteer: countries (i18n-iso-countries + own variants), organisations, events,
// cities and well-known persons from extract/lexicons/shared/, with stable ids. Built once per process
// or worker, into ExtractionResources (extract/resources.ts).
import { createRequire } from 'node:module';
import type { EntityType, Language } from '../../model/types.js';
import { Gazetteer } from './gazetteer.js';
import { readTsv } from './files.js';

export interface LexiconEntity {
  type: EntityType;
  id: string;
  /** Canonical display name (English where the lexicon has it). */
  canonical: string;
  ruleId: string;
  confidence: number;
  kind?: string;
  /** ISO alpha-2 the entity belongs to (a country's own code, a national body's country). */
  country?: string;
  /** Anaphoric description ("le Royaume", "المنظمة") to resolve against the document. */
  anaphor?: 'kingdom' | 'organization' | 'ministry';
  /** The form is also a common word ("مالي" financial, "العيون" the eyes): accepted only in a place context. */
  weak?: boolean;
}

export interface EntityLexicon {
  gazetteer: Gazetteer<LexiconEntity>;
  /** Canonical name by entity id. */
  names: Map<string, string>;
  /** ISO codes of kingdoms. */
  kingdoms: Set<string>;
  /** Every lexicon form by entity id (for aliases and cross-script identity). */
  forms: Map<string, Set<string>>;
  /** ISO alpha-2 of the country a city, national body or person belongs to, by entity id. */
  countryOf: Map<string, string>;
  /** Kind of a lexicon organisation (igo, agency, ministry, company, bank, media, …), by id. */
  kindOf: Map<string, string>;
}

const EXCLUDED_COUNTRIES = new Set(['EH']); // disputed: never asserted as a state by the extractor
const LANGS: Language[] = ['en', 'fr', 'ar'];

let processDefault: EntityLexicon | undefined;

/**
 * The process-wide default, for stages that do not receive ExtractionResources yet (resolution,
 * relations). New code takes the lexicon from the resources passed in (extract/resources.ts).
 */
export function entityLexicon(): EntityLexicon {
  processDefault ??= buildEntityLexicon();
  return processDefault;
}

/** Builds the entity lexicon from the data files (reads them; call once per process or worker). */
export function buildEntityLexicon(): EntityLexicon {
  const gazetteer = new Gazetteer<LexiconEntity>();
  const names = new Map<string, string>();
  const forms = new Map<string, Set<string>>();
  const kingdoms = new Set<string>();
  const countryOf = new Map<string, string>();
  const kindOf = new Map<string, string>();
  const add = (form: string, entity: LexiconEntity, caseRule?: 'exact' | 'capitalized' | 'any') => {
    // A one-letter name ("e&") would match initials and abbreviations everywhere.
    if (!form || form.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return;
    if (entity.country && !entity.id.startsWith('country:')) countryOf.set(entity.id, entity.country);
    if (entity.kind && entity.type === 'Organization') kindOf.set(entity.id, entity.kind);
    gazetteer.add(form, entity, caseRule);
    if (!names.has(entity.id)) names.set(entity.id, entity.canonical);
    if (!entity.anaphor) {
      const set = forms.get(entity.id) ?? new Set<string>();
      set.add(form);
      forms.set(entity.id, set);
    }
  };

  // Countries: names from i18n-iso-countries in the three languages, then our variants.
  const require = createRequire(import.meta.url);
  const weakForms = new Set(readTsv('shared/weak-forms.tsv').map(([lang, form]) => `${lang}\t${form}`));
  const byLang = Object.fromEntries(
    LANGS.map((l) => [l, (require(`i18n-iso-countries/langs/${l}.json`) as { countries: Record<string, string | string[]> }).countries]),
  ) as Record<Language, Record<string, string | string[]>>;
  for (const iso of Object.keys(byLang.en)) {
    if (EXCLUDED_COUNTRIES.has(iso)) continue;
    const canonical = canonicalCountryName(byLang.en[iso]!);
    for (const lang of LANGS) {
      const value = byLang[lang][iso];
      for (const form of Array.isArray(value) ? value : value ? [value] : []) {
        if (form.includes(',')) continue; // "Korea, Republic of": catalogue order, not prose
        const weak = weakForms.has(`${lang}\t${form}`);
        add(form, { type: 'Country', id: `country:${iso}`, canonical, ruleId: 'lexicon.country.name', confidence: 0.95, country: iso, ...(weak ? { weak } : {}) });
      }
    }
  }
  for (const [iso, , form, kind] of readTsv('shared/countries.tsv')) {
    if (!iso || !form || EXCLUDED_COUNTRIES.has(iso)) continue;
    const canonical = names.get(`country:${iso}`) ?? iso;
    if (kind === 'kingdom') {
      kingdoms.add(iso);
      continue;
    }
    const demonym = kind === 'demonym';
    add(
      form,
      { type: 'Country', id: `country:${iso}`, canonical, ruleId: demonym ? 'lexicon.country.demonym' : `lexicon.country.${kind || 'name'}`, confidence: demonym ? 0.75 : 0.95, country: iso },
      demonym && !/[\u0600-\u06FF]/.test(form) && form[0] === form[0]!.toLowerCase() ? 'any' : undefined,
    );
  }

  // States of older news (ISO 3166-3 codes: Soviet Union, East Germany, ...): the canonical name is the first en name.
  const historical = readTsv('shared/historical-states.tsv');
  for (const [code, lang, form, kind] of historical) {
    if (!code || !lang || !form) continue;
    const canonical = historical.find(([c, l, , k]) => c === code && l === 'en' && k === 'name')?.[2] ?? code;
    const demonym = kind === 'demonym';
    add(
      form,
      { type: 'Country', id: `country:${code}`, canonical, ruleId: demonym ? 'lexicon.country.demonym' : 'lexicon.country.historical', confidence: demonym ? 0.75 : 0.95, country: code },
      demonym && !/[\u0600-\u06FF]/.test(form) && form[0] === form[0]!.toLowerCase() ? 'any' : undefined,
    );
  }

  addNamedEntities('shared/organizations.tsv', 'Organization', 'lexicon.org', add, (row) => ({ id: row[0]!, kind: row[1], lang: row[2]!, form: row[3]!, country: row[4] }));
  // Names and acronyms of international bodies from open lists (generated by scripts/build-organisations.ts).
  addNamedEntities('shared/organizations-open.tsv', 'Organization', 'lexicon.org', add, (row) => ({ id: row[0]!, kind: row[1], lang: row[2]!, form: row[3]!, country: row[4] }));
  addNamedEntities('shared/events.tsv', 'Event', 'lexicon.event', add, (row) => ({ id: row[0]!, lang: row[1]!, form: row[2]! }));
  // cities.tsv already holds the hand-named rows of cities-names.tsv, merged by scripts/build-cities.ts.
  addNamedEntities('shared/cities.tsv', 'Location', 'lexicon.city', add, (row) => ({ id: row[0]!, country: row[1], lang: row[2]!, form: row[3]!, weak: row[5] === 'common-word' }));
  addNamedEntities('shared/persons.tsv', 'Person', 'lexicon.person', add, (row) => ({ id: row[0]!, lang: row[1]!, form: row[2]! }));

  for (const lang of LANGS) {
    for (const [form, refers] of readTsv(`${lang}/anaphors.tsv`)) {
      if (!form || !refers) continue;
      const type: EntityType = refers === 'kingdom' ? 'Country' : 'Organization';
      add(form, { type, id: `anaphor:${refers}`, canonical: form, ruleId: `anaphor.${refers}`, confidence: 0.6, anaphor: refers as LexiconEntity['anaphor'] }, 'any');
    }
  }
  return { gazetteer, names, kingdoms, forms, countryOf, kindOf };
}

interface NamedRow {
  id: string;
  lang: string;
  form: string;
  kind?: string;
  country?: string;
  weak?: boolean;
}

function addNamedEntities(
  file: string,
  type: EntityType,
  ruleId: string,
  add: (form: string, entity: LexiconEntity) => void,
  parse: (row: string[]) => NamedRow,
): void {
  const rows = readTsv(file).map(parse).filter((r) => r.id && r.form);
  const canonical = new Map<string, string>();
  for (const r of rows) if (r.lang === 'en' && !canonical.has(r.id)) canonical.set(r.id, r.form);
  for (const r of rows) if (!canonical.has(r.id)) canonical.set(r.id, r.form);
  for (const r of rows) {
    const country = r.country && /^[A-Z]{2}$/.test(r.country) ? r.country : undefined;
    add(r.form, { type, id: r.id, canonical: canonical.get(r.id)!, ruleId, confidence: 0.9, kind: r.kind || undefined, country, ...(r.weak ? { weak: true } : {}) });
  }
}

const FORMAL = /Republic of|People's|of America|State of|Federation|Kingdom of/;

function canonicalCountryName(value: string | string[]): string {
  const list = Array.isArray(value) ? value : [value];
  const usual = list.filter((n) => !n.includes(',') && n !== n.toUpperCase());
  return usual.find((n) => !FORMAL.test(n)) ?? usual[0] ?? list[0]!;
}
