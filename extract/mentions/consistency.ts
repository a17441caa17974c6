// One type per name within a document, for names only the tagger typed: a word the document also writes as
// an organisation ("Texaco Inc said … Texaco's refinery") is that organisation, and a lone word that is the
// family name of a person the document names ("Sibusiso Mthembu … Mthembu said") is that person.
import type { Mention } from '../../model/types.js';
import { nameKey } from '../text/normalize.js';
import { withoutLegalSuffix } from './company.js';

const isTagger = (m: Mention) => m.ruleId.startsWith('ner.') && !m.lexiconId;

export function oneTypePerName(mentions: Mention[]): Mention[] {
  const organisations = new Set<string>();
  const familyNames = new Set<string>();
  for (const m of mentions) {
    if (m.anaphor) continue;
    if (m.type === 'Organization') {
      organisations.add(nameKey(m.surface));
      organisations.add(nameKey(withoutLegalSuffix(m)));
    } else if (m.type === 'Person') {
      const words = nameKey(m.surface).split(' ');
      if (words.length >= 2) familyNames.add(words[words.length - 1]!);
    }
  }
  return mentions.map((m) => {
    if (!isTagger(m)) return m;
    const key = nameKey(m.surface);
    if (m.type !== 'Organization' && (m.type === 'Person' || m.type === 'Location') && organisations.has(key)) return { ...m, type: 'Organization' };
    if (m.type !== 'Person' && !key.includes(' ') && familyNames.has(key) && !organisations.has(key)) return { ...m, type: 'Person' };
    return m;
  });
}
