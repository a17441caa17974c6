// The office holders knowledge file (extract/lexicons/shared/office-holders.tsv): who held which office of which
// country or organisation, when, and under which names in English, French and Arabic. Lookups by full name (any
// script) and by family name, for linking persons across documents and for affiliation from a known office.
import { TafahumError } from '../../model/errors.js';
import { readTsv } from '../lexicons/files.js';
import { nameKey } from '../text/normalize.js';

export type OfficeKind = 'head-of-state' | 'head-of-government' | 'foreign-affairs' | 'economy' | 'finance' | 'trade' | 'head';

export interface OfficeTerm {
  /** Person id (as in persons.tsv). */
  id: string;
  /** ISO alpha-2 of a country, or an organisation id ("org:un"). */
  scope: string;
  office: OfficeKind;
  from: number;
  /** Last year in office; undefined while in office. */
  to?: number;
  names: { en: string; fr: string; ar: string };
}

export interface OfficeHolders {
  terms: OfficeTerm[];
  /** nameKey of every name of a holder (any script) → person id. */
  byName: Map<string, string>;
  /** Family name token (nameKey of the last word, article kept and dropped) → person ids. */
  byFamily: Map<string, Set<string>>;
  /** Every name of a person id, in every script. */
  namesOf: Map<string, string[]>;
}

const OFFICES = new Set<OfficeKind>(['head-of-state', 'head-of-government', 'foreign-affairs', 'economy', 'finance', 'trade', 'head']);

/** Reads the knowledge file's rows (malformed rows are an error naming the line). */
export function parseOfficeHolders(rows: string[][], source = 'shared/office-holders.tsv'): OfficeHolders {
  const terms: OfficeTerm[] = [];
  rows.forEach((row, i) => {
    const [id, scope, office, from, to, en, fr, ar] = row;
    if (!id?.startsWith('person:') || !scope || !OFFICES.has(office as OfficeKind) || !/^\d{4}$/.test(from ?? '') || (to && !/^\d{4}$/.test(to)) || !en) {
      throw new TafahumError('E_FORMAT', `${source}: row ${i + 1} is not "id scope office from to en fr ar": ${row.join(' | ').slice(0, 80)}`);
    }
    terms.push({ id, scope, office: office as OfficeKind, from: Number(from), ...(to ? { to: Number(to) } : {}), names: { en, fr: fr || en, ar: ar ?? '' } });
  });
  const byName = new Map<string, string>();
  const byFamily = new Map<string, Set<string>>();
  const namesOf = new Map<string, string[]>();
  for (const t of terms) {
    for (const name of [t.names.en, t.names.fr, t.names.ar]) {
      if (!name) continue;
      byName.set(holderKey(name), t.id);
      const list = namesOf.get(t.id) ?? [];
      if (!list.includes(name)) list.push(name);
      namesOf.set(t.id, list);
      const words = nameKey(name).split(' ');
      if (words.length < 2) continue;
      for (const family of familyKeys(words[words.length - 1]!)) (byFamily.get(family) ?? byFamily.set(family, new Set()).get(family)!).add(t.id);
    }
  }
  return { terms, byName, byFamily, namesOf };
}

/** Name key with Arabic compounds joined ("عبد العزيز" = "عبدالعزيز"), as the press writes both. */
export function holderKey(name: string): string {
  return nameKey(name).replace(/(^|\s)(عبد|ابو) (?=\S)/g, '$1$2');
}

/** A family name token with and without its article ("العلمي" / "علمي", "al-sisi" / "sisi"). */
export function familyKeys(token: string): string[] {
  return [...new Set([token, token.replace(/^(?:ال|al|el)(?=\S{3,})/, '')])];
}

let cached: OfficeHolders | undefined;

export function defaultOfficeHolders(): OfficeHolders {
  cached ??= parseOfficeHolders(readTsv('shared/office-holders.tsv'));
  return cached;
}

/**
 * The office a person held in a year: by any of their names in the file (full name, any script). Without a year,
 * the latest term. Several offices in one year (prime minister and foreign minister): the first listed.
 */
export function officeHolder(name: string, year?: number, holders: OfficeHolders = defaultOfficeHolders()): { id: string; scope: string; office: OfficeKind } | undefined {
  const id = holders.byName.get(holderKey(name));
  if (!id) return undefined;
  const terms = holders.terms.filter((t) => t.id === id);
  const term = year === undefined ? terms.reduce((a, b) => (b.from > a.from ? b : a)) : terms.find((t) => t.from <= year && (t.to === undefined || year <= t.to));
  return term ? { id, scope: term.scope, office: term.office } : undefined;
}

/** The one holder whose family name this is, when the file has exactly one; else undefined. */
export function holderByFamilyName(token: string, holders: OfficeHolders = defaultOfficeHolders()): string | undefined {
  const ids = new Set<string>();
  for (const k of familyKeys(nameKey(token))) for (const id of holders.byFamily.get(k) ?? []) ids.add(id);
  return ids.size === 1 ? [...ids][0] : undefined;
}
