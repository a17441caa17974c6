// The office holders knowledge file: well-formed, sourced and dated, and its lookup answers by name and year.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultOfficeHolders, holderByFamilyName, officeHolder, parseOfficeHolders } from '../../../extract/resolve/office-holders.js';

describe('office-holders.tsv', () => {
  it('parses, and every row has a name in English and in Arabic', () => {
    const holders = defaultOfficeHolders();
    expect(holders.terms.length).toBeGreaterThan(100);
    expect(holders.terms.filter((t) => !t.names.ar)).toEqual([]);
  });

  it('rejects a malformed row with its line', () => {
    expect(() => parseOfficeHolders([['person:x', 'MA', 'king', '1999', '', 'X', '', '']])).toThrow(/row 1/);
  });

  it('answers which office a name held in a year, in any script', () => {
    expect(officeHolder('Sameh Shoukry', 2020)).toEqual({ id: 'person:sameh-shoukry', scope: 'EG', office: 'foreign-affairs' });
    expect(officeHolder('سامح شكري', 2025)).toBeUndefined();
    expect(officeHolder('Ban Ki-moon')?.scope).toBe('org:un');
    expect(officeHolder('Someone Unknown', 2020)).toBeUndefined();
  });

  it('finds a holder by family name only when the file has one', () => {
    expect(holderByFamilyName('Guterres')).toBe('person:antonio-guterres');
    expect(holderByFamilyName('Al Thani')).toBeUndefined();
  });

  it('states its source and an as-of date', () => {
    const header = readFileSync(new URL('../../../extract/lexicons/shared/office-holders.tsv', import.meta.url), 'utf8');
    expect(header).toMatch(/^# source: /m);
    expect(header).toMatch(/^# as of: \d{4}-\d{2}-\d{2}/m);
  });
});
