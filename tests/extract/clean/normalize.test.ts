// Character-level cleaning: NFC, invisible and bidi controls, odd spaces and line ends.
import { describe, expect, it } from 'vitest';
import { comparisonKey, normalizeText } from '../../../extract/clean/index.js';

describe('normalizeText', () => {
  const cases: Array<[string, string, string]> = [
    ['NFC', 'e\u0301te\u0301', 'été'],
    ['zero-width space and joiner', 'Ra\u200Bbat\u200D', 'Rabat'],
    ['bidi marks and isolates', '\u202Bالمغرب\u202C \u2067(@x)\u2069 \u200Fok\u200E', 'المغرب (@x) ok'],
    ['Arabic letter mark', 'ن\u061Cص', 'نص'],
    ['keeps ZWNJ', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['BOM inside the text', '\uFEFFdébut', 'début'],
    ['soft hyphen', 'coopé\u00ADration', 'coopération'],
    ['odd spaces become plain spaces', 'a\u00A0b\u202Fc\u2009d\tz', 'a b c d z'],
    ['line ends', 'a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
    ['C0 and C1 controls', 'a\u0001b\u0085c\u0007', 'ab\ncc'.replace('cc', 'c')],
  ];
  it.each(cases)('%s', (_name, input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('comparisonKey', () => {
  const cases: Array<[string, string]> = [
    ['Le Maroc, et  le Sénégal !', 'le maroc et le senegal'],
    ['أكّد الوزير أنّ المملكة', 'اكد الوزير ان المملكه'],
    ['« Rabat » — 2024', 'rabat 2024'],
    ['10,000 participants, 3.5 %', '10000 participants 35'],
  ];
  it.each(cases)('%j', (input, expected) => expect(comparisonKey(input)).toBe(expected));
});
