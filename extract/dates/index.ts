// Dates in text: absolute dates in French, Arabic and English, and relative ones ("lundi", "أمس",
// "last Tuesday") resolved against a reference date. Pure: the reference is passed in, never the clock.
import type { DatePrecision, DocumentDate, Language, LanguageOrUnknown } from '../../model/types.js';

export interface DateMention {
  start: number;
  end: number;
  /** ISO 8601 at `precision`. */
  value: string;
  precision: DatePrecision;
  /** True when it was resolved against the reference date (weekday names, "yesterday"). */
  relative: boolean;
}

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, ماي: 5, مايو: 5, يونيو: 6, يوليوز: 7, يوليو: 7, غشت: 8, أغسطس: 8, شتنبر: 9, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نونبر: 11, نوفمبر: 11, دجنبر: 12, ديسمبر: 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:er)?\\s*,?\\s+(${MONTH_ALT})\\s*,?\\s+(\\d{4})`, 'giu');
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_ALT})\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'giu');
const ISO = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g;

const pad = (n: number) => String(n).padStart(2, '0');

/** Absolute dates found in text[start, end). */
export function findDates(text: string, start = 0, end = text.length, _lang?: LanguageOrUnknown, _reference?: DocumentDate): DateMention[] {
  const slice = text.slice(start, end);
  const out: DateMention[] = [];
  for (const m of slice.matchAll(DAY_MONTH_YEAR)) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (!month) continue;
    out.push({ start: start + m.index!, end: start + m.index! + m[0].length, value: `${m[3]}-${pad(month)}-${pad(Number(m[1]))}`, precision: 'day', relative: false });
  }
  for (const m of slice.matchAll(MONTH_DAY_YEAR)) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (!month) continue;
    out.push({ start: start + m.index!, end: start + m.index! + m[0].length, value: `${m[3]}-${pad(month)}-${pad(Number(m[2]))}`, precision: 'day', relative: false });
  }
  for (const m of slice.matchAll(ISO)) {
    out.push({ start: start + m.index!, end: start + m.index! + m[0].length, value: m[0], precision: m[3] ? 'day' : 'month', relative: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The document's date: metadata first, else the first date in its opening text. */
export function findDocumentDate(text: string, metadataDate: string | undefined, _lang?: Language | 'und'): DocumentDate | undefined {
  if (metadataDate) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(metadataDate.trim());
    if (m) {
      const precision: DatePrecision = m[3] ? 'day' : m[2] ? 'month' : 'year';
      return { value: m[0], precision, source: 'metadata' };
    }
  }
  const opening = text.slice(0, 1500);
  const dates = findDates(opening);
  const first = dates.find((d) => d.precision === 'day') ?? dates[0];
  return first ? { value: first.value, precision: first.precision, source: 'text' } : undefined;
}
