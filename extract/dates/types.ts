// Types of the date stage: a date found in text, and the compiled lexicon it is found with.
import type { DatePrecision } from '../../model/types.js';

export interface DateMention {
  start: number;
  end: number;
  /** ISO 8601 at `precision`. */
  value: string;
  precision: DatePrecision;
  /** True when it was resolved against the reference date (weekday names, "yesterday", a day without year). */
  relative: boolean;
}

/** A calendar day; months and days are 1-based. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Everything the date finder knows about words, compiled once from the lexicon files. */
export interface DateLexicon {
  months: Map<string, number>;
  /** The first word of every month form, without a final period: a text without one holds no month name. */
  monthWords: Set<string>;
  weekdays: Map<string, number>;
  /** Relative day words ("hier" → -1) and the prefix of a next word that cancels them ("اليوم الوطني"). */
  relativeDays: Map<string, { offset: number; blockedBy?: string }>;
  /** Weekday modifiers: "dernier" → last, "next" → next. */
  modifiers: Map<string, 'last' | 'next'>;
  yearMarkers: Set<string>;
  patterns: {
    dayMonth: RegExp;
    monthDay: RegExp;
    monthYear: RegExp;
    rangeFirst: RegExp;
    iso: RegExp;
    numeric: RegExp;
    year: RegExp;
    relativeDay: RegExp;
    weekday: RegExp;
  };
}
