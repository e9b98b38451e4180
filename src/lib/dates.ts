/**
 * Dates in the content are written only as precisely as the sources allow:
 * `2022`, `2022-09` or `2022-09-30`. The form of the string *is* the precision.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Month names, January first: the one list the site's dates are written with. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns an error message for anything else. */
export function parsePartialDate(value: string): PartialDate | string {
  const match = FORM.exec(value);
  if (!match) return `"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `"${value}" has no month ${match[2]}`;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth)
    return `"${value}" is not a day of ${MONTHS[month - 1]} ${year}`;
  return { year, month, day, precision: 'day' };
}

/** Like parsePartialDate, for values already validated by the schemas. */
export function mustParse(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** "2022", "September 2022", "30 September 2022". */
export function formatPartialDate(value: string): string {
  const { year, month, day } = mustParse(value);
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * Sorts partial dates chronologically. A date known only to the year sorts after the dated events
 * of that year: "sometime in 2022" may well respond to February's invasion, and listing it first
 * would put a reaction before its cause. A date known to the month sorts before that month's days,
 * where it heads the month (the sources' month-only events there are the ones the days follow up).
 */
export function compareDates(a: string, b: string): number {
  const [ya, ma] = a.split('-');
  const [yb, mb] = b.split('-');
  if (ya !== yb) return (ya ?? '') < (yb ?? '') ? -1 : 1;
  if (ma === undefined || mb === undefined) return ma === mb ? 0 : ma === undefined ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The year, for filters and grouping. */
export function yearOf(value: string): number {
  return mustParse(value).year;
}
