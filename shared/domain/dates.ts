import type { z } from 'zod';
import { codedText } from '../error-text';
/**
 * Dates as Isnad stores and accepts them: ISO 8601, the way every date in the app is
 * written (2024-10-07). Shape alone is not enough: "2024-02-30" and "2024-13-45" have the
 * shape and are not days, so each part is checked against the calendar.
 */

/** YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by a time (as HTML pages carry it). */
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (February 2024 has 29). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a date or an address is refused, as a catalog message (so the app and the CLI say it in the reader's language). */
export type FieldIssue = ReturnType<typeof codedText>;

function calendarIssue(value: string, y: string, m: string | undefined, d: string | undefined): FieldIssue | null {
  if (m === undefined) return null;
  const month = Number(m);
  if (month < 1 || month > 12) return codedText('errors.date.noMonth', { value, month });
  if (d === undefined) return null;
  const day = Number(d);
  const days = daysInMonth(Number(y), month);
  if (day < 1 || day > days) return codedText('errors.date.monthDays', { value, month, year: y, days });
  return null;
}

/**
 * Why `value` is not an acceptable date, or null when it is (or is empty). `dayOnly`
 * asks for exactly YYYY-MM-DD (filters, date inputs); otherwise a year, a month or a
 * timestamp is accepted too (a publication date taken from a web page).
 */
export function dateIssue(value: string, options: { dayOnly?: boolean } = {}): FieldIssue | null {
  const v = value.trim();
  if (v === '') return null;
  const match = (options.dayOnly ? DAY_ONLY : ISO).exec(v);
  if (!match) return codedText('errors.date.notDate', { value: v });
  const problem = calendarIssue(v, match[1] as string, match[2], match[3]);
  if (problem) return problem;
  const [hour, minute, second] = [match[4], match[5], match[6]].map((p) => (p === undefined ? 0 : Number(p)));
  if ((hour as number) > 23 || (minute as number) > 59 || (second as number) > 59)
    return codedText('errors.date.noTime', { value: v, time: `${match[4]}:${match[5]}` });
  return null;
}

/** `dateIssue` in English: what zod refinements and logs carry. */
export function dateProblem(value: string, options: { dayOnly?: boolean } = {}): string | null {
  return dateIssue(value, options)?.text ?? null;
}

/** For zod's `refine`: true when `value` is empty or a real date. */
export const isDateOrEmpty = (value: string): boolean => dateProblem(value) === null;
export const isDayOrEmpty = (value: string): boolean => dateProblem(value, { dayOnly: true }) === null;

/** Why a URL field's value is not a web address, or null (empty is fine). */
export function urlIssue(value: string): FieldIssue | null {
  const v = value.trim();
  if (v === '' || /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(v)) return null;
  return codedText('errors.source.notUrl', { value: v.length > 60 ? `${v.slice(0, 60)}…` : v });
}

/** `urlIssue` in English. */
export function urlProblem(value: string): string | null {
  return urlIssue(value)?.text ?? null;
}

/**
 * A check for zod: the issue's English becomes the field's message, and its catalog id and
 * values ride along as the issue's params, so the contract boundary and the CLI refuse it
 * in the reader's language (shared/input-errors.ts).
 */
export function checked(schema: z.ZodString, problem: (value: string) => FieldIssue | null) {
  return schema.superRefine((value, ctx) => {
    const issue = problem(value);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.text, params: { messageId: issue.id, values: issue.values ?? {} } });
  });
}
