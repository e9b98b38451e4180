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

/**
 * How a date is worded where the grammar needs it (Russian): `nominative` stands alone ("февраль
 * 2024 года", "2022"), `genitive` follows "с", "до", "по состоянию на"… ("с февраля 2024 года",
 * "с 2022 года"). English has one form.
 */
export type DateForm = 'nominative' | 'genitive';

/**
 * "2022", "September 2022", "30 September 2022"; in Russian, through Intl: "2022", "сентябрь
 * 2022 года", "30 сентября 2022 года" (and the genitive forms, see DateForm).
 */
export function formatPartialDate(
  value: string,
  lang: 'en' | 'ru' = 'en',
  form: DateForm = 'nominative'
): string {
  const { year, month, day } = mustParse(value);
  if (lang === 'ru') return russianDate(year, month, day, form);
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));
const RU_MONTH = new Intl.DateTimeFormat('ru', { month: 'long', timeZone: 'UTC' });
const RU_DAY_MONTH = new Intl.DateTimeFormat('ru', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** A Russian month name from Intl: "февраль", or with a day the genitive "февраля". */
function russianMonth(year: number, month: number, genitive: boolean): string {
  if (!genitive) return RU_MONTH.format(utc(year, month));
  const part = RU_DAY_MONTH.formatToParts(utc(year, month, 1)).find((p) => p.type === 'month');
  return part?.value ?? RU_MONTH.format(utc(year, month));
}

function russianDate(
  year: number,
  month: number | undefined,
  day: number | undefined,
  form: DateForm
): string {
  // "года" spelled out, as the Russian press writes dates in prose (Intl abbreviates it "г.").
  if (month === undefined) return form === 'genitive' ? `${year} года` : String(year);
  if (day === undefined) return `${russianMonth(year, month, form === 'genitive')} ${year} года`;
  return `${day} ${russianMonth(year, month, true)} ${year} года`;
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
