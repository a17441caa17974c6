// Shape and consistency of the cross-script identity lexicons in extract/lexicons/shared/ (countries, organisations,
// events, cities, persons): columns, ids, ISO codes, duplicates, the generated cities.tsv in step with its hand file.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citySlug, formKey } from '../../../extract/lexicons/scripts/build-cities.js';

const SHARED = fileURLToPath(new URL('../../../extract/lexicons/shared/', import.meta.url));
const require = createRequire(import.meta.url);
type CountryNames = Record<string, string | string[]>;
const i18n = Object.fromEntries(
  ['en', 'fr', 'ar'].map((l) => [l, (require(`i18n-iso-countries/langs/${l}.json`) as { countries: CountryNames }).countries]),
) as Record<'en' | 'fr' | 'ar', CountryNames>;
const ISO = new Set(Object.keys(i18n.en));

interface Line {
  n: number;
  cells: string[];
}

/** Data lines of a shared file with their 1-based line numbers (comments and blank lines skipped). */
function lines(file: string): Line[] {
  return readFileSync(join(SHARED, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ n: i + 1, text }))
    .filter(({ text }) => text.trim() && !text.startsWith('#'))
    .map(({ n, text }) => ({ n, cells: text.split('\t') }));
}

const HARAKAT = /[\u064B-\u065F\u0670\u0640]/;

/** Problems common to every file: column count, stray spaces, NFC, harakat. */
function cellProblems(file: string, columns: number[]): string[] {
  const problems: string[] = [];
  for (const { n, cells } of lines(file)) {
    if (!columns.includes(cells.length)) problems.push(`${file}:${n}: ${cells.length} columns`);
    for (const cell of cells) {
      if (cell !== cell.trim()) problems.push(`${file}:${n}: spaces around "${cell}"`);
      if (cell !== cell.normalize('NFC')) problems.push(`${file}:${n}: not NFC "${cell}"`);
      if (HARAKAT.test(cell)) problems.push(`${file}:${n}: harakat or tatweel in "${cell}"`);
    }
  }
  return problems;
}

/** Duplicate keys among rows. */
function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  return keys.filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
}

/** Ids whose rows are not contiguous, or whose first row is not English (the canonical name comes first). */
function idProblems(rows: Array<{ id: string; lang: string }>, pattern: RegExp): string[] {
  const problems: string[] = [];
  const closed = new Set<string>();
  let current = '';
  for (const { id, lang } of rows) {
    if (!pattern.test(id)) problems.push(`bad id ${id}`);
    if (id === current) continue;
    if (closed.has(id)) problems.push(`rows of ${id} are not contiguous`);
    if (lang !== 'en') problems.push(`${id} does not start with its canonical en row`);
    closed.add(current);
    current = id;
  }
  return problems;
}

