// Alias lists without junk variants: forms that differ only by case or spacing ("New yOrk",
// "U .S") collapse to one, the best written of them; a form equal to the name is not an alias.

/** Case-, space- and width-insensitive identity of a surface form. */
export function aliasKey(form: string): string {
  return form.normalize('NFKC').toLocaleLowerCase('und').replace(/[\s\u200c\u200d]+/gu, '');
}

/**
 * How unusual a form's writing is (lower is better): a capital inside a lower-case word
 * ("yOrk"), a space before punctuation ("U .S"), doubled spaces, or no capital at all in a
 * script that has them.
 */
export function oddness(form: string): number {
  let score = 0;
  score += (form.match(/\p{Ll}\p{Lu}/gu) ?? []).length * 2;
  score += (form.match(/\s[.,;:)\]'’-]/gu) ?? []).length * 2;
  score += (form.match(/\s{2,}/gu) ?? []).length;
  if (/\p{Ll}/u.test(form) && !/\p{Lu}/u.test(form)) score += 1;
  return score;
}

/**
 * The aliases of a node with one form per key, keeping first-seen order; among variants of one
 * key the least odd writing wins (ties: the first seen). Forms with the name's key are dropped.
 */
export function dedupeAliases(name: string, aliases: Iterable<string>): string[] {
  const nameKey = aliasKey(name);
  const best = new Map<string, string>();
  for (const raw of aliases) {
    const form = raw.trim();
    const key = aliasKey(form);
    if (!key || key === nameKey) continue;
    const kept = best.get(key);
    if (kept === undefined || oddness(form) < oddness(kept)) best.set(key, form);
  }
  return [...best.values()];
}
