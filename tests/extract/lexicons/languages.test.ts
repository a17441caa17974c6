// Shape of the per-language lexicons (extract/lexicons/<fr|ar|en>/): same file set everywhere, right columns,
// closed vocabularies for kind/mode/relation, clean Unicode, and no form listed twice once normalised.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, RELATION_TYPES } from '../../../model/vocabulary.js';
import { normalizeName } from '../../../extract/text/normalize.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../extract/lexicons');

const ORG_KINDS = ['igo', 'agency', 'ministry', 'company', 'bank', 'media', 'association', 'other'];
const EVENT_KINDS = ['forum', 'summit', 'fair', 'conference', 'session', 'edition', 'visit', 'games', 'other'];
const AGREEMENT_KINDS = ['mou', 'convention', 'protocol', 'framework', 'agreement', 'programme', 'declaration'];
const CONNECTOR_KINDS = ['between', 'and', 'with', 'counterpart', 'both-parties', 'in-city', 'on-sidelines', 'member', 'on-behalf', 'of', 'title-end', 'posting', 'pronoun', 'delegation', 'visit', 'enumeration', 'plan', 'represented-by'];
const OFFICE_KINDS = ['government', 'head-of-state', 'royal', 'diplomat'];
const MODES = ['verb', 'passive', 'noun', 'planned', 'negation'];
/** AFFILIATED_WITH comes from titles and appositions, not from trigger words. */
const TRIGGER_RELATIONS = RELATION_TYPES.filter((r) => r !== 'AFFILIATED_WITH');

/** Per file: column names and, for each constrained column, its allowed values. */
interface FileSpec {
  columns: string[];
  allowed?: Record<number, readonly string[]>;
}
const FILES: Record<string, FileSpec> = {
  'titles.tsv': { columns: ['form', 'kind', 'gender'], allowed: { 1: ['honorific', 'role', 'royal'], 2: ['m', 'f', ''] } },
  'non-names.txt': { columns: ['form'] },
  'org-heads.tsv': { columns: ['form', 'kind'], allowed: { 1: ORG_KINDS } },
  'org-suffixes.txt': { columns: ['form'] },
  'event-heads.tsv': { columns: ['form', 'kind'], allowed: { 1: EVENT_KINDS } },
  'agreement-kinds.tsv': { columns: ['form', 'kind'], allowed: { 1: AGREEMENT_KINDS } },
  'relations.tsv': { columns: ['relation', 'form', 'mode', 'confidence'], allowed: { 0: TRIGGER_RELATIONS, 2: MODES } },
  'connectors.tsv': { columns: ['form', 'kind'], allowed: { 1: CONNECTOR_KINDS } },
  'offices.tsv': { columns: ['form', 'office', 'countries'], allowed: { 1: OFFICE_KINDS } },
};

const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00A0\r]/u;
const ARABIC = /[\u0600-\u06FF]/u;
const CONFIDENCE = /^(?:0(?:\.\d+)?|1(?:\.0+)?)$/;

interface Row {
  line: number;
  cells: string[];
}

function lines(lang: string, file: string): string[] {
  return readFileSync(join(ROOT, lang, file), 'utf8').split('\n');
}

/** Data rows with their 1-based line numbers (comments and blank lines skipped, cells not trimmed). */
function rows(lang: string, file: string): Row[] {
  return lines(lang, file)
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'))
    .map(({ line, text }) => ({ line, cells: text.split('\t') }));
}

function formColumn(file: string): number {
  return FILES[file]!.columns.indexOf('form');
}

