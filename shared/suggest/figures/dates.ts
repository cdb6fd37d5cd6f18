import {
  AR_AMBIGUOUS_MONTHS,
  AR_FIRST_DAY,
  AR_MONTH_CUES,
  AR_MONTH_PAIRS,
  AR_MONTHS,
  EN_AMBIGUOUS_MONTHS,
  EN_MONTH_CUES,
  EN_MONTHS,
} from '../lexicon/months';
import { foldedMap } from '../lexicon/util';
import { adjacent, type Token } from '../tokens';

export interface DateMatch {
  first: number;
  last: number;
  /** ISO 8601: 2024-03-12, --03-12 (no year given), 2024-03, or 2024. */
  value: string;
  /** Characters of a glued «و» left outside the span (تموز وآب: the second month is «آب»). */
  skip?: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arabic ordinal day words: السابع من أكتوبر, الحادي والعشرين من مارس.
export const AR_ORDINAL_UNITS = foldedMap([
  ['الأول', 1],
  ['الحادي', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الخامس', 5],
  ['السادس', 6],
  ['السابع', 7],
  ['الثامن', 8],
  ['التاسع', 9],
  ['العاشر', 10],
]);
export const AR_ORDINAL_TENS = foldedMap([
  ['العشرين', 20],
  ['والعشرين', 20],
  ['الثلاثين', 30],
  ['والثلاثين', 30],
]);

const FULL_NAMES = new Set(['may', 'june', 'july']);
/** What may stand before a sentence's first word. */
const SENTENCE_OPENERS = new Set(['\n', '.', '!', '?', ':', '"', '“', '‘', "'", '(', '—', '–']);
const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(day: number | null, month: number, year: number | null): string | null {
  if (month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > (DAYS_IN_MONTH[month - 1] as number))) return null;
  if (day !== null && year !== null && month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
    return null;
  if (day === null) return year === null ? null : `${year}-${pad(month)}`;
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

const isInt = (t: Token | undefined, maxDigits: number) => t?.kind === 'number' && /^\d+$/.test(t.text) && t.text.length <= maxDigits;
const isYear = (t: Token | undefined) => isInt(t, 4) && t!.text.length === 4 && Number(t!.text) >= 1900 && Number(t!.text) <= 2100;

/** The month an Arabic word at j names, and its last token (كانون الثاني: the pair's second word); asked of every Arabic word. */
function arabicMonth(tokens: Token[], j: number, w: string): [number, number] | null {
  const pair = AR_MONTH_PAIRS.get(w);
  const second = tokens[j + 1];
  const paired = pair && second ? pair.get(second.text) : undefined;
  if (paired !== undefined) return [paired, j + 1];
  const month = AR_MONTHS.get(w);
  return month === undefined ? null : [month, j];
}

/** A month name at token j (one or two words, with an alternative after "/"): كانون الأول/ديسمبر, Oct. */
function readMonth(tokens: Token[], j: number, text: string, conjoined = false): { month: number; last: number; skip: number } | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  let month: number | undefined;
  let last = j;
  let skip = 0;
  if (t.arabic) {
    let found = arabicMonth(tokens, j, t.text);
    // كانون الثاني وشباط، تموز وآب: a second month in a list carries the conjunction.
    if (!found && conjoined && t.text.length > 2 && t.text.startsWith('و')) {
      found = arabicMonth(tokens, j, t.text.slice(1));
      if (found) skip = 1;
    }
    if (found) [month, last] = found;
  } else if (t.capitalized) {
    month = EN_MONTHS.get(t.lower);
    // "Nov. 27": the abbreviation's full stop (not the one ending "in May.").
    const abbreviation = t.text.length <= 4 && !FULL_NAMES.has(t.lower);
    if (month !== undefined && tokens[j + 1]?.text === '.' && adjacent(text, t.end, tokens[j + 1]!.start) && abbreviation) last = j + 1;
  }
  if (month === undefined) return null;
  // "تشرين الأول/أكتوبر", "أيار/مايو": the same month in a second family.
  const slash = tokens[last + 1];
  if (slash?.text === '/') {
    const alt = readMonth(tokens, last + 2, text);
    if (alt && alt.month === month) last = alt.last;
  } else if (slash?.text === '(' && t.arabic) {
    // "ديسمبر (كانون الأول) 2023": the second family in brackets stays in the one date.
    const alt = readMonth(tokens, last + 2, text);
    if (alt && alt.month === month && tokens[alt.last + 1]?.text === ')') last = alt.last + 1;
  }
  return { month, last, skip };
}

/** An optional year after a date: "، 2024", ", 2024", "عام 2024", "2024". */
function readYear(tokens: Token[], j: number): { year: number; last: number } | null {
  let k = j;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '،') k++;
  if (tokens[k]?.text === 'من' && ['عام', 'سنة'].includes(tokens[k + 1]?.text ?? '')) k += 2;
  else if (['عام', 'سنة', 'العام'].includes(tokens[k]?.text ?? '')) k++;
  if (isYear(tokens[k])) return { year: Number(tokens[k]!.text), last: eraSuffix(tokens, k) };
  return null;
}

/** "2025م": the era letter glued to a year belongs to it. */
export function eraSuffix(tokens: Token[], k: number): number {
  const next = tokens[k + 1];
  return next && next.start === (tokens[k] as Token).end && next.text === 'م' ? k + 1 : k;
}

function arabicOrdinalDay(tokens: Token[], i: number): { day: number; last: number } | null {
  const unit = AR_ORDINAL_UNITS.get(tokens[i]?.text ?? '');
  const tens = AR_ORDINAL_TENS.get(tokens[i]?.text ?? '');
  if (tens !== undefined) return { day: tens, last: i };
  if (unit === undefined) return null;
  const next = tokens[i + 1]?.text;
  if (next === 'عشر') return unit < 10 ? { day: 10 + unit, last: i + 1 } : null;
  const t = AR_ORDINAL_TENS.get(next ?? '');
  if (t !== undefined && next?.startsWith('و')) return { day: t + unit, last: i + 1 };
  return { day: unit, last: i };
}

/**
 * Reads a date starting at token i: 7 أكتوبر، 19 يناير 2024، السابع من أكتوبر،
 * 8 تشرين الأول/أكتوبر 2023، مارس 2024، October 7, 2024, 3 October, 12/03/2024, 2024-03-12,
 * فاتح يونيو، and a month named alone (see bareMonth).
 */
export function readDate(tokens: Token[], i: number, text: string, lang: 'ar' | 'en'): DateMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (isInt(t, 4) && t.text.length === 4) return numericDate(tokens, i, text, lang);
  // Day first.
  let day: number | null = null;
  let j = i + 1;
  if (isInt(t, 2)) {
    day = Number(t.text);
    const suffix = tokens[j];
    if (suffix && /^(st|nd|rd|th)$/.test(suffix.text) && adjacent(text, t.end, suffix.start) && suffix.start === t.end) j++;
  } else if (t.arabic && AR_FIRST_DAY.has(t.text) && readMonth(tokens, i + 1, text)) {
    // غرة يونيو، فاتح يونيو، أول يوليو: the first of the month, the word inside the span.
    day = 1;
  } else if (t.arabic) {
    const ordinal = arabicOrdinalDay(tokens, i);
    if (ordinal) {
      day = ordinal.day;
      j = ordinal.last + 1;
      if (tokens[j]?.text !== 'من') return null;
    }
  }
  if (day !== null) {
    if (tokens[j]?.text === 'من' || tokens[j]?.text === 'of') j++;
    const m = readMonth(tokens, j, text);
    if (!m) return numericDate(tokens, i, text, lang);
    const y = readYear(tokens, m.last + 1);
    const value = isoDate(day, m.month, y?.year ?? null);
    return value ? { first: i, last: y?.last ?? m.last, value } : null;
  }
  const prefixed = t.arabic ? null : prefixedMonth(tokens, i);
  if (prefixed) return prefixed;
  // Month first.
  const m = readMonth(tokens, i, text, true);
  if (!m) return null;
  if (m.skip > 0) {
    const date = conjoinedMonth(tokens, i, m);
    return date && { ...date, skip: m.skip };
  }
  let k = m.last + 1;
  const dayToken = tokens[k];
  if (!t.arabic && isInt(dayToken, 2) && !isYear(dayToken)) {
    const d = Number(dayToken!.text);
    let last = k;
    const suffix = tokens[k + 1];
    if (suffix && /^(st|nd|rd|th)$/.test(suffix.text) && suffix.start === dayToken!.end) last = k + 1;
    const y = readYear(tokens, last + 1);
    const value = isoDate(d, m.month, y?.year ?? null);
    return value ? { first: i, last: y?.last ?? last, value } : null;
  }
  if (tokens[k]?.text === ',' || tokens[k]?.text === '،') k++;
  if (isYear(tokens[k])) {
    const value = isoDate(null, m.month, Number(tokens[k]!.text));
    return value ? { first: i, last: eraSuffix(tokens, k), value } : null;
  }
  return bareMonth(tokens, i, m.last, m.month);
}

