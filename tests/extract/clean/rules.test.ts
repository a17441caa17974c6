// Broken data fails loudly (issue 12.5): a boilerplate row that cannot be a rule, and a lexicon file that cannot be
// read, are errors naming the file and the cause, never an empty rule set.
import { describe, expect, it } from 'vitest';
import { compileMarkerRules, markerRules } from '../../../extract/clean/rules.js';
import { readTsv } from '../../../extract/lexicons/files.js';
import { TafahumError } from '../../../model/errors.js';

describe('boilerplate rules', () => {
  it('compile from every language file', () => {
    expect(markerRules().length).toBeGreaterThan(10);
  });

  it('refuse an unknown kind, a missing pattern and an invalid regular expression, naming file and row', () => {
    const fail = (rows: string[][]) => {
      try {
        compileMarkerRules(rows, 'xx/boilerplate.tsv');
      } catch (error) {
        expect(error).toBeInstanceOf(TafahumError);
        return `${(error as TafahumError).code} ${(error as Error).message}`;
      }
      return 'no error';
    };
    expect(fail([['lire aussi', 'related'], ['voir', 'relatd']])).toMatch(/^E_FORMAT xx\/boilerplate\.tsv#2: expected .*got "voir\trelatd"/);
    expect(fail([['', 'share']])).toMatch(/^E_FORMAT xx\/boilerplate\.tsv#1: expected/);
    expect(fail([['(unclosed', 'share']])).toMatch(/^E_FORMAT xx\/boilerplate\.tsv#1: invalid pattern "\(unclosed": /);
  });
});

describe('lexicon files', () => {
  it('a file that cannot be read is an error with its path and cause, not an empty lexicon', () => {
    expect(() => readTsv('fr/no-such-lexicon.tsv')).toThrow(/cannot read lexicon .*extract\/lexicons\/fr\/no-such-lexicon\.tsv: ENOENT/);
    expect(() => readTsv('fr')).toThrow(/cannot read lexicon .*: EISDIR/);
  });
});
