// Affiliation from the office holders knowledge file (extract/lexicons/shared/office-holders.tsv): a person the
// text names with a title, whose name the file lists with an office held in the document's year, belongs to that
// office's country or organisation — when the document names it too. Reference data only confirms what the text
// suggests (a title is written); a person not in the file is placed from the text alone.
import type { Entity } from '../../model/types.js';
import { defaultOfficeHolders, holderByFamilyName, holderKey } from '../resolve/office-holders.js';
import { perDocument } from './per-document.js';
import type { RelationContext } from './types.js';

/** The entity id (country:XX or an organisation id) of the office the file gives this person in the document's year. */
export function knownOffice(ctx: RelationContext, person: Entity): string | undefined {
  // Asked once per titled mention: a person named a thousand times must not cost a thousand scans.
  const known = answersOf(ctx);
  if (!known.has(person.id)) known.set(person.id, lookUp(ctx, person));
  return known.get(person.id);
}

const answersOf = perDocument(() => new Map<string, string | undefined>());

function lookUp(ctx: RelationContext, person: Entity): string | undefined {
  const holders = defaultOfficeHolders();
  const year = Number(ctx.doc.date?.value?.slice(0, 4)) || undefined;
  const forms = new Set([person.name, ...person.aliases, ...person.mentions.map((m) => m.surface)]);
  // "President Reagan": a surname alone names the file's one holder of that surname.
  const surname = /\s/.test(person.name.trim()) ? undefined : holderByFamilyName(person.name, holders);
  for (const form of new Set([...forms].flatMap(nameVariants))) {
    const id = holders.byName.get(holderKey(form)) ?? surname;
    if (!id) continue;
    const terms = holders.terms.filter((t) => t.id === id && (year === undefined || (t.from <= year && (t.to === undefined || year <= t.to))));
    const scopes = new Set(terms.map((t) => (t.scope.startsWith('org:') ? t.scope : `country:${t.scope}`)));
    const [scope] = scopes;
    return scopes.size === 1 && scope && ctx.entities.has(scope) ? scope : undefined;
  }
  return undefined;
}

/** "عادل بن أحمد الجبير" is also written "عادل الجبير"; "محمد بن نايف بن عبدالعزيز" also "محمد بن نايف". */
function nameVariants(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const out = [name];
  const ben = words.findIndex((w, i) => i > 0 && /^(?:بن|ben|bin)$/i.test(w));
  if (ben > 0 && ben + 1 < words.length) {
    out.push(words.slice(0, ben + 2).join(' '));
    if (ben + 2 < words.length) out.push([...words.slice(0, ben), ...words.slice(ben + 2)].join(' '));
  }
  return out;
}