/**
 * «وماي 2025», «تموز وآب»: a month glued to «و» is a date when a year follows it, when its
 * name is no common word, or when a month or year stands right before the «و».
 */
function conjoinedMonth(tokens: Token[], i: number, m: { month: number; last: number }): DateMatch | null {
  const t = tokens[i] as Token;
  let k = m.last + 1;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '،') k++;
  if (isYear(tokens[k])) {
    const value = isoDate(null, m.month, Number(tokens[k]!.text));
    return value ? { first: i, last: eraSuffix(tokens, k), value } : null;
  }
  const prev = tokens[i - 1];
  const listed = !!prev && (isYear(prev) || (prev.kind === 'word' && (AR_MONTHS.has(prev.text) || monthPairEnd(tokens, i - 1))));
  const next = tokens[m.last + 1];
  const qualified = !!next && /^(الماضيين|المقبلين|الماضي|المقبل)$/.test(next.text);
  return listed || qualified || !AR_AMBIGUOUS_MONTHS.has(t.text.slice(1)) ? { first: i, last: m.last, value: `--${pad(m.month)}` } : null;
}

/** "mid-August", "late-March 2024": the part of the month stays outside the span, as مطلع does. */
function prefixedMonth(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i] as Token;
  const m = /^(mid|early|late)-([A-Z][a-z]+)$/.exec(t.text);
  const month = m ? EN_MONTHS.get((m[2] as string).toLowerCase()) : undefined;
  if (!m || month === undefined) return null;
  const skip = (m[1] as string).length + 1;
  let k = i + 1;
  if (tokens[k]?.text === ',') k++;
  if (isYear(tokens[k])) {
    const value = isoDate(null, month, Number(tokens[k]!.text));
    return value ? { first: i, last: k, value, skip } : null;
  }
  return { first: i, last: i, value: `--${pad(month)}`, skip };
}

