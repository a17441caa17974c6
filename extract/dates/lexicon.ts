// Compiles the date lexicons (months, weekdays, relative days of every language, plus this folder's
// connectors and year markers) into one DateLexicon with its regular expressions. Built once per process.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../model/types.js';
import { readTsv } from '../lexicons/files.js';
import type { DateLexicon } from './types.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Rows of a TSV file in this folder (same format as the lexicons: '#' comments, tab-separated). */
function localTsv(name: string): string[][] {
  return readFileSync(join(HERE, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim().normalize('NFC')));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+');
/** Longest first, so "septembre" wins over "sept." and "أول أمس" over "أمس". */
const alternation = (forms: Iterable<string>) => [...new Set(forms)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Lookup key of a matched word: lower case, curly apostrophe straightened, spaces collapsed. */
export const wordKey = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

let cached: DateLexicon | undefined;

export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const relativeDays: DateLexicon['relativeDays'] = new Map();
  const modifiers: DateLexicon['modifiers'] = new Map();
  for (const lang of LANGUAGES) {
    for (const [form, month] of readTsv(`${lang}/months.tsv`)) months.set(wordKey(form!), Number(month));
    for (const [form, day] of readTsv(`${lang}/weekdays.tsv`)) weekdays.set(wordKey(form!), Number(day));
    for (const [form, offset, blockedBy] of readTsv(`${lang}/relative-days.tsv`)) {
      if (offset === 'last' || offset === 'next') modifiers.set(wordKey(form!), offset);
      else relativeDays.set(wordKey(form!), { offset: Number(offset), ...(blockedBy ? { blockedBy } : {}) });
    }
  }
  const connectors = localTsv('connectors.tsv');
  const ofKind = (kind: string) => alternation(connectors.filter((r) => r[1] === kind).map((r) => r[0]!));
  const yearMarkers = new Set(localTsv('year-markers.tsv').map((r) => wordKey(r[0]!)));

  // Word edges by hand: \b knows only ASCII letters, and Arabic or accented words would slip through it.
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const M = `(${alternation(months.keys())})`;
  const W = `(${alternation(weekdays.keys())})`;
  const D = '(\\d{1,2})(?:er|ᵉʳ|st|nd|rd|th)?';
  const Y = '((?:19|20)\\d{2})';
  const S = '\\s*,?\\s*';
  const MOD = `(${alternation(modifiers.keys())})`;
  const flags = 'giu';
  cached = {
    months,
    monthWords: new Set([...months.keys()].map((form) => form.split(' ')[0]!.replace(/\.$/, ''))),
    weekdays,
    relativeDays,
    modifiers,
    yearMarkers,
    patterns: {
      // [weekday,] [le] 30 [de] mai[,] [2024]
      dayMonth: new RegExp(`(?:${B}${W}${S}(?:(?:${ofKind('article')})\\s+)?)?(?<![\\p{N}])${D}${S}(?:(?:${ofKind('of')})\\s+)?${M}(?:${E}|(?<=\\.))(?:${S}${Y}${E})?`, flags),
      // [weekday,] December 16[,] [2024]
      monthDay: new RegExp(`(?:${B}${W}${S})?${B}${M}\\s*${D}${E}(?:${S}${Y}${E})?`, flags),
      monthYear: new RegExp(`${B}${M}${S}(?:(?:${ofKind('of')})\\s+)?${Y}${E}`, flags),
      // the first day of "du 2 au 5 mai", "من 2 إلى 5 أكتوبر": the rest is found by dayMonth
      rangeFirst: new RegExp(`(?<![\\p{N}])${D}\\s*(?:(?:${ofKind('range')})|[-–—])\\s*(?=\\d{1,2}(?:er|st|nd|rd|th)?\\s+${M})`, flags),
      iso: /(?<![\p{N}-])((?:19|20)\d{2})[-/](0[1-9]|1[0-2])(?:[-/](0[1-9]|[12]\d|3[01]))?(?![\p{N}])/gu,
      numeric: /(?<![\p{N}/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\p{N}])/gu,
      // A year after a word (the word is checked by the caller: a lookbehind here ran at every position).
      year: new RegExp(`(?<=\\s)${Y}(?![\\p{N}])(?!\\s*%)`, flags),
      relativeDay: new RegExp(`${B}(${alternation(relativeDays.keys())})${E}(?:\\s+${W}${E})?`, flags),
      weekday: new RegExp(`${B}(?:${MOD}\\s+)?${W}${E}(?:\\s+${MOD}${E})?`, flags),
    },
  };
  return cached;
}
