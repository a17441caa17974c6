// Arabic writes "and" as a letter glued to the next word: in "…، وعادل بن أحمد الجبير وزير الخارجية" the
// name is "عادل بن أحمد الجبير". A person mention starting with و loses it when the rest of the word is a
// given name and the whole word is not one ("وليد", "وائل" are names), or when it follows a list comma.
import type { Mention } from '../../model/types.js';
import { tokenize } from '../text/tokenize.js';
import type { MentionContext } from './types.js';

export function withoutConjunction(mentions: Mention[], ctx: MentionContext): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'Person' || !m.surface.startsWith('و')) return m;
    const words = tokenize(m.surface);
    const first = words[0];
    if (!first || words.length < 2 || first.norm.length < 3) return m;
    const rest = first.norm.slice(1);
    if (ctx.names.arabic.has(first.norm)) return m;
    const afterComma = /[،,]\s*$/.test(ctx.doc.text.slice(Math.max(0, m.start - 3), m.start));
    if (!ctx.names.arabic.has(rest) && !afterComma) return m;
    return { ...m, start: m.start + 1, surface: m.surface.slice(1) };
  });
}
