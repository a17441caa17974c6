// Finds dates in a stretch of text: absolute ones in fr/ar/en (day, month, year precision), days without a year
// and relative words resolved against a reference date. Pure: the reference is passed in, never the clock.
import type { DatePrecision, DocumentDate, LanguageOrUnknown } from '../../model/types.js';
import { chronoDates } from './chrono.js';
import { addDays, isValidYmd, parseIso, placeInYear, resolveWeekday, toIso } from './calendar.js';
import { dateLexicon, wordKey } from './lexicon.js';
import type { DateLexicon, DateMention, Ymd } from './types.js';

/** Arabic-Indic and Persian digits → ASCII, one character for one so offsets do not move. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0x0f) % 10));
}

const NEXT_WORD = /\s+(\S+)/uy;

interface Candidate extends DateMention {
  /** Higher wins when two candidates cover the same text. */
  rank: number;
}

/** What the pattern passes share: the scanned text, where it starts in the document, the reference, the output. */
interface Scan {
  text: string;
  offset: number;
  lex: DateLexicon;
  lang?: LanguageOrUnknown;
  ref?: Ymd;
  out: Candidate[];
}

function push(s: Scan, m: RegExpMatchArray, length: number, ymd: Ymd, precision: DatePrecision, relative: boolean, rank: number): void {
  if (!isValidYmd(ymd)) return;
  const start = s.offset + m.index!;
  s.out.push({ start, end: start + length, value: toIso(ymd, precision), precision, relative, rank });
}

/** Keeps the longest, then highest-ranked, candidates that do not overlap, in text order. Linear in the text
 *  covered: taken characters are marked, not compared pair by pair. */
function resolveOverlaps(candidates: Candidate[], offset: number, length: number): DateMention[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const covered = new Uint8Array(length);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start - offset; i < c.end - offset && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, c.start - offset, c.end - offset);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start).map(({ rank: _rank, ...m }) => m);
}

/** A day and month, with the year when written, else placed near the reference (checking a stated weekday). */
function pushDay(s: Scan, m: RegExpMatchArray, length: number, weekdayForm: string | undefined, day: number, monthForm: string, year: string | undefined): void {
  const month = s.lex.months.get(wordKey(monthForm)) ?? 0;
  if (year) return push(s, m, length, { year: +year, month, day }, 'day', false, 4);
  if (!s.ref) return; // a day without a year needs the document's year
  const placed = placeInYear(month, day, s.ref, weekdayForm ? s.lex.weekdays.get(wordKey(weekdayForm)) : undefined);
  if (placed) push(s, m, length, placed, 'day', true, 3);
}

function absolute(s: Scan): void {
  const { patterns, yearMarkers } = s.lex;
  for (const m of s.text.matchAll(patterns.iso)) {
    push(s, m, m[0].length, { year: +m[1]!, month: +m[2]!, day: +(m[3] ?? 1) }, m[3] ? 'day' : 'month', false, 5);
  }
  for (const m of s.text.matchAll(patterns.numeric)) {
    let [day, month] = [+m[1]!, +m[3]!];
    if (s.lang === 'en' && day <= 12 && month <= 31) [day, month] = [month, day]; // 12/16/2024 in English only
    push(s, m, m[0].length, { year: +m[4]!, month, day }, 'day', false, 5);
  }
  const month = namesMonth(s);
  if (month) monthPatterns(s);
  // chrono is slow (most of the date stage) and takes only full dates: ask it only when the text writes a month
  // name or a numeric date (digits around a separator), about a year none of our full dates has read.
  if ((month || NUMERIC_DATE.test(s.text)) && !allYearsRead(s)) for (const c of chronoDates(s.text, s.lang)) {
    push(s, Object.assign([''], { index: c.index }) as RegExpMatchArray, c.length, c.ymd, 'day', false, 0);
  }
  for (const m of s.text.matchAll(patterns.year)) {
    const word = wordBefore(s.text, m.index!);
    if (!word || !yearMarkers.has(wordKey(word))) continue;
    const yearAt = Object.assign([m[1]!], { index: m.index }) as RegExpMatchArray;
    push(s, yearAt, m[1]!.length, { year: +m[1]!, month: 1, day: 1 }, 'year', false, 1);
  }
}

const LETTERS = /\p{L}+/gu;
const NUMERIC_DATE = /\d[-./]\d/;

