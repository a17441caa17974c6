// One type per name within a document, for names only the tagger typed: a word the document also writes as
// an organisation ("Texaco Inc said … Texaco's refinery") is that organisation, and a lone word that is the
// family name of a person the document names ("Sibusiso Mthembu … Mthembu said") is that person, also when
// the tagger glued an organisation word to it ("Senate Reagan").
import type { Mention } from '../../model/types.js';
import { nameKey } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { withoutLegalSuffix } from './company.js';
import type { MentionContext } from './types.js';

const isTagger = (m: Mention) => m.ruleId.startsWith('ner.') && !m.lexiconId;

export function oneTypePerName(mentions: Mention[], ctx: Pick<MentionContext, 'doc' | 'language'>): Mention[] {
  const organisations = new Set<string>();
  const ruleOrganisations = new Set<string>();
  const familyNames = new Set<string>();
  for (const m of mentions) {
    if (m.anaphor) continue;
    if (m.type === 'Organization') {
      organisations.add(nameKey(m.surface));
      organisations.add(nameKey(withoutLegalSuffix(m)));
      if (!isTagger(m)) ruleOrganisations.add(nameKey(m.surface));
    } else if (m.type === 'Person') {
      const words = nameKey(m.surface).split(' ');
      if (words.length >= 2) familyNames.add(words[words.length - 1]!);
    }
  }
  return mentions.map((m) => {
    if (!isTagger(m)) return m;
    const key = nameKey(m.surface);
    // "Senate Reagan": an organisation word glued to the family name of a person the document names is that person.
    const last = /\s(\S+)$/u.exec(m.surface);
    if (m.type === 'Organization' && last && familyNames.has(nameKey(last[1]!)) && !ruleOrganisations.has(key) && startsWithHead(m, ctx)) {
      return { ...m, type: 'Person', start: m.end - last[1]!.length, surface: last[1]! };
    }
    if (m.type !== 'Organization' && (m.type === 'Person' || m.type === 'Location') && organisations.has(key)) return { ...m, type: 'Organization' };
    if (m.type !== 'Person' && !key.includes(' ') && familyNames.has(key) && !organisations.has(key)) return { ...m, type: 'Person' };
    return m;
  });
}

/** The mention's first word alone is an organisation head ("Senate", "Commission"). */
function startsWithHead(m: Mention, ctx: Pick<MentionContext, 'doc' | 'language'>): boolean {
  if (m.lang !== 'en' && m.lang !== 'fr' && m.lang !== 'ar') return false;
  const first = tokenize(ctx.doc.text, m.start, m.end).slice(0, 1);
  return first.length > 0 && ctx.language(m.lang).orgHeads.match(ctx.doc.text, first).length > 0;
}
