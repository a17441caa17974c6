// A second opinion from chrono-node (English and French grammars) for written forms our own patterns do not
// cover ("Dec 16, 2024", "December 16th 2024"). Only full dates it is certain of are taken: partial and
// relative dates stay with our own rules, which know Arabic and never look at the clock.
import * as chrono from 'chrono-node';
import type { LanguageOrUnknown } from '../../model/types.js';
import type { Ymd } from './types.js';

export interface ChronoDate {
  index: number;
  length: number;
  ymd: Ymd;
}

// A fixed reference: chrono needs one, and with certain day, month and year it does not change the result.
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1));

export function chronoDates(text: string, lang: LanguageOrUnknown | undefined): ChronoDate[] {
  const parser = lang === 'fr' ? chrono.fr.strict : lang === 'en' ? chrono.en.strict : undefined;
  if (!parser) return [];
  const out: ChronoDate[] = [];
  for (const r of parser.parse(text, FIXED_REFERENCE)) {
    const c = r.start;
    if (!c.isCertain('day') || !c.isCertain('month') || !c.isCertain('year')) continue;
    out.push({ index: r.index, length: r.text.length, ymd: { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! } });
  }
  return out;
}
