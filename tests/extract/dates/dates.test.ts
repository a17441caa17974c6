// Dates in text as tables of phrase → (matched text, ISO value, precision, relative), in French, Arabic and
// English, absolute and relative; plus the document date (metadata, dateline, full date later in the text).
import { describe, expect, it } from 'vitest';
import type { DocumentDate } from '../../../model/types.js';
import { findDates, findDocumentDate, resolveWeekday } from '../../../extract/dates/index.js';

type Row = [string, string, string, 'day' | 'month' | 'year', boolean];
const ref = (value: string): DocumentDate => ({ value, precision: 'day', source: 'metadata' });
const MONDAY = ref('2024-12-16'); // a Monday
const first = (text: string, reference?: DocumentDate, lang?: 'fr' | 'ar' | 'en') => {
  const [d] = findDates(text, 0, text.length, lang, reference);
  return d ? [text.slice(d.start, d.end), d.value, d.precision, d.relative] : undefined;
};

describe('absolute dates', () => {
  const cases: Row[] = [
    ['mardi, 12 mars, 2024 à 09:14', 'mardi, 12 mars, 2024', '2024-03-12', 'day', false],
    ['publié le 30 mai 2024', '30 mai 2024', '2024-05-30', 'day', false],
    ['le 7 octobre 2019 à Dakar', '7 octobre 2019', '2019-10-07', 'day', false],
    ['le 1er janvier 2025', '1er janvier 2025', '2025-01-01', 'day', false],
    ['date 2023-09 Salon', '2023-09', '2023-09', 'month', false],
    ['mis à jour 2023-11-07', '2023-11-07', '2023-11-07', 'day', false],
    ['December 16, 2024', 'December 16, 2024', '2024-12-16', 'day', false],
    ['on Dec. 16, 2024 in Riyadh', 'Dec. 16, 2024', '2024-12-16', 'day', false],
    ['16 December 2024', '16 December 2024', '2024-12-16', 'day', false],
    ['Tuesday, October 3, 2017', 'Tuesday, October 3, 2017', '2017-10-03', 'day', false],
    ['9 أكتوبر 2018', '9 أكتوبر 2018', '2018-10-09', 'day', false],
    ['٣ أكتوبر ٢٠١٧', '٣ أكتوبر ٢٠١٧', '2017-10-03', 'day', false],
    ['في 14 غشت 2022', '14 غشت 2022', '2022-08-14', 'day', false],
    ['في 5 تشرين الأول 2019', '5 تشرين الأول 2019', '2019-10-05', 'day', false],
    ['16/12/2024', '16/12/2024', '2024-12-16', 'day', false],
    ['en mai 2024', 'mai 2024', '2024-05', 'month', false],
    ['خلال شهر فبراير 2004', 'فبراير 2004', '2004-02', 'month', false],
    ['in March 2021', 'March 2021', '2021-03', 'month', false],
    ['en 2024, le pays', '2024', '2024', 'year', false],
    ['منذ عام 2015', '2015', '2015', 'year', false],
  ];
  it.each(cases)('%j', (text, surface, value, precision, relative) => expect(first(text)).toEqual([surface, value, precision, relative]));

  const chronoCases: Array<[string, 'fr' | 'en', string, string]> = [
    ['signed on Dec 16, 2024 in Riyadh', 'en', 'Dec 16, 2024', '2024-12-16'],
    ['December 16th 2024', 'en', 'December 16th 2024', '2024-12-16'],
    ['the 3rd of October, 2017', 'en', '3rd of October, 2017', '2017-10-03'],
  ];
  it.each(chronoCases)('with chrono-node: %j', (text, lang, surface, value) => expect(first(text, undefined, lang)?.slice(0, 2)).toEqual([surface, value]));

  it('keeps the month of an impossible day', () => expect(first('31 février 2024')).toEqual(['février 2024', '2024-02', 'month', false]));

  it('reads numeric dates month-first in English only', () => {
    expect(first('12/06/2024', undefined, 'en')?.[1]).toBe('2024-12-06');
    expect(first('12/06/2024', undefined, 'fr')?.[1]).toBe('2024-06-12');
  });

  const nothing = ['plus de 2000 participants', 'le plan 2014-2020', 'Article 12.3', 'they may 2 times', 'اليوم الوطني للمستهلك'];
  it.each(nothing)('finds no date in %j', (text) => expect(findDates(text, 0, text.length, undefined, MONDAY)).toEqual([]));
});

