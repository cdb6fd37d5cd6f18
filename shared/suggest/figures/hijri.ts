import { AR_FIRST_DAY, HIJRI_MONTH_PAIRS, HIJRI_MONTHS } from '../lexicon/months';
import type { Token } from '../tokens';
import { readDate } from './dates';

export interface HijriMatch {
  first: number;
  last: number;
  /** The Gregorian date the text gives beside it (الموافق …، (…م)), or null: the guidelines want the Gregorian value. */
  value: string | null;
}

const isInt = (t: Token | undefined, max: number) =>
  t?.kind === 'number' && /^\d+$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= max;

function hijriMonth(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return -1;
  const pair = HIJRI_MONTH_PAIRS.get(t.text)?.get(tokens[j + 1]?.text ?? '');
  if (pair !== undefined) return j + 1;
  return HIJRI_MONTHS.has(t.text) ? j : -1;
}

/** The Hijri era mark after a year: 1447هـ, 1447 هـ (tatweel is folded away, leaving ه). */
function eraMark(tokens: Token[], k: number): number {
  const t = tokens[k + 1];
  return t && t.kind === 'word' && /^ه$/.test(t.text) ? k + 1 : -1;
}

/**
 * A Hijri date: غرة محرم 1447هـ، 15 رمضان 1446 هـ، 1 شوال. It needs a day or a year with
 * its era mark (رمضان alone is a season, not a date). Its value is the Gregorian date
 * written beside it, in brackets or after الموافق, else none.
 */
export function readHijriDate(tokens: Token[], i: number, text: string): HijriMatch | null {
  const t = tokens[i];
  if (!t) return null;
  let j = i;
  let day = false;
  if (isInt(t, 30) || (t.kind === 'word' && AR_FIRST_DAY.has(t.text))) {
    day = true;
    j = tokens[i + 1]?.text === 'من' ? i + 2 : i + 1;
  }
  const monthLast = hijriMonth(tokens, j);
  if (monthLast < 0) return null;
  let last = monthLast;
  let year = false;
  const y = tokens[monthLast + 1];
  if (y?.kind === 'number' && /^\d{4}$/.test(y.text) && Number(y.text) >= 1300 && Number(y.text) <= 1600) {
    const mark = eraMark(tokens, monthLast + 1);
    year = mark >= 0;
    last = mark >= 0 ? mark : monthLast + 1;
  }
  if (!day && !year) return null;
  return { first: i, last, value: gregorianBeside(tokens, last + 1, text) };
}

function gregorianBeside(tokens: Token[], k: number, text: string): string | null {
  let j = k;
  if (tokens[j]?.text === '(' || tokens[j]?.text === '،' || tokens[j]?.text === ',') j++;
  if (tokens[j]?.text === 'الموافق') j++;
  if (tokens[j]?.text === 'ل') j++;
  return readDate(tokens, j, text, 'ar')?.value ?? null;
}
