import { describe, expect, it } from 'vitest';
import { compareDates, formatPartialDate, parsePartialDate } from '../../src/lib/content/dates';

describe('parsePartialDate', () => {
  it.each([
    ['1992', { year: 1992, precision: 'year' }],
    ['2024-02', { year: 2024, month: 2, precision: 'month' }],
    ['2022-09-30', { year: 2022, month: 9, day: 30, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
  ])('reads %s', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });

  it.each([
    ['2022-13', 'no month 13'],
    ['2023-02-29', 'not a day of February 2023'],
    ['22-09-30', 'not a date of the form'],
    ['September 2022', 'not a date of the form'],
    ['2022-9', 'not a date of the form'],
  ])('rejects %s with a message', (input, message) => {
    expect(parsePartialDate(input)).toContain(message);
  });
});

describe('formatPartialDate', () => {
  it('writes only the precision the source gives', () => {
    expect(formatPartialDate('2012')).toBe('2012');
    expect(formatPartialDate('2024-02')).toBe('February 2024');
    expect(formatPartialDate('2025-07-16')).toBe('16 July 2025');
  });
});

describe('compareDates', () => {
  it('sorts a year-only date after the dated events of its year, a month-only date before its days', () => {
    const sorted = ['2022-10-04', '2022', '2021-12', '2022-10', '2023', '2022-09'].sort(
      compareDates
    );
    expect(sorted).toEqual(['2021-12', '2022-09', '2022-10', '2022-10-04', '2022', '2023']);
  });
});