describe('relative dates, against Monday 2024-12-16', () => {
  const cases: Row[] = [
    ['signé lundi à Riyad', 'lundi', '2024-12-16', 'day', true],
    ['reçu jeudi à Rabat', 'jeudi', '2024-12-12', 'day', true],
    ['jeudi dernier', 'jeudi dernier', '2024-12-12', 'day', true],
    ['lundi dernier', 'lundi dernier', '2024-12-09', 'day', true],
    ['mardi prochain', 'mardi prochain', '2024-12-17', 'day', true],
    ['hier soir', 'hier', '2024-12-15', 'day', true],
    ["aujourd'hui", "aujourd'hui", '2024-12-16', 'day', true],
    ['أمس', 'أمس', '2024-12-15', 'day', true],
    ['أمس الأحد بالرياض', 'أمس الأحد', '2024-12-15', 'day', true],
    ['اليوم في الرباط', 'اليوم', '2024-12-16', 'day', true],
    ['يوم الثلاثاء الماضي', 'الثلاثاء الماضي', '2024-12-10', 'day', true],
    ['يوم الخميس', 'الخميس', '2024-12-12', 'day', true],
    ['last Tuesday', 'last Tuesday', '2024-12-10', 'day', true],
    ['yesterday', 'yesterday', '2024-12-15', 'day', true],
    ['on Monday', 'Monday', '2024-12-16', 'day', true],
    ['next Friday', 'next Friday', '2024-12-20', 'day', true],
    ['le 15 décembre', '15 décembre', '2024-12-15', 'day', true],
    ['3 أكتوبر', '3 أكتوبر', '2024-10-03', 'day', true],
    ['du 15 au 19 décembre', '15', '2024-12-15', 'day', true],
  ];
  it.each(cases)('%j', (text, surface, value, precision, relative) => expect(first(text, MONDAY)).toEqual([surface, value, precision, relative]));

  it('places a weekday-dated day in the nearby year where the weekday matches', () => {
    expect(first('يوم الثلاثاء 3 أكتوبر', ref('2017-10-05'))).toEqual(['الثلاثاء 3 أكتوبر', '2017-10-03', 'day', true]);
  });
  it('places a day without year in the year nearest the reference', () => {
    expect(first('le 28 décembre', ref('2025-01-04'))?.[1]).toBe('2024-12-28');
  });
  it('reads both days of a range', () => {
    const text = 'du 2 au 5 octobre 2017';
    expect(findDates(text).map((d) => d.value)).toEqual(['2017-10-02', '2017-10-05']);
  });
  it('resolves nothing relative without a day-precision reference', () => {
    expect(findDates('jeudi dernier, hier', 0, 19, 'fr', { value: '2024-12', precision: 'month', source: 'text' })).toEqual([]);
    expect(findDates('lundi')).toEqual([]);
  });
  it('resolveWeekday', () => {
    const monday = { year: 2024, month: 12, day: 16 };
    expect(resolveWeekday(monday, 1, 'onOrBefore')).toEqual(monday);
    expect(resolveWeekday(monday, 1, 'before')).toEqual({ year: 2024, month: 12, day: 9 });
    expect(resolveWeekday(monday, 7, 'onOrBefore')).toEqual({ year: 2024, month: 12, day: 15 });
    expect(resolveWeekday(monday, 1, 'after')).toEqual({ year: 2024, month: 12, day: 23 });
  });
  it('grows linearly on a text full of dates (time ratio, not a wall time)', () => {
    const timed = (copies: number) => {
      const text = 'le 3 mai 2022, puis lundi et hier; '.repeat(copies);
      const t0 = performance.now();
      expect(findDates(text, 0, text.length, 'fr', MONDAY)).toHaveLength(3 * copies);
      return performance.now() - t0;
    };
    timed(500); // warm-up
    const small = Math.min(timed(2_000), timed(2_000));
    const large = Math.min(timed(16_000), timed(16_000));
    // 8× the text: linear ≈ 8×, quadratic ≈ 64×; a generous bound for a loaded machine.
    expect(large / Math.max(small, 1)).toBeLessThan(24);
  });
  it('keeps offsets into the full text when given a range', () => {
    const text = 'Intro. Le 3 mai 2022, accord signé.';
    const [d] = findDates(text, 7, text.length);
    expect(text.slice(d!.start, d!.end)).toBe('3 mai 2022');
  });
});

describe('findDocumentDate', () => {
  const cases: Array<[string, string, string | undefined, DocumentDate | undefined]> = [
    ['metadata wins', 'Le 3 mai 2022, accord.', '2023-01-09', { value: '2023-01-09', precision: 'day', source: 'metadata' }],
    ['metadata with a time', 'x', '2023-01-09T10:00:00Z', { value: '2023-01-09', precision: 'day', source: 'metadata' }],
    ['written metadata date', 'x', '30/05/2024', { value: '2024-05-30', precision: 'day', source: 'metadata' }],
    ['written metadata date in words', 'x', 'jeudi 30 mai 2024', { value: '2024-05-30', precision: 'day', source: 'metadata' }],
    ['unparsable metadata falls back to the text', 'Rabat, le 3 mai 2022 – accord.', 'hier', { value: '2022-05-03', precision: 'day', source: 'text' }],
    ['a day dateline beats a month one', ' date 2023-09 Titre\nmardi, 12 septembre, 2023 à 10:05\nLe Ghana et le Togo ont signé.', undefined, { value: '2023-09-12', precision: 'day', source: 'text' }],
    ['a month-only dateline', 'Rapport de mars 2021 sur les échanges.', undefined, { value: '2021-03', precision: 'month', source: 'text' }],
    ['a signed tweet far below, with "lundi" earlier', `Accord signé lundi. ${'Texte. '.repeat(120)}\n— Ministère (@min) December 16, 2024`, undefined, { value: '2024-12-16', precision: 'day', source: 'text' }],
    ['a weekday-dated day before the range that gives the year', 'استقبل الوزير يوم الثلاثاء 3 أكتوبر ضيفه، في زيارة من 2 إلى 5 أكتوبر 2017.', undefined, { value: '2017-10-03', precision: 'day', source: 'text' }],
    ['no date at all', 'أكد البلدان أمس الثلاثاء إرادتهما.', undefined, undefined],
  ];
  it.each(cases)('%s', (_name, text, metadata, expected) => expect(findDocumentDate(text, metadata, 'fr')).toEqual(expected));
});
