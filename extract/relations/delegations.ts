// Persons a sentence places on a country's side without a title that names it: members of its
// delegation ("la délégation sénégalaise comprenait ... X", "a Ghanaian delegation headed by X",
// "الوفد السعودي برئاسة X"), and a later nominal mention of the same office with a demonym ("la
// ministre canadienne" refers back to the one minister of the story whose country was not said).
import { languageLexicon } from '../lexicons/language.js';
import type { ResolvedMention } from '../resolve/types.js';
import type { RelationContext, SentenceFacts } from './types.js';

/** How far (in characters) a member's name may stand from the delegation or from the previous member. */
const MEMBER_REACH = 80;

/** The country of a delegation named in this sentence, and the persons written after it. */
export function delegationMembers(facts: SentenceFacts): Array<{ person: ResolvedMention; country: string }> {
  const markers: Array<{ from: number; start: number; country: string }> = [];
  for (const c of facts.connectors) {
    if (c.kind !== 'delegation') continue;
    // The demonym sits right after the noun (fr, ar) or right before it (en).
    const country = facts.mentions.find((m) => m.type === 'Country' && ((m.start >= c.end && m.start - c.end <= 2) || (m.end <= c.start && c.start - m.end <= 2)));
    if (country) markers.push({ from: Math.max(c.end, country.end), start: Math.min(c.start, country.start), country: country.entityId });
  }
  // "la délégation belge ... X, et la délégation marocaine ... Y": each delegation up to the next one.
  const out: Array<{ person: ResolvedMention; country: string }> = [];
  markers.forEach((d, i) => {
    const until = markers[i + 1]?.start ?? facts.view.sentence.end;
    // Members are written right after the delegation ("الوفد السعودي برئاسة X", "a Ghanaian delegation headed by X,
    // Y and Z"), one after the other; a person named further on in the sentence is not one of them.
    let reach = d.from;
    for (const p of facts.mentions) {
      if (p.type !== 'Person' || p.start < d.from || p.end > until) continue;
      // The member's title counts as part of its name ("comprenait la ministre de …, de … et de …, X").
      const named = p.titleSpan && p.titleSpan.start < p.start ? Math.max(reach, p.titleSpan.start) : p.start;
      if (named - reach > MEMBER_REACH) break;
      out.push({ person: p, country: d.country });
      reach = p.end;
    }
  });
  return out;
}

/** "la ministre canadienne", "the Saudi minister", "الوزير السعودي" with no name after: an office and a country. */
export function nominalOffices(ctx: RelationContext, facts: SentenceFacts): Array<{ office: string; country: string }> {
  const text = ctx.doc.text;
  const tokens = facts.view.tokens;
  const out: Array<{ office: string; country: string }> = [];
  for (const t of languageLexicon(facts.lang).titles.match(text, tokens)) {
    if (t.entry.payload.kind === 'honorific') continue;
    const country = facts.mentions.find((m) => m.type === 'Country' && ((m.start >= t.end && m.start - t.end <= 2) || (m.end <= t.start && t.start - m.end <= 2)));
    if (!country) continue;
    const after = Math.max(t.end, country.end);
    // A definite description ("la ministre", "the minister", "الوزير"), not a title before a name.
    const before = tokens[t.firstToken - 1];
    const definite = tokens[t.firstToken]!.arabic ? tokens[t.firstToken]!.norm.startsWith('ال') : !!before && /^(?:la|le|l|the)$/i.test(before.text);
    if (!definite) continue;
    const named = facts.mentions.some((m) => m.type === 'Person' && m.start >= after && m.start - after <= 40);
    const nameBefore = facts.mentions.some((m) => m.type === 'Person' && m.end <= t.start && /^\s*[,،]\s*(?:the|la|le|l'|a|an|un|une)?\s*$/i.test(text.slice(m.end, t.start)));
    if (!named && !nameBefore) out.push({ office: t.entry.form.toLowerCase(), country: country.entityId });
  }
  return out;
}
