import { parseDigits, tidy } from '../digits';
import { EN_NUMBER_WORDS } from '../lexicon/numbers';
import { EN_TIME_UNITS } from '../lexicon/units';
import { readUnitAfter } from './units';
import type { Token } from '../tokens';
import type { FigureCandidate, FigureContext } from './context';

/**
 * English shares written as one hyphenated word (two-thirds, three-fourths, one-fifth) or as
 * "one in four", "1 in 4", "two-in-three": a percent share, as the gold conventions count a
 * fraction word.
 */

const PARTS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};
/** Units of play after a bound: "202 for 4 in 40 overs" is no share. */
const PLAY_UNITS = new Set(['overs', 'over', 'balls', 'innings', 'minutes', 'laps']);
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 };

/** A small whole number written in digits or as one number word. */
function smallNumber(t: Token | undefined): number | null {
  if (!t) return null;
  if (t.kind === 'number') return /^\d{1,4}$/.test(t.text) ? parseDigits(t.text) : null;
  const w = t.kind === 'word' ? EN_NUMBER_WORDS.get(t.lower) : undefined;
  return w && w.role !== 'scale' && Number.isInteger(w.value) && w.value > 0 ? w.value : null;
}

function share(ctx: FigureContext, first: number, last: number, n: number, d: number, confidence: number) {
  const figure: FigureCandidate = {
    ...ctx.span(first, last),
    value: tidy((100 * n) / d),
    unit: '%',
    kind: 'percent',
    counts: null,
    confidence,
  };
  return { figure, next: last + 1 };
}

export function englishRatio(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const { tokens } = ctx;
  const t = tokens[i] as Token;
  // two-thirds, three-fourths, two-in-three: one hyphenated word.
  if (t.kind === 'word' && t.text.includes('-')) {
    const parts = t.lower.split('-');
    // "a quarter-point cut", "a half-point rise": a share of a percentage point.
    const point = /^(quarter|half)-point$/.exec(t.lower);
    if (point) {
      const value = point[1] === 'half' ? 0.5 : 0.25;
      return {
        figure: { ...ctx.span(i, i), value, unit: 'percentage points', kind: 'percent', counts: null, confidence: 0.6 },
        next: i + 1,
      };
    }
    if (parts.length === 2) {
      const n = COUNTS[parts[0] as string];
      const d = PARTS[parts[1] as string];
      // "one-half" reads as a half; "a-quarter" is never written. "five-eighth" (a rugby
      // position) is no share: more than one part takes the plural (five-eighths).
      const plural = n === 1 || (parts[1] as string).endsWith('s');
      if (n && d && n < d && parts[0] !== 'a' && plural) return share(ctx, i, i, n, d, 0.6);
    }
    if (parts.length === 3 && parts[1] === 'in') {
      const n = COUNTS[parts[0] as string];
      const d = EN_NUMBER_WORDS.get(parts[2] as string)?.value;
      if (n && d && Number.isInteger(d) && n < d && d <= 100) return share(ctx, i, i, n, d, 0.6);
    }
    return null;
  }
  // "one in four", "1 in 4", "one in every five": the second number bounds the first.
  const n = smallNumber(t);
  if (n === null || tokens[i + 1]?.lower !== 'in') return null;
  const every = tokens[i + 2]?.lower === 'every' ? 1 : 0;
  const dToken = tokens[i + 2 + every];
  const d = smallNumber(dToken);
  // "5 in 2024", "two in 40 years" stay out: a year, or a number of units, is no share.
  if (d === null || n >= d || d > 100) return null;
  // "one in 70 flats", "nine in 10 voters": a number word before a bound in digits (house styles write ten and
  // above in digits), but not "two in 40 years" (a period) nor "4 in 40 overs" (a unit or a tally of play).
  const after = tokens[i + 3 + every];
  const mixed = (dToken?.kind === 'number') !== (t.kind === 'number');
  if (mixed && !(t.kind === 'word' && d >= 10 && !EN_TIME_UNITS.has(after?.lower ?? ''))) return null;
  if (after && (PLAY_UNITS.has(after.lower) || readUnitAfter(tokens, i + 3 + every, 'en'))) return null;
  return share(ctx, i, i + 2 + every, n, d, 0.6);
}

/** "a couple of weeks", "a couple of miles": a vague amount of a unit, with no exact value (the writers give none). */
export function coupleOfUnits(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const { tokens } = ctx;
  if (tokens[i]?.lower !== 'a' || tokens[i + 1]?.lower !== 'couple' || tokens[i + 2]?.lower !== 'of') return null;
  const u = readUnitAfter(tokens, i + 3, 'en');
  if (!u || (u.kind !== 'measure' && u.kind !== 'duration')) return null;
  return {
    figure: { ...ctx.span(i, u.last), value: null, unit: u.unit, kind: u.kind, counts: null, confidence: 0.6 },
    next: u.last + 1,
  };
}

/** A share in words at token j: "half", "a half", "a fifth", "two thirds", "two-thirds"; its fraction and last token. */
function shareWordsAt(tokens: Token[], j: number): { fraction: number; last: number } | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'half') return { fraction: 0.5, last: j };
  const hyphen = t.lower.split('-');
  if (hyphen.length === 2) {
    const n = COUNTS[hyphen[0] as string];
    const d = PARTS[hyphen[1] as string];
    return n && d && n < d ? { fraction: n / d, last: j } : null;
  }
  const n = COUNTS[t.lower];
  const d = PARTS[tokens[j + 1]?.lower ?? ''];
  return n && d && n < d ? { fraction: n / d, last: j + 1 } : null;
}

/**
 * "between a fifth and a quarter", "between a quarter and half an inch": two shares in words after
 * "between" are one range, as two numbers are (the writers mark them so, "between" outside the span);
 * a unit after the second share ("half an inch") makes it a measure, else a percent share.
 */
export function shareRange(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const { tokens } = ctx;
  if (tokens[i]?.lower !== 'between') return null;
  const low = shareWordsAt(tokens, i + 1);
  if (!low || tokens[low.last + 1]?.lower !== 'and') return null;
  const high = shareWordsAt(tokens, low.last + 2);
  if (!high || high.fraction <= low.fraction) return null;
  const article = /^an?$/.test(tokens[high.last + 1]?.lower ?? '');
  const u = article ? readUnitAfter(tokens, high.last + 2, 'en') : null;
  if (u && u.kind !== 'money' && u.kind !== 'percent') {
    const value: [number, number] = [tidy(low.fraction), tidy(high.fraction)];
    return { figure: { ...ctx.span(i + 1, u.last), value, unit: u.unit, kind: u.kind, counts: null, confidence: 0.6 }, next: u.last + 1 };
  }
  const value: [number, number] = [tidy(100 * low.fraction), tidy(100 * high.fraction)];
  return {
    figure: { ...ctx.span(i + 1, high.last), value, unit: '%', kind: 'percent', counts: null, confidence: 0.6 },
    next: high.last + 1,
  };
}
