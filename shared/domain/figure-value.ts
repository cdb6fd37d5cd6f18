import { ARABIC_DIGIT_ZEROS, digitValue } from '../text/arabic-letters';
import type { FigureValue } from './annotation';
import { dateProblem } from './dates';

/**
 * What a journalist types as a figure's normalized value: "75", "1,200", "4.5 million",
 * "40-50", "٤٠–٥٠", "between 40 and 50", "بين 40 و50", "30%", "2024-10-07". Arabic-Indic
 * and Persian digits and the Arabic decimal and thousands separators are accepted.
 */
export type ParsedFigureValue = { ok: true; value: FigureValue } | { ok: false; error: string };

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(?:k|thousand|ألف|آلاف|الف)$/iu, 1e3],
  [/^(?:m|mn|million|millions|مليون|ملايين)$/iu, 1e6],
  [/^(?:bn|b|billion|billions|مليار|مليارات)$/iu, 1e9],
];

const NUMBER = String.raw`[-−]?\d[\d,]*(?:\.\d+)?`;
const RANGE_WORDS = String.raw`(?:-|–|—|to|and|\.\.|و|إلى|الى|حتى)`;
const RANGE = new RegExp(String.raw`^(?:between|from|بين|من)?\s*(${NUMBER})\s*(\S*)\s*${RANGE_WORDS}\s*(${NUMBER})\s*(\S*)$`, 'iu');
const SINGLE = new RegExp(String.raw`^(${NUMBER})\s*(\S*)$`, 'u');
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
/** ISO 8601's form for a day whose year the article does not give ("7 October"). */
const YEARLESS_DATE = /^--(\d{2})-(\d{2})$/;

function westernize(input: string): string {
  return input
    .replace(/[٠-٩۰-۹]/gu, (d) => String(digitValue(d.charCodeAt(0), ARABIC_DIGIT_ZEROS)))
    .replace(/٫/gu, '.')
    .replace(/[٬،]/gu, ',')
    .replace(/\u00a0|\u202f/gu, ' ')
    .trim();
}

function toNumber(digits: string, suffix: string): number | string {
  const cleaned = digits.replace(/,/g, '').replace('−', '-');
  const grouped = digits.includes(',');
  if (grouped && !/^[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) {
    return `"${digits}" has misplaced thousands separators`;
  }
  let n = Number(cleaned);
  if (!Number.isFinite(n)) return `"${digits}" is not a number`;
  if (suffix === '' || suffix === '%' || suffix === '٪') return n;
  const multiplier = MULTIPLIERS.find(([re]) => re.test(suffix));
  if (!multiplier) return `"${suffix}" is not a unit Isnad can multiply by; put it in the Unit field`;
  n *= multiplier[1];
  return Number(n.toPrecision(15));
}

export function parseFigureValue(raw: string): ParsedFigureValue {
  const input = westernize(raw);
  if (input === '') return { ok: true, value: null };
  const date = ISO_DATE.exec(input);
  if (date) {
    const problem = dateProblem(input);
    return problem ? { ok: false, error: problem } : { ok: true, value: input };
  }
  const yearless = YEARLESS_DATE.exec(input);
  if (yearless) {
    // 2000 is a leap year, so 29 February without a year is accepted.
    return dateProblem(`2000-${yearless[1]}-${yearless[2]}`) === null
      ? { ok: true, value: input }
      : { ok: false, error: `${input} is not a real day of the year` };
  }
  const range = RANGE.exec(input);
  if (range) {
    // "40 to 50 million": a multiplier written once applies to both ends.
    const highSuffix = range[4] ?? '';
    const lowSuffix = range[2] || highSuffix;
    const low = toNumber(range[1] as string, lowSuffix);
    const high = toNumber(range[3] as string, highSuffix);
    if (typeof low === 'string') return { ok: false, error: low };
    if (typeof high === 'string') return { ok: false, error: high };
    if (low > high) return { ok: false, error: `the range starts above its end (${low} > ${high})` };
    return { ok: true, value: low === high ? low : [low, high] };
  }
  const single = SINGLE.exec(input);
  if (single) {
    const n = toNumber(single[1] as string, single[2] ?? '');
    return typeof n === 'string' ? { ok: false, error: n } : { ok: true, value: n };
  }
  return {
    ok: false,
    error: `"${raw.trim()}" is not a number, a range such as 40–50, or a date such as 2024-10-07 (--10-07 without a year)`,
  };
}

const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** How a stored value is shown and offered back for editing ("40–50", "1,200"). */
export function formatFigureValue(value: FigureValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return format.format(value);
  return `${format.format(value[0])}–${format.format(value[1])}`;
}

const MONTH_DAY = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A day without its year (--01-19) as a date at noon UTC in 2000 (a leap year, for --02-29), else null. */
export function yearlessDay(value: FigureValue): Date | null {
  const yearless = typeof value === 'string' ? YEARLESS_DATE.exec(value) : null;
  return yearless ? new Date(Date.UTC(2000, Number(yearless[1]) - 1, Number(yearless[2]), 12)) : null;
}

/**
 * The value as a card shows it. A day without its year (--01-19, from «19 يناير») reads
 * "Jan 19, no year" rather than as a code; everything else as it is edited.
 */
export function describeFigureValue(value: FigureValue): string {
  if (typeof value === 'string') {
    const yearless = YEARLESS_DATE.exec(value);
    if (yearless) return `${MONTH_DAY.format(Date.UTC(2000, Number(yearless[1]) - 1, Number(yearless[2])))}, no year`;
  }
  return formatFigureValue(value);
}
