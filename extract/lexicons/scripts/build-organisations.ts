// Builds extract/lexicons/shared/organizations-open.tsv: names and acronyms of international bodies from open
// lists — supraverden (CC BY-SA 4.0) and the IATI CRS channel codes (CC BY 4.0, "IATI Standard") — merged with
// shared/organizations.tsv by exact name only: a body already there keeps its id and gains its other official
// names; a new body gets its own id. A form claimed by two bodies, or by a country, city, person or event, is
// left out; so are generic categories and the acronyms of organisation-acronym-stops.txt.
// Run: npx tsx extract/lexicons/scripts/build-organisations.ts [shared-kb-dir]   (deterministic)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../../text/normalize.js';
import { parseCrsChannelCodes, parseSupraverden, type OpenOrganisation } from './open-organisations.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED_LEX = join(HERE, '..', 'shared');
const ROOT = resolve(HERE, '../../..');
const KB = process.argv[2] ?? join(resolve(process.env.TAFAHUM_SHARED ?? join(ROOT, '..', 'shared')), 'kb', 'organisations');

const tsv = (file: string) =>
  readFileSync(join(SHARED_LEX, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));

// Forms of the hand-written organisation lexicon, by key; and keys that name something else.
const existing = new Map<string, string>();
const existingForms = new Map<string, Set<string>>();
const existingKind = new Map<string, string>();
for (const [id, kind, , form] of tsv('organizations.tsv')) {
  if (!id || !form) continue;
  existing.set(nameKey(form), id);
  (existingForms.get(id) ?? existingForms.set(id, new Set()).get(id)!).add(nameKey(form));
  if (!existingKind.has(id)) existingKind.set(id, kind ?? 'igo');
}
const taken = new Set<string>();
for (const [, , form] of tsv('countries.tsv')) if (form) taken.add(nameKey(form));
for (const [, , , form] of tsv('cities.tsv')) if (form) taken.add(nameKey(form));
for (const [, , form] of tsv('persons.tsv')) if (form) taken.add(nameKey(form));
for (const [, , form] of tsv('events.tsv')) if (form) taken.add(nameKey(form));
const require = createRequire(import.meta.url);
for (const lang of ['en', 'fr', 'ar']) {
  const { countries } = require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> };
  for (const v of Object.values(countries)) for (const f of Array.isArray(v) ? v : [v]) taken.add(nameKey(f));
}
const stops = new Set(readFileSync(join(HERE, 'organisation-acronym-stops.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.trim()));
for (const lang of ['en', 'fr']) for (const w of readFileSync(join(HERE, '..', lang, 'stopwords.txt'), 'utf8').split('\n')) if (w && !w.startsWith('#')) stops.add(w.trim().toUpperCase());

// Three-letter acronyms are common words or country codes too often ("SAU", "FRA", "ECA" for two bodies):
// kept only for the families the news this product follows cites by acronym, and never when a country code.
const alpha3 = new Set(Object.values((require('i18n-iso-countries') as { getAlpha3Codes(): Record<string, string> }).getAlpha3Codes()));
const SHORT_ACRONYM_FAMILIES = new Set(['UN and affiliates', 'African Union entities', 'Arab League entities', 'ECOWAS entities']);
const acronymOk = (form: string, org: OpenOrganisation) =>
  /^[A-Z][A-Za-z0-9&-]{2,11}$/.test(form) && (form.match(/[A-Z]/g) ?? []).length >= 2 && !stops.has(form.toUpperCase()) && !alpha3.has(form.toUpperCase()) &&
  (form.length >= 4 || (!!org.family && SHORT_ACRONYM_FAMILIES.has(org.family)) || org.source === 'iati');

const open: OpenOrganisation[] = [
  ...parseSupraverden(readFileSync(join(KB, 'supraverden-general_list.yaml'), 'utf8')),
  ...parseCrsChannelCodes(readFileSync(join(KB, 'iati-CRSChannelCode.xml'), 'utf8')),
];

// Words shared by several bodies' names ("council", "commission", "european") say nothing of which body is meant.
const df = new Map<string, number>();
for (const org of open) {
  const words = new Set(org.forms.filter((f) => f.lang !== '*' && !f.alternative).flatMap((f) => nameKey(f.form).split(' ')));
  for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
}
const distinctive = (form: string) => nameKey(form).split(' ').some((w) => w.length > 2 && (df.get(w) ?? 0) < 3 && !stops.has(w.toUpperCase()));

// Which body each form key points to; a key claimed by two bodies is ambiguous and dropped.
interface Row { id: string; kind: string; lang: string; form: string; source: string }
const rows: Row[] = [];
const claims = new Map<string, Set<string>>();
let attached = 0;
let created = 0;
let skippedAmbiguous = 0;
const opened = new Map<string, string>();
for (const org of open) {
  const forms = org.forms.filter((f) => f.form.length >= 3 && !(f.alternative && !distinctive(f.form)) && !(f.lang === '*' && !acronymOk(f.form, org)));
  // A body named in both lists (or already in the lexicon) is one id: the first list's, or the lexicon's.
  const hits = new Set(forms.map((f) => existing.get(nameKey(f.form)) ?? opened.get(nameKey(f.form))).filter((x): x is string => !!x));
  if (hits.size > 1) {
    skippedAmbiguous++;
    continue;
  }
  const id = [...hits][0] ?? org.id;
  if (hits.size) attached++;
  else created++;
  for (const f of forms) if (!existing.has(nameKey(f.form)) && !opened.has(nameKey(f.form))) opened.set(nameKey(f.form), id);
  const kind = existingKind.get(id) ?? org.kind;
  for (const f of forms) {
    const key = nameKey(f.form);
    if (taken.has(key) || existingForms.get(id)?.has(key)) continue;
    if (existing.has(key) && existing.get(key) !== id) continue;
    (claims.get(key) ?? claims.set(key, new Set()).get(key)!).add(id);
    rows.push({ id, kind, lang: f.lang, form: f.form, source: org.source });
  }
}
const seen = new Set<string>();
const kept = rows.filter((r) => {
  const key = nameKey(r.form);
  if (claims.get(key)!.size > 1 || seen.has(`${r.id}\t${key}`)) return false;
  seen.add(`${r.id}\t${key}`);
  return true;
});
// New bodies need an English name first (their canonical name); bodies with no form left are dropped.
kept.sort((a, b) => a.id.localeCompare(b.id) || Number(b.lang === 'en') - Number(a.lang === 'en') || a.lang.localeCompare(b.lang) || a.form.localeCompare(b.form));

const header = [
  '# Names and acronyms of international bodies derived from open lists, merged with organizations.tsv by exact name:',
  '# a body already there keeps its id and gains its other official names and acronyms; a new body gets its own id.',
  '# GENERATED by extract/lexicons/scripts/build-organisations.ts — do not edit by hand (edit the script or its stop list).',
  '# source: supraverden data/general_list.yaml @ 59ab4fa (github.com/confirmordeny/supraverden), licence CC BY-SA 4.0;',
  '#   IATI codelist CRSChannelCode @ 7aeece7 (github.com/IATI/IATI-Codelists-NonEmbedded), licence CC BY 4.0, attribution "IATI Standard".',
  '# licence of this file: CC BY-SA 4.0 (it contains data derived from supraverden; share-alike applies to this file only).',
  `# ${kept.length} rows: ${attached} bodies joined to existing ids, ${created} new bodies, ${skippedAmbiguous} records left out as ambiguous.`,
  '# Columns: id	kind	lang	form	country	source   (as organizations.tsv; source: supraverden | iati)',
];
const out = [...header, ...kept.map((r) => [r.id, r.kind, r.lang, r.form, '', r.source].join('\t'))].join('\n') + '\n';
writeFileSync(join(SHARED_LEX, 'organizations-open.tsv'), out);
console.log(`organizations-open.tsv: ${kept.length} rows (${attached} joined to existing ids, ${created} new bodies, ${skippedAmbiguous} ambiguous left out)`);
