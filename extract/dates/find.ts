// Finds dates in a stretch of text: absolute ones in fr/ar/en (day, month, year precision), days without a year
// and relative words resolved against a reference date. Pure: the reference is passed in, never the clock.
import type { DatePrecision, DocumentDate, LanguageOrUnknown } from '../../model/types.js';
import { addDays, isValidYmd, parseIso, placeInYear, resolveWeekday, toIso } from './calendar.js';
import { dateLexicon, wordKey } from './lexicon.js';
import type { DateMention, Ymd } from './types.js';

/** Arabic-Indic and Persian digits → ASCII, one character for one so offsets do not move. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0x0f) % 10));
}

interface Candidate extends DateMention {
  /** Higher wins when two candidates cover the same text. */
  rank: number;
}

function mention(start: number, end: number, ymd: Ymd, precision: DatePrecision, relative: boolean, rank: number): Candidate | undefined {
  if (!isValidYmd(ymd)) return undefined;
  return { start, end, value: toIso(ymd, precision), precision, relative, rank };
}

/** Keeps the longest, then highest-ranked, candidates that do not overlap, in text order. */
function resolveOverlaps(candidates: Candidate[]): DateMention[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of sorted) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start).map(({ rank: _rank, ...m }) => m);
}

/** Dates in text[start, end). `lang` orders numeric dates (en: month first); `reference` resolves relative ones. */
export function findDates(text: string, start = 0, end = text.length, lang?: LanguageOrUnknown, reference?: DocumentDate): DateMention[] {
  const lex = dateLexicon();
  const scan = asciiDigits(text.slice(start, end));
  const ref = reference ? parseIso(reference.value) : undefined;
  const refDay = ref && reference?.precision === 'day' ? ref.ymd : undefined;
  const out: Candidate[] = [];
  const push = (c: Candidate | undefined) => c && out.push(c);
  const at = (m: RegExpMatchArray) => start + m.index!;
  const month = (form: string) => lex.months.get(wordKey(form)) ?? 0;

  for (const m of scan.matchAll(lex.patterns.iso)) {
    const precision = m[3] ? 'day' : 'month';
    push(mention(at(m), at(m) + m[0].length, { year: +m[1]!, month: +m[2]!, day: +(m[3] ?? 1) }, precision, false, 5));
  }
  for (const m of scan.matchAll(lex.patterns.numeric)) {
    let [a, b] = [+m[1]!, +m[3]!];
    if (lang === 'en' && a <= 12 && b <= 31) [a, b] = [b, a]; // 12/16/2024 in English, 16/12/2024 elsewhere
    push(mention(at(m), at(m) + m[0].length, { year: +m[4]!, month: b, day: a }, 'day', false, 5));
  }
  const dayMonthYear = (m: RegExpMatchArray, wdForm: string | undefined, day: number, monthForm: string, year: string | undefined) => {
    const mo = month(monthForm);
    if (year) return mention(at(m), at(m) + m[0].length, { year: +year, month: mo, day }, 'day', false, 4);
    if (!ref) return undefined; // a day without a year needs the document's year
    const placed = placeInYear(mo, day, ref.ymd, wdForm ? lex.weekdays.get(wordKey(wdForm)) : undefined);
    return placed && mention(at(m), at(m) + m[0].length, placed, 'day', true, 3);
  };
  for (const m of scan.matchAll(lex.patterns.dayMonth)) push(dayMonthYear(m, m[1], +m[2]!, m[3]!, m[4]));
  for (const m of scan.matchAll(lex.patterns.monthDay)) {
    // Without a year, a lower-case "may 2" is the English modal verb, not a date: English months take capitals.
    if (!m[4] && /^[a-z]/.test(m[2]!)) continue;
    push(dayMonthYear(m, m[1], +m[3]!, m[2]!, m[4]));
  }
  for (const m of scan.matchAll(lex.patterns.monthYear)) push(mention(at(m), at(m) + m[0].length, { year: +m[2]!, month: month(m[1]!), day: 1 }, 'month', false, 4));
  for (const m of scan.matchAll(lex.patterns.rangeFirst)) {
    // The second day's month and year, as the dayMonth pattern reads them right after the connector.
    const rest = lex.patterns.dayMonth;
    rest.lastIndex = m.index! + m[0].length;
    const second = rest.exec(scan);
    rest.lastIndex = 0;
    if (!second || second.index !== m.index! + m[0].length) continue;
    const digits = m[0].match(/^\d{1,2}(?:er|st|nd|rd|th)?/u)![0];
    const fake = Object.assign([digits], { index: m.index }) as unknown as RegExpMatchArray;
    push(dayMonthYear(fake, undefined, +m[1]!, second[3]!, second[4]));
  }
  for (const m of scan.matchAll(lex.patterns.year)) {
    if (!lex.yearMarkers.has(wordKey(m[1]!))) continue;
    push(mention(at(m), at(m) + m[2]!.length, { year: +m[2]!, month: 1, day: 1 }, 'year', false, 1));
  }
  if (refDay) {
    for (const m of scan.matchAll(lex.patterns.relativeDay)) {
      const entry = lex.relativeDays.get(wordKey(m[1]!));
      if (!entry) continue;
      const next = /^\s+(\S+)/u.exec(scan.slice(m.index! + m[1]!.length))?.[1];
      if (entry.blockedBy && !m[2] && next?.startsWith(entry.blockedBy)) continue; // "اليوم الوطني"
      push(mention(at(m), at(m) + m[0].length, addDays(refDay, entry.offset), 'day', true, 2));
    }
    for (const m of scan.matchAll(lex.patterns.weekday)) {
      const target = lex.weekdays.get(wordKey(m[2]!));
      if (!target) continue;
      const modifier = lex.modifiers.get(wordKey(m[1] ?? m[3] ?? ''));
      const side = modifier === 'last' ? 'before' : modifier === 'next' ? 'after' : 'onOrBefore';
      push(mention(at(m), at(m) + m[0].length, resolveWeekday(refDay, target, side), 'day', true, 2));
    }
  }
  return resolveOverlaps(out);
}
