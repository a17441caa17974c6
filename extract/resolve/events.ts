// Event ids: a recurring event gets one node per edition, keyed by its year
// ("Gitex Africa 2024" ≠ "Gitex Africa 2023"): the year in or right after the name, else the document's.
import type { CleanDocument, Mention } from '../../model/types.js';
import { nameKey, slug } from '../text/normalize.js';

export function eventYear(doc: CleanDocument, m: Mention): string | undefined {
  const around = doc.text.slice(m.start, Math.min(doc.text.length, m.end + 6));
  const stated = /\b(19\d{2}|20\d{2})\b/.exec(around)?.[1];
  return stated ?? doc.date?.value.slice(0, 4);
}

export function eventEntityId(doc: CleanDocument, m: Mention, lexiconId?: string): string {
  const base = lexiconId ?? `event:${slug(nameKey(m.surface).replace(/\b(19|20)\d{2}\b/g, '').trim())}`;
  // A numbered edition ("COP28", "19e édition") is one event whatever the year of the article.
  if (/\d$/.test(base)) return base;
  const year = eventYear(doc, m);
  return year && !base.endsWith(year) ? `${base}-${year}` : base;
}
