// Relation dates (ISO 8601 at day, month or year precision) as month indexes for the date slider.

/** Months since year 0 of an ISO date, as the range of months it covers ("2017" → Jan..Dec 2017). */
export function monthRange(date: string | undefined): [number, number] | undefined {
  if (!date) return undefined;
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return [year * 12, year * 12 + 11];
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return [year * 12 + month - 1, year * 12 + month - 1];
}

export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Inverse of monthLabel ("2024-05" → index); undefined when malformed. */
export function parseMonth(label: string | null | undefined): number | undefined {
  if (!label) return undefined;
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return Number(match[1]) * 12 + month - 1;
}