/** كانون الثاني: the second word of a two-word month name at token j. */
function monthPairEnd(tokens: Token[], j: number): boolean {
  const pair = AR_MONTH_PAIRS.get(tokens[j - 1]?.text ?? '');
  return !!pair && pair.has(tokens[j]?.text ?? '');
}

/**
 * A month named alone is a date (--MM). A name that is also a common word (مارس، آب,
 * May, March) counts only after a time word (في مارس، منذ آب، in May) or before
 * الماضي / المقبل; an English name must not be followed by a surname (June Carter).
 */
function bareMonth(tokens: Token[], i: number, last: number, month: number): DateMatch | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[last + 1];
  const value = `--${pad(month)}`;
  if (t.arabic) {
    const paired = last > i;
    const cued =
      !!prev && prev.kind === 'word' && (AR_MONTH_CUES.has(prev.text) || AR_MONTH_CUES.has(prev.text.replace(/^(?:و|ف|ب|وب|ل)/, '')));
    const qualified = !!next && /^(الماضي|المقبل|الجاري|القادم|المنصرم)$/.test(next.text);
    return paired || !AR_AMBIGUOUS_MONTHS.has(t.text) || cued || qualified ? { first: i, last, value } : null;
  }
  if (next?.kind === 'word' && next.capitalized) return null;
  // "In August, …", "Since March she …": a cue opening the sentence is capitalized.
  const opening = !!prev && (!prev.capitalized || SENTENCE_OPENERS.has(tokens[i - 2]?.text ?? '\n') || tokens[i - 2]?.kind === 'newline');
  const cued = !!prev && prev.kind === 'word' && opening && EN_MONTH_CUES.has(prev.lower);
  // "the August recess", "a May cut", "the March quarter": a month before its noun.
  const attributive = /^(the|a)$/.test(prev?.text ?? '') && next?.kind === 'word' && !next.capitalized && /^[a-z]{3,}$/.test(next.text);
  return !EN_AMBIGUOUS_MONTHS.has(t.lower) || cued || attributive ? { first: i, last, value } : null;
}

/** 12/03/2024, 2024-03-12, 12.03.2024: day-month order for Arabic text, month-day for English when ambiguous. */
function numericDate(tokens: Token[], i: number, text: string, lang: 'ar' | 'en'): DateMatch | null {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (!['/', '-'].includes(s1.text) || s1.text !== s2.text) return null;
  if (![a, s1, b, s2].every((tok, k) => tok.end === [s1, b, s2, c][k]!.start)) return null;
  if (!isInt(a, 4) || !isInt(b, 2) || !isInt(c, 4)) return null;
  const [x, y, z] = [Number(a.text), Number(b.text), Number(c.text)];
  let value: string | null = null;
  if (a.text.length === 4 && c.text.length <= 2) value = isoDate(z, y, x);
  else if (c.text.length === 4 && a.text.length <= 2) {
    const dayFirst = x > 12 || (y <= 12 && lang === 'ar');
    value = dayFirst ? isoDate(x, y, z) : isoDate(y, x, z);
  }
  return value ? { first: i, last: i + 4, value } : null;
}

/** 12.03.2024 arrives as one number token. */
export function dottedDate(token: Token): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token.text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export { isYear };
