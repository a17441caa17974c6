// "La BEI et l'AFD, représentées respectivement par A et B" / "the Bank, represented by A" / "الوزارة ممثلة في X":
// the persons written after "represented by" stand for the bodies or countries written just before it, in order
// when there are as many of each, all of them for the one body otherwise.
import type { ResolvedMention } from '../resolve/types.js';
import type { SentenceFacts } from './types.js';

export interface Representation {
  person: ResolvedMention;
  body: ResolvedMention;
}

/** Mentions joined by "et"/"and"/"و" or commas only, walking away from the connector. */
function chain(text: string, mentions: ResolvedMention[], forward: boolean): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const m of forward ? mentions : [...mentions].reverse()) {
    const last = out[out.length - 1];
    if (last) {
      const gap = forward ? text.slice(last.end, m.start) : text.slice(m.end, last.start);
      if (!/^\s*(?:\([^)]{1,20}\)\s*)?(?:,|،)?\s*(?:et|and|و)?\s*(?:l'|l’|la|le|les|the)?\s*$/i.test(gap)) break;
    }
    out.push(m);
  }
  return forward ? out : out.reverse();
}

export function representations(text: string, facts: SentenceFacts): Representation[] {
  const out: Representation[] = [];
  for (const c of facts.connectors) {
    if (c.kind !== 'represented-by') continue;
    const before = facts.mentions.filter((m) => (m.type === 'Organization' || m.type === 'Country') && m.end <= c.start);
    const closest = before[before.length - 1];
    // The body stands right before ("l'AFD, représentée par", "(AFD), represented by").
    if (!closest || !/^[\s,،)]*(?:\([^)]{1,20}\))?[\s,،]*$/.test(text.slice(closest.end, c.start))) continue;
    const bodies = chain(text, before, false);
    const after = facts.mentions.filter((m) => m.start >= c.end);
    const first = after[0];
    // The first name after it is a person's, a title's length away at most.
    if (!first || first.type !== 'Person' || first.start - c.end > 60) continue;
    const persons = chain(text, after.filter((m) => m.type === 'Person'), true).filter((m, i, all) => all.findIndex((x) => x.entityId === m.entityId) === i);
    if (bodies.length === persons.length) persons.forEach((person, i) => out.push({ person, body: bodies[i]! }));
    else if (bodies.length === 1) for (const person of persons) out.push({ person, body: bodies[0]! });
  }
  return out;
}