/** Whether the text has a word that starts a month name: the month patterns are the slowest scans. */
function namesMonth(s: Scan): boolean {
  for (const m of s.text.matchAll(LETTERS)) if (s.lex.monthWords.has(m[0].toLowerCase())) return true;
  return false;
}

const WORD_THEN_SPACE = /(?<![\p{L}\p{N}])([\p{L}'’]+)\s+$/u;

/** The word written just before `at` (letters and apostrophes, then spaces), if any. */
function wordBefore(text: string, at: number): string | undefined {
  return WORD_THEN_SPACE.exec(text.slice(Math.max(0, at - 80), at))?.[1];
}

function monthPatterns(s: Scan): void {
  const { patterns, months } = s.lex;
  for (const m of s.text.matchAll(patterns.dayMonth)) pushDay(s, m, m[0].length, m[1], +m[2]!, m[3]!, m[4]);
  for (const m of s.text.matchAll(patterns.monthDay)) {
    // Without a year, a lower-case "may 2" is the English modal verb, not a date: English months take capitals.
    if (!m[4] && /^[a-z]/.test(m[2]!)) continue;
    pushDay(s, m, m[0].length, m[1], +m[3]!, m[2]!, m[4]);
  }
  for (const m of s.text.matchAll(patterns.monthYear)) {
    push(s, m, m[0].length, { year: +m[2]!, month: months.get(wordKey(m[1]!)) ?? 0, day: 1 }, 'month', false, 4);
  }
  for (const m of s.text.matchAll(patterns.rangeFirst)) {
    // "du 2 au 5 mai 2024": the first day takes the month and year that dayMonth reads right after the connector.
    const rest = patterns.dayMonth;
    rest.lastIndex = m.index! + m[0].length;
    const second = rest.exec(s.text);
    rest.lastIndex = 0;
    if (!second || second.index !== m.index! + m[0].length) continue;
    pushDay(s, m, /^\d{1,2}(?:er|st|nd|rd|th)?/u.exec(m[0])![0].length, undefined, +m[1]!, second[3]!, second[4]);
  }
}

const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/g;

/** Whether every four-digit number of the text lies inside a full date our own patterns found. */
function allYearsRead(s: Scan): boolean {
  const days = s.out.filter((c) => c.precision === 'day');
  for (const m of s.text.matchAll(FOUR_DIGITS)) {
    const at = s.offset + m.index!;
    if (!days.some((c) => c.start <= at && at + 4 <= c.end)) return false;
  }
  return true;
}

function relative(s: Scan, refDay: Ymd): void {
  const { patterns, relativeDays, weekdays, modifiers } = s.lex;
  for (const m of s.text.matchAll(patterns.relativeDay)) {
    const entry = relativeDays.get(wordKey(m[1]!));
    if (!entry) continue;
    NEXT_WORD.lastIndex = m.index! + m[1]!.length;
    const next = NEXT_WORD.exec(s.text)?.[1];
    if (entry.blockedBy && !m[2] && next?.startsWith(entry.blockedBy)) continue; // "اليوم الوطني"
    push(s, m, m[0].length, addDays(refDay, entry.offset), 'day', true, 2);
  }
  for (const m of s.text.matchAll(patterns.weekday)) {
    const target = weekdays.get(wordKey(m[2]!));
    if (!target) continue;
    const modifier = modifiers.get(wordKey(m[1] ?? m[3] ?? ''));
    const side = modifier === 'last' ? 'before' : modifier === 'next' ? 'after' : 'onOrBefore';
    push(s, m, m[0].length, resolveWeekday(refDay, target, side), 'day', true, 2);
  }
}

/** Dates in text[start, end). `lang` orders numeric dates (en: month first); `reference` resolves relative ones. */
export function findDates(text: string, start = 0, end = text.length, lang?: LanguageOrUnknown, reference?: DocumentDate): DateMention[] {
  const ref = reference ? parseIso(reference.value)?.ymd : undefined;
  const s: Scan = { text: asciiDigits(text.slice(start, end)), offset: start, lex: dateLexicon(), lang, ref, out: [] };
  // Every absolute pattern needs a digit: most sentences have none and skip those scans.
  if (/\d/.test(s.text)) absolute(s);
  if (ref && reference?.precision === 'day') relative(s, ref);
  return resolveOverlaps(s.out, start, s.text.length);
}
