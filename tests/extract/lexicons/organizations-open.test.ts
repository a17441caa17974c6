// Organisation names from open lists (supraverden, IATI): exact names only, never a second id for a name the
// hand-written lexicon already gives, attribution and share-alike licence stated in the file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entityLexicon } from '../../../extract/lexicons/entities.js';
import { nameKey } from '../../../extract/text/normalize.js';

const read = (file: string) => readFileSync(fileURLToPath(new URL(`../../../extract/lexicons/shared/${file}`, import.meta.url)), 'utf8');
const rows = (file: string) => read(file).split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));

describe('organizations-open.tsv', () => {
  it('states its sources, the IATI attribution and the CC BY-SA licence in its header', () => {
    const header = read('organizations-open.tsv').split('\n').filter((l) => l.startsWith('#')).join('\n');
    expect(header).toMatch(/supraverden/);
    expect(header).toMatch(/IATI Standard/);
    expect(header).toMatch(/licence of this file: CC BY-SA 4\.0/);
  });

  it('never gives a name of the hand-written lexicon to another body', () => {
    const hand = new Map(rows('organizations.tsv').map(([id, , , form]) => [nameKey(form ?? ''), id]));
    const conflicts = rows('organizations-open.tsv').filter(([id, , , form]) => hand.has(nameKey(form ?? '')) && hand.get(nameKey(form ?? '')) !== id);
    expect(conflicts).toEqual([]);
  });

  it('gives each form one body', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [id, , , form] of rows('organizations-open.tsv')) {
      const key = nameKey(form ?? '');
      if (owner.has(key) && owner.get(key) !== id) clashes.push(form ?? '');
      owner.set(key, id!);
    }
    expect(clashes).toEqual([]);
  });

  it('adds official names in other languages to bodies the lexicon knows, and new bodies with their acronyms', () => {
    const lexicon = entityLexicon();
    const idOf = (form: string) => [...lexicon.forms].find(([, forms]) => forms.has(form))?.[0];
    const known = rows('organizations-open.tsv').find(([id]) => lexicon.names.has(id!) && rows('organizations.tsv').some(([hid]) => hid === id));
    expect(known).toBeDefined();
    expect(idOf(known![3]!)).toBe(known![0]);
    expect(idOf('OPCW')).toBe(idOf('Organisation for the Prohibition of Chemical Weapons'));
  });
});
