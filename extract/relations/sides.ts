// Sides of a signing or meeting: "pour la partie marocaine, X et Y, et pour la partie ivoirienne, Z" /
// "عن الجانب المغربي X" / "on behalf of Morocco, X". A person written after a side marker acts for
// that country, until the next marker or the end of the sentence.
import type { ResolvedMention } from '../resolve/types.js';
import type { SentenceFacts } from './types.js';

export interface Side {
  country: string;
  /** The marker's start, and where the side's stretch of text ends. */
  start: number;
  end: number;
}

/** Side markers: an "on behalf" connector followed at once by a country (its name or demonym). */
export function sidesOf(facts: SentenceFacts): Side[] {
  const markers: Array<{ country: string; start: number; strong: boolean }> = [];
  for (const c of facts.connectors) {
    if (c.kind !== 'on-behalf') continue;
    const country = facts.mentions.find((m) => m.type === 'Country' && m.start >= c.end && m.start - c.end <= 4);
    // "pour la partie", "عن الجانب", "on behalf of" mark a side; a bare "for"/"pour" does only beside another side.
    if (country) markers.push({ country: country.entityId, start: c.start, strong: c.lastToken - c.firstToken >= 2 });
  }
  if (!markers.some((m) => m.strong) && new Set(markers.map((m) => m.country)).size < 2) return [];
  return markers.map((m, i) => ({ country: m.country, start: m.start, end: markers[i + 1]?.start ?? facts.view.sentence.end }));
}

export function sideOf(sides: Side[], m: ResolvedMention): Side | undefined {
  return sides.find((s) => m.start >= s.start && m.end <= s.end);
}