describe('countries.tsv', () => {
  const rows = lines('countries.tsv').map(({ cells: [iso2, lang, form, kind] }) => ({ iso2: iso2!, lang: lang!, form: form!, kind: kind! }));

  it('has four valid columns: ISO code known to i18n-iso-countries, language, kind', () => {
    expect(cellProblems('countries.tsv', [4])).toEqual([]);
    expect(rows.filter((r) => !ISO.has(r.iso2) || !['fr', 'ar', 'en'].includes(r.lang) || !['name', 'long', 'demonym', 'kingdom'].includes(r.kind))).toEqual([]);
    expect(duplicates(rows.map((r) => `${r.iso2}|${r.lang}|${r.form}|${r.kind}`))).toEqual([]);
  });

  it('never lists Western Sahara as a state', () => {
    expect(rows.filter((r) => r.iso2 === 'EH')).toEqual([]);
  });

  it('has one kingdom row per language for each kingdom', () => {
    const kingdoms = ['MA', 'SA', 'JO', 'BH', 'ES', 'BE', 'NL', 'GB', 'NO', 'SE', 'DK', 'TH', 'KH', 'SZ', 'LS', 'TO', 'BT'];
    for (const iso of kingdoms) {
      expect(rows.filter((r) => r.iso2 === iso && r.kind === 'kingdom').map((r) => r.lang).sort(), iso).toEqual(['ar', 'en', 'fr']);
    }
    expect(new Set(rows.filter((r) => r.kind === 'kingdom').map((r) => r.iso2))).toEqual(new Set(kingdoms));
  });

  it('covers demonyms for at least 120 states', () => {
    expect(new Set(rows.filter((r) => r.kind === 'demonym').map((r) => r.iso2)).size).toBeGreaterThanOrEqual(120);
  });

  it('gives a form to one country only (after the matcher normalisation)', () => {
    const owner = new Map<string, string>();
    for (const [iso, value] of Object.entries(i18n.en)) if (ISO.has(iso)) owner.set(formKey([value].flat()[0]!), iso);
    const clashes = rows.filter((r) => r.kind !== 'kingdom' && owner.has(formKey(r.form)) && owner.get(formKey(r.form)) !== r.iso2);
    expect(clashes).toEqual([]);
  });

  it('spot check: Morocco in three languages, short and long forms, demonyms', () => {
    const forms = new Set([...rows.filter((r) => r.iso2 === 'MA').map((r) => r.form), ...(['en', 'fr', 'ar'] as const).flatMap((l) => [i18n[l].MA!].flat())]);
    for (const f of ['المغرب', 'Maroc', 'Morocco', 'Royaume du Maroc', 'المملكة المغربية', 'Kingdom of Morocco', 'marocaine', 'المغربية', 'Moroccan']) {
      expect(forms.has(f), f).toBe(true);
    }
    const sa = rows.filter((r) => r.iso2 === 'SA').map((r) => r.form);
    expect(sa).toEqual(expect.arrayContaining(['المملكة العربية السعودية', 'Kingdom of Saudi Arabia', 'saoudienne', 'Saudi']));
    // Forms equal to an i18n-iso-countries name after normalisation are left out of the file, so compare keys.
    const ae = new Set([...rows.filter((r) => r.iso2 === 'AE').map((r) => r.form), ...(['en', 'fr', 'ar'] as const).flatMap((l) => [i18n[l].AE!].flat())].map(formKey));
    for (const f of ['UAE', 'EAU', 'Émirats arabes unis', 'الإمارات', 'Emirati']) expect(ae.has(formKey(f)), f).toBe(true);
  });
});

describe('historical-states.tsv', () => {
  const rows = lines('historical-states.tsv').map(({ cells: [code, lang, form, kind] }) => ({ code: code!, lang: lang!, form: form!, kind: kind! }));

  it('lists former states under codes no current state uses, named in the three languages', () => {
    expect(cellProblems('historical-states.tsv', [4])).toEqual([]);
    expect(rows.filter((r) => ISO.has(r.code) || !['fr', 'ar', 'en'].includes(r.lang) || !['name', 'demonym'].includes(r.kind))).toEqual([]);
    for (const code of new Set(rows.map((r) => r.code))) {
      expect(rows.filter((r) => r.code === code && r.kind === 'name').map((r) => r.lang).sort().filter((l, i, a) => a.indexOf(l) === i), code).toEqual(['ar', 'en', 'fr']);
    }
  });

  it('gives no form of a current state to a former one', () => {
    const current = new Set(lines('countries.tsv').map(({ cells: [, , form] }) => formKey(form!)));
    for (const [, value] of Object.entries(i18n.en)) for (const f of [value].flat()) current.add(formKey(f));
    expect(rows.filter((r) => current.has(formKey(r.form)))).toEqual([]);
  });
});

