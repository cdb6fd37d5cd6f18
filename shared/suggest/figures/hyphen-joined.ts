import type { Token } from '../tokens';
import { readUnitAfter, type UnitMatch } from './units';

/** Approximations glued to a number by a hyphen: "40-odd boats", "20-plus staff". */
const GLUED_APPROXIMATIONS = new Set(['odd', 'plus']);

/**
 * "40-odd boats", "a 20-plus crowd": the approximation is part of the number (the writers mark
 * it whole with its noun), so the unit or counted noun is read after it. Returns the index of the
 * approximation's token, or `last` when none is glued on.
 */
export function gluedApproximation(tokens: Token[], last: number): number {
  const dash = tokens[last + 1];
  const word = tokens[last + 2];
  if (!dash || !word || dash.text !== '-' || dash.start !== tokens[last]!.end || word.start !== dash.end) return last;
  return word.kind === 'word' && GLUED_APPROXIMATIONS.has(word.lower) ? last + 2 : last;
}

/**
 * The unit of a word joined to a number by hyphens: "year" in "10-year-old", and also units of two
 * words ("6-nautical-mile", "45,000-square-foot"), read from the hyphen-split parts as if they
 * stood apart. Money and percent words are left to the ordinary readers.
 */
export function joinedUnit(joined: Token, lang: 'ar' | 'en'): UnitMatch | null {
  const parts = joined.text.split('-').filter(Boolean);
  let at = joined.start;
  const pseudo: Token[] = parts.map((text, index) => {
    const t: Token = { ...joined, index, text, lower: text.toLowerCase(), start: at, end: at + text.length };
    at += text.length + 1;
    return t;
  });
  const u = readUnitAfter(pseudo, 0, lang);
  // "a 1.5-percentage-point rise" is the share of points, as "1.5 percentage points" would be.
  return u && u.kind !== 'money' && (u.kind !== 'percent' || u.unit === 'percentage points') ? u : null;
}
