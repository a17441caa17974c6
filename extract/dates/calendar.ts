// Calendar arithmetic on plain year/month/day values (UTC, no clock, no time zones).
import type { DatePrecision } from '../../model/types.js';
import type { Ymd } from './types.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function isValidYmd({ year, month, day }: Ymd): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(d: Ymd, precision: DatePrecision = 'day'): string {
  if (precision === 'year') return String(d.year);
  if (precision === 'month') return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Parses an ISO date at any precision ("2024", "2024-05", "2024-05-30", also with a time after it). */
export function parseIso(value: string): { ymd: Ymd; precision: DatePrecision } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(value.trim());
  if (!m) return undefined;
  const ymd = { year: Number(m[1]), month: Number(m[2] ?? 1), day: Number(m[3] ?? 1) };
  if (!isValidYmd(ymd)) return undefined;
  return { ymd, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

const toDays = ({ year, month, day }: Ymd) => Date.UTC(year, month - 1, day) / 86_400_000;
const fromDays = (days: number): Ymd => {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

export function addDays(d: Ymd, n: number): Ymd {
  return fromDays(toDays(d) + n);
}

export function daysBetween(a: Ymd, b: Ymd): number {
  return toDays(b) - toDays(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(d: Ymd): number {
  return ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;
}

/**
 * The date with that weekday nearest the reference on the given side: 'onOrBefore' (plain "lundi", "on Monday"),
 * 'before' ("jeudi dernier"), 'after' ("next Tuesday").
 */
export function resolveWeekday(reference: Ymd, target: number, side: 'onOrBefore' | 'before' | 'after'): Ymd {
  const current = weekday(reference);
  if (side === 'after') return addDays(reference, ((target - current + 7) % 7) || 7);
  const back = (current - target + 7) % 7;
  return addDays(reference, side === 'before' && back === 0 ? -7 : -back);
}

/**
 * A day and month without a year, placed in the year nearest the reference; when a weekday is stated
 * ("mardi 3 octobre"), the nearby year where it matches wins.
 */
export function placeInYear(month: number, day: number, reference: Ymd, weekdayStated?: number): Ymd | undefined {
  const candidates = [reference.year, reference.year - 1, reference.year + 1]
    .map((year) => ({ year, month, day }))
    .filter(isValidYmd)
    .sort((a, b) => Math.abs(daysBetween(reference, a)) - Math.abs(daysBetween(reference, b)));
  if (weekdayStated) return candidates.find((c) => weekday(c) === weekdayStated) ?? candidates[0];
  return candidates[0];
}