describe('organizations.tsv', () => {
  const rows = lines('organizations.tsv').map(({ cells: [id, kind, lang, form, country] }) => ({ id: id!, kind: kind!, lang: lang!, form: form!, country: country ?? '' }));
  const ids = new Set(rows.map((r) => r.id));

  it('has five valid columns, at least 250 organisations, canonical en rows first', () => {
    expect(cellProblems('organizations.tsv', [5])).toEqual([]);
    expect(ids.size).toBeGreaterThanOrEqual(250);
    expect(idProblems(rows, /^org:[a-z0-9]+(?:-[a-z0-9]+)*$/)).toEqual([]);
    const kinds = ['igo', 'agency', 'ministry', 'company', 'bank', 'media', 'association', 'other'];
    expect(rows.filter((r) => !kinds.includes(r.kind) || !['en', 'fr', 'ar', '*'].includes(r.lang))).toEqual([]);
    expect(rows.filter((r) => r.country !== '' && (!ISO.has(r.country) || r.country === 'EH'))).toEqual([]);
    expect(duplicates(rows.map((r) => `${r.id}|${r.lang}|${r.form}`))).toEqual([]);
  });

  it('keeps kind and country constant within an id, and each form to one organisation', () => {
    const first = new Map<string, { kind: string; country: string }>();
    for (const r of rows) first.set(r.id, first.get(r.id) ?? r);
    expect(rows.filter((r) => first.get(r.id)!.kind !== r.kind || first.get(r.id)!.country !== r.country)).toEqual([]);
    // Acronyms compare case-sensitively (the matcher does), names after normalisation.
    const key = (f: string) => (/^[\p{Lu}\p{N}&.\-]+$/u.test(f) ? `A:${f.replace(/\./g, '')}` : `N:${formKey(f)}`);
    const owner = new Map<string, string>();
    const shared = rows.filter((r) => owner.get(key(r.form)) !== undefined && owner.get(key(r.form)) !== r.id || (owner.set(key(r.form), r.id), false));
    expect(shared).toEqual([]);
  });

  it('spot check: UNIDO, the African Union, the DCO, Maroc Export', () => {
    const forms = (id: string) => rows.filter((r) => r.id === id).map((r) => `${r.lang}:${r.form}`);
    expect(forms('org:unido')).toEqual(expect.arrayContaining(['en:UNIDO', 'fr:ONUDI', 'ar:اليونيدو', 'ar:منظمة الأمم المتحدة للتنمية الصناعية']));
    expect(forms('org:au')).toEqual(expect.arrayContaining(['en:African Union', 'fr:Union africaine', 'ar:الاتحاد الإفريقي']));
    expect(forms('org:dco')).toEqual(expect.arrayContaining(['*:DCO', 'ar:منظمة التعاون الرقمي']));
    expect(forms('org:maroc-export')).toEqual(expect.arrayContaining(['fr:Maroc Export', 'ar:مغرب تصدير', 'en:Morocco Export']));
    expect(rows.find((r) => r.id === 'org:maroc-export')!.country).toBe('MA');
  });
});

describe('events.tsv and persons.tsv', () => {
  const events = lines('events.tsv').map(({ cells: [id, lang, form] }) => ({ id: id!, lang: lang!, form: form! }));
  const persons = lines('persons.tsv').map(({ cells: [id, lang, form] }) => ({ id: id!, lang: lang!, form: form! }));

  it('events: three columns, at least 40 events, COP as a numbered family', () => {
    expect(cellProblems('events.tsv', [3])).toEqual([]);
    expect(idProblems(events, /^event:[a-z0-9]+(?:-[a-z0-9]+)*$/)).toEqual([]);
    expect(events.filter((r) => !['en', 'fr', 'ar', '*'].includes(r.lang))).toEqual([]);
    expect(duplicates(events.map((r) => `${r.id}|${r.lang}|${r.form}`))).toEqual([]);
    expect(new Set(events.map((r) => r.id)).size).toBeGreaterThanOrEqual(40);
    expect(events).toContainEqual({ id: 'event:cop', lang: '*', form: 'COP' });
  });

  it('persons: three columns, at least 80 people, each with an Arabic form', () => {
    expect(cellProblems('persons.tsv', [3])).toEqual([]);
    expect(idProblems(persons, /^person:[a-z0-9]+(?:-[a-z0-9]+)*$/)).toEqual([]);
    expect(persons.filter((r) => !['en', 'fr', 'ar'].includes(r.lang))).toEqual([]);
    expect(duplicates(persons.map((r) => `${r.id}|${r.lang}|${r.form}`))).toEqual([]);
    const ids = new Set(persons.map((r) => r.id));
    expect(ids.size).toBeGreaterThanOrEqual(80);
    expect([...ids].filter((id) => !persons.some((r) => r.id === id && r.lang === 'ar'))).toEqual([]);
    expect(persons.filter((r) => r.id === 'person:mohammed-vi').map((r) => r.form)).toEqual(expect.arrayContaining(['Mohammed VI', 'محمد السادس']));
    expect(persons.filter((r) => r.id === 'person:li-yong').map((r) => r.form)).toEqual(expect.arrayContaining(['Li Yong', 'لي يونغ']));
  });
});

