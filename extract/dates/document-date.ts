// The date of a document: its metadata when valid, else a dateline near the top, else the first full date
// in the text (a signed tweet, "du 2 au 5 octobre 2017"), refined by an earlier day written without its year.
import type { DocumentDate, LanguageOrUnknown } from '../../model/types.js';
import { daysBetween, parseIso, toIso } from './calendar.js';
import { asciiDigits, findDates } from './find.js';
import { dateLexicon } from './lexicon.js';
import type { DateMention } from './types.js';

/** How far a dateline may sit from the top: a headline, a date line and the first paragraph's start. */
export const DATELINE_WINDOW = 600;

const fromMention = (m: DateMention): DocumentDate => ({ value: m.value, precision: m.precision, source: 'text' });

/** Metadata dates: ISO first, else a written date ("30/05/2024", "May 30, 2024"); "n/a" falls through to the text. */
export function metadataDate(value: string | undefined, lang?: LanguageOrUnknown): DocumentDate | undefined {
  if (!value?.trim()) return undefined;
  const parsed = parseIso(value);
  if (parsed) return { value: toIso(parsed.ymd, parsed.precision), precision: parsed.precision, source: 'metadata' };
  const written = findDates(value.slice(0, 100), 0, Math.min(value.length, 100), lang)[0];
  return written ? { value: written.value, precision: written.precision, source: 'metadata' } : undefined;
}

export function findDocumentDate(text: string, metadata: string | undefined, lang?: LanguageOrUnknown): DocumentDate | undefined {
  const fromMetadata = metadataDate(metadata, lang);
  if (fromMetadata) return fromMetadata;

  const opening = findDates(text, 0, Math.min(text.length, DATELINE_WINDOW), lang);
  const day = opening.find((d) => d.precision === 'day') ?? findDates(text, 0, text.length, lang).find((d) => d.precision === 'day');
  if (day) return fromMention(refineWithWeekday(text, day, lang));
  const month = opening.find((d) => d.precision === 'month') ?? opening[0];
  return month ? fromMention(month) : undefined;
}

/**
 * A day written earlier without its year but with its weekday ("يوم الثلاثاء 3 أكتوبر") is, once placed in the
 * found date's year, the more precise report date, when it falls within a month of it.
 */
function refineWithWeekday(text: string, found: DateMention, lang?: LanguageOrUnknown): DateMention {
  const weekdayWord = dateLexicon().patterns.weekday;
  const foundYmd = parseIso(found.value)!.ymd;
  const earlier = findDates(text, 0, found.start, lang, fromMention(found)).find((d) => {
    if (!d.relative || d.precision !== 'day') return false;
    const surface = asciiDigits(text.slice(d.start, d.end));
    weekdayWord.lastIndex = 0;
    return /\d/.test(surface) && weekdayWord.test(surface) && Math.abs(daysBetween(parseIso(d.value)!.ymd, foundYmd)) <= 31;
  });
  weekdayWord.lastIndex = 0;
  return earlier ?? found;
}