describe.each(LANGUAGES.map((lang) => [lang]))('lexicons/%s', (lang) => {
  it.each(Object.keys(FILES).map((f) => [f]))('%s exists and names its source on line 1', (file) => {
    expect(existsSync(join(ROOT, lang, file)), `${lang}/${file} is missing`).toBe(true);
    expect(lines(lang, file)[0]).toMatch(/^# source: \S/);
    expect(rows(lang, file).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(FILES).map((f) => [f]))('%s: columns, vocabularies and clean Unicode', (file) => {
    const spec = FILES[file]!;
    const problems: string[] = [];
    for (const { line, cells } of rows(lang, file)) {
      const where = `${lang}/${file}:${line}`;
      if (cells.length !== spec.columns.length) problems.push(`${where}: ${cells.length} columns, expected ${spec.columns.length}`);
      cells.forEach((cell, i) => {
        if (cell !== cell.trim() || /\s{2}/.test(cell)) problems.push(`${where}: stray spaces in "${cell}"`);
        if (cell !== cell.normalize('NFC')) problems.push(`${where}: not NFC: "${cell}"`);
        if (HARAKAT.test(cell)) problems.push(`${where}: harakat or tatweel in "${cell}"`);
        if (INVISIBLE.test(cell)) problems.push(`${where}: invisible or bidi character in "${cell}"`);
        const allowed = spec.allowed?.[i];
        if (allowed && !allowed.includes(cell)) problems.push(`${where}: ${spec.columns[i]} "${cell}" not in ${allowed.join(', ')}`);
      });
      const form = cells[formColumn(file)] ?? '';
      if (!form || !normalizeName(form)) problems.push(`${where}: empty form`);
      if (lang === 'ar' && !ARABIC.test(form)) problems.push(`${where}: Arabic file, non-Arabic form "${form}"`);
      if (lang !== 'ar' && ARABIC.test(form)) problems.push(`${where}: Arabic script in a ${lang} form "${form}"`);
    }
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(FILES).map((f) => [f]))('%s: no form listed twice (after normalisation)', (file) => {
    const seen = new Map<string, number>();
    const duplicates: string[] = [];
    for (const { line, cells } of rows(lang, file)) {
      const form = cells[formColumn(file)] ?? '';
      // The matcher compares normalised forms; "*" is kept apart so "signe" and "signe*" may coexist.
      const key = `${file === 'relations.tsv' ? cells[0] : ''}|${normalizeName(form)}${form.endsWith('*') ? '*' : ''}`;
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`${lang}/${file}:${line} repeats line ${first} ("${form}")`);
      else seen.set(key, line);
    }
    expect(duplicates).toEqual([]);
  });

  it('relations.tsv: lower-case forms, "*" only at the end, confidences in 0..1, every trigger relation covered', () => {
    const problems: string[] = [];
    const relations = new Set<string>();
    const all = rows(lang, 'relations.tsv');
    for (const { line, cells } of all) {
      const [relation = '', form = '', , confidence = ''] = cells;
      relations.add(relation);
      if (form !== form.toLowerCase()) problems.push(`line ${line}: "${form}" is not lower-case`);
      if (form.slice(0, -1).includes('*') || form === '*') problems.push(`line ${line}: "*" must end a form: "${form}"`);
      if (!CONFIDENCE.test(confidence) || Number(confidence) <= 0) problems.push(`line ${line}: confidence "${confidence}"`);
    }
    expect(problems).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect([...relations].sort()).toEqual([...TRIGGER_RELATIONS].sort());
    const modes = new Set(all.map((r) => r.cells[2]));
    expect([...modes].sort()).toEqual([...MODES].sort());
  });

  it('titles.tsv and connectors.tsv cover every kind', () => {
    expect(new Set(rows(lang, 'titles.tsv').map((r) => r.cells[1]))).toEqual(new Set(['honorific', 'role', 'royal']));
    expect(new Set(rows(lang, 'connectors.tsv').map((r) => r.cells[1]))).toEqual(new Set(CONNECTOR_KINDS));
  });

  it('non-names.txt is broad enough', () => {
    expect(rows(lang, 'non-names.txt').length).toBeGreaterThanOrEqual(lang === 'ar' ? 300 : 200);
  });
});
