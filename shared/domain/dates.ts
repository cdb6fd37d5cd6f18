/**
 * Dates as Isnad stores and accepts them: ISO 8601, the way every date in the app is
 * written (2024-10-07). Shape alone is not enough: "2024-02-30" and "2024-13-45" have the
 * shape and are not days, so each part is checked against the calendar.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by a time (as HTML pages carry it). */
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (February 2024 has 29). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function calendarProblem(value: string, y: string, m: string | undefined, d: string | undefined): string | null {
  if (m === undefined) return null;
  const month = Number(m);
  if (month < 1 || month > 12) return `"${value}" is not a date: there is no month ${month} (months run 01 to 12)`;
  if (d === undefined) return null;
  const day = Number(d);
  const days = daysInMonth(Number(y), month);
  if (day < 1 || day > days) return `"${value}" is not a date: ${MONTHS[month - 1]} ${y} has ${days} days`;
  return null;
}

/**
 * Why `value` is not an acceptable date, or null when it is (or is empty). `dayOnly`
 * asks for exactly YYYY-MM-DD (filters, date inputs); otherwise a year, a month or a
 * timestamp is accepted too (a publication date taken from a web page).
 */
export function dateProblem(value: string, options: { dayOnly?: boolean } = {}): string | null {
  const v = value.trim();
  if (v === '') return null;
  const match = (options.dayOnly ? DAY_ONLY : ISO).exec(v);
  if (!match) {
    return `"${v}" is not a date: write it as YYYY-MM-DD (e.g. 2024-10-07)`;
  }
  const problem = calendarProblem(v, match[1] as string, match[2], match[3]);
  if (problem) return problem;
  const [hour, minute, second] = [match[4], match[5], match[6]].map((p) => (p === undefined ? 0 : Number(p)));
  if ((hour as number) > 23 || (minute as number) > 59 || (second as number) > 59)
    return `"${v}" is not a date: the time ${match[4]}:${match[5]} does not exist`;
  return null;
}

/** For zod's `refine`: true when `value` is empty or a real date. */
export const isDateOrEmpty = (value: string): boolean => dateProblem(value) === null;
export const isDayOrEmpty = (value: string): boolean => dateProblem(value, { dayOnly: true }) === null;

/** Why a URL field's value is not a web address, or null (empty is fine). */
export function urlProblem(value: string): string | null {
  const v = value.trim();
  if (v === '' || /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(v)) return null;
  return `"${v.length > 60 ? `${v.slice(0, 60)}…` : v}" is not a web address: it starts with http:// or https:// and has no spaces`;
}