describe('cities.tsv and cities-names.tsv', () => {
  const parse = (file: string) =>
    lines(file).map(({ cells: [id, iso2, lang, form, population, note] }) => ({ id: id!, iso2: iso2!, lang: lang!, form: form!, population: population!, note: note ?? '' }));
  const cities = parse('cities.tsv');
  const hand = parse('cities-names.tsv');

  it('cities.tsv: valid columns, ids, ISO codes, populations and notes; small enough', () => {
    expect(cellProblems('cities.tsv', [6])).toEqual([]);
    expect(idProblems(cities, /^loc:[a-z0-9]+(?:-[a-z0-9]+)*$/)).toEqual([]);
    expect(cities.filter((r) => (r.iso2 !== '' && !ISO.has(r.iso2)) || r.iso2 === 'EH')).toEqual([]);
    expect(cities.filter((r) => !['en', 'fr', 'ar'].includes(r.lang) || !/^\d*$/.test(r.population))).toEqual([]);
    expect(cities.filter((r) => !['', 'also-country', 'common-word'].includes(r.note))).toEqual([]);
    expect(duplicates(cities.map((r) => `${r.id}|${r.lang}|${r.form}`))).toEqual([]);
    const first = new Map<string, (typeof cities)[number]>();
    for (const r of cities) first.set(r.id, first.get(r.id) ?? r);
    expect(cities.filter((r) => first.get(r.id)!.iso2 !== r.iso2 || first.get(r.id)!.population !== r.population)).toEqual([]);
    expect(statSync(join(SHARED, 'cities.tsv')).size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('cities-names.tsv: at least 300 places, every hand row merged into cities.tsv (rebuild after editing)', () => {
    expect(cellProblems('cities-names.tsv', [5, 6])).toEqual([]);
    expect(new Set(hand.map((r) => r.id)).size).toBeGreaterThanOrEqual(300);
    const merged = new Set(cities.map((r) => `${r.id}|${r.iso2}|${r.lang}|${formKey(r.form)}`));
    const stale = hand.filter((r) => !merged.has(`${r.id}|${r.iso2}|${r.lang}|${formKey(r.form)}`));
    expect(stale, 'run: npx tsx extract/lexicons/scripts/build-cities.ts').toEqual([]);
  });

  it('marks Arabic capital names that are also country names', () => {
    const note = (id: string, form: string) => cities.find((r) => r.id === id && r.form === form)?.note;
    expect(note('loc:algiers', 'الجزائر')).toBe('also-country');
    expect(note('loc:tunis', 'تونس')).toBe('also-country');
    expect(note('loc:amman', 'عمان')).toBe('also-country');
    expect(note('loc:kuwait-city', 'الكويت')).toBe('also-country');
  });

  it('spot check: Riyadh, Casablanca, Laâyoune (no country asserted), a Moroccan region', () => {
    const forms = (id: string) => cities.filter((r) => r.id === id).map((r) => r.form);
    expect(forms('loc:riyadh')).toEqual(expect.arrayContaining(['Riyadh', 'Riyad', 'الرياض']));
    expect(forms('loc:casablanca')).toEqual(expect.arrayContaining(['Casablanca', 'الدار البيضاء']));
    expect(forms('loc:souss-massa')).toEqual(expect.arrayContaining(['Souss-Massa', 'سوس ماسة']));
    expect(cities.find((r) => r.id === 'loc:laayoune')!.iso2).toBe('');
    expect(cities.find((r) => r.id === 'loc:riyadh')!.iso2).toBe('SA');
  });

  it('build script slugs: apostrophes dropped, spaces to hyphens, diacritics folded', () => {
    expect(citySlug("N'Djamena")).toBe('ndjamena');
    expect(citySlug('Ta’if')).toBe('taif');
    expect(citySlug('Addis Ababa')).toBe('addis-ababa');
    expect(citySlug('Fès')).toBe('fes');
    expect(formKey('Laâyoune')).toBe(formKey('laayoune'));
    expect(formKey('الإسكندرية')).toBe(formKey('الاسكندرية'));
  });
});
