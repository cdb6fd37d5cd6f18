import type { FigureKind, FigureValue } from '../../shared/domain/annotation';
import type { Suggestion } from '../../shared/domain/suggestion';
import { foldWord } from '../../shared/suggest/fold';
import { type ResolvedGold, resolveGold } from './conventions';
import type { GoldArticle } from './gold/types';
import { OVERLAP_THRESHOLD, type Span, type SpanPairing, match, overlapRatio } from '../../shared/agreement/spans';
import { locate } from './locate';

/*
 * How a suggestion is scored against gold (conventions stated once, here and in conventions.ts):
 * - A span is found when it overlaps a gold span of its type with intersection over union
 *   ≥ 0.5 ("overlap"), or has exactly the same offsets ("exact"); matching is one to one,
 *   best pairs first.
 * - Figures are found as the issue counts them: overlap ≥ 0.5, or the number without (or
 *   with) the one counted-noun word after it (gold «٩ مدارس», suggestion «٩»).
 * - A figure's value is right when equal (relative tolerance 1e-6; ranges by both ends);
 *   a fraction written as a decimal (0.5) equals the same share as a percent (50), as the
 *   guidelines allow either (tolerance 0.05 percentage points: 33.33 = 0.333 = 1/3); two percents
 *   equal to two decimals (33.33 = 33.333…) are the same share; a year as a date is the same
 *   written as a number (2026) or a string ("2026").
 * - A found quote is attributed right when its speaker's canonical name equals the gold
 *   speaker's (folded: hamza, diacritics, quotation marks and case ignored), or its speaker
 *   mention overlaps a gold mention of that entity, or both have no speaker.
 */
export { OVERLAP_THRESHOLD, locate, match, overlapRatio, type Span };

/** Overlap, where a number missing only its one counted-noun word still counts as found. */
export function figurePairing(text: string): SpanPairing {
  return (g, p) => {
    const r = overlapRatio(g, p);
    if (r >= OVERLAP_THRESHOLD || g.start !== p.start) return r;
    const [short, long] = g.end < p.end ? [g, p] : [p, g];
    return /^\s+[^\s\d]+$/u.test(text.slice(short.end, long.end)) ? OVERLAP_THRESHOLD : r;
  };
}

/**
 * conventions.ts rules 6, 7 and 11: in older sets an exact count may differ by its one
 * counted-noun word, and a range's span may start at the between / بين (or the "from" of a
 * spread, lasted from 4 to 6 hours) it left inside.
 */
function olderFigureExact(text: string): SpanPairing {
  return (g, p) => {
    const lead = /^(?:between|بين|وبين|from|من)\s+/u.exec(text.slice(g.start, g.end));
    const start = lead && p.start === g.start + lead[0].length ? p.start : g.start;
    if (start !== p.start) return 0;
    if (p.end === g.end) return 1;
    return /^\s+[^\s\d]+$/u.test(text.slice(Math.min(g.end, p.end), Math.max(g.end, p.end))) ? 1 : 0;
  };
}

/** conventions.ts rule 10: in older sets an unnamed speaker's mention may leave its article (the, a, an) outside. */
function olderSpeakerExact(text: string): SpanPairing {
  return (g, p) => {
    if (g.end !== p.end) return 0;
    if (g.start === p.start) return 1;
    const [outer, inner] = g.start < p.start ? [g, p] : [p, g];
    return /^(?:the|a|an)\s+$/iu.test(text.slice(outer.start, inner.start)) ? 1 : 0;
  };
}

const close = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));

export function sameValue(a: FigureValue, b: FigureValue, kinds?: [FigureKind, FigureKind]): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (close(a, b)) return true;
    // A share written to two decimals: 33.33 for a third.
    if (kinds?.[0] === 'percent' && kinds[1] === 'percent' && Math.abs(a - b) <= 0.005 + 1e-9) return true;
    // A fraction: 0.5 as a decimal or 50 as a percent (the guidelines accept either); a
    // decimal rounded to three places (0.333, 0.667) is the same share as 33.33 or 66.67.
    if (kinds && (kinds[0] === 'percent') !== (kinds[1] === 'percent')) {
      const [share, percent] = kinds[0] === 'percent' ? [b, a] : [a, b];
      return Math.abs(share) <= 1 && Math.abs(share * 100 - percent) <= 0.05 + 1e-9;
    }
    return false;
  }
  // A year as a date: 2026 written as a number or as the string "2026" is the same year.
  if (kinds?.includes('date') && ((typeof a === 'number' && typeof b === 'string') || (typeof a === 'string' && typeof b === 'number')))
    return /^\d{4}$/.test(String(a)) && String(a) === String(b);
  if (Array.isArray(a) && Array.isArray(b)) return close(a[0], b[0]) && close(a[1], b[1]);
  return a === b;
}

function normalizeName(name: string): string {
  return foldWord(name)
    .toLowerCase()
    .replace(/[«»"“”'’.,،]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
}

/** One suggestion and whether it was right: its span found, and for a quote its speaker right or left empty. */
export interface Outcome {
  suggestion: Suggestion;
  found: boolean;
  correct: boolean;
  /** For a found quote offered with a speaker: whether that speaker is the gold one. */
  linkCorrect?: boolean;
}

export interface ArticleScore {
  quote: Counts;
  speaker: Counts;
  figure: Counts;
  /** Gold quotes found (overlap) and, of those, attributed to the right speaker. */
  attribution: { matched: number; correct: number; gold: number };
  /** Gold figures found and, of those, with the right value. */
  values: { matched: number; correct: number };
  outcomes: Outcome[];
  misses: string[];
}

export function scoreArticle(
  article: GoldArticle,
  text: string,
  suggestions: Suggestion[],
  resolved: ResolvedGold = resolveGold(article, text),
): ArticleScore {
  const misses: string[] = [];
  const outcomes: Outcome[] = [];
  const byType = <T extends Suggestion['type']>(t: T) => suggestions.filter((s): s is Extract<Suggestion, { type: T }> => s.type === t);
  const count = (gold: Span[], predicted: Span[], found: Map<number, number>, exact: 'exact' | SpanPairing = 'exact'): Counts => ({
    gold: gold.length,
    predicted: predicted.length,
    exact: match(gold, predicted, exact).size,
    overlap: found.size,
  });
  /** Records each prediction's outcome and lists those no gold span matched. */
  const judge = (kind: string, predicted: Suggestion[], matched: Map<number, number>, wrong: Set<number> = new Set()) => {
    const used = new Set(matched.values());
    predicted.forEach((p, j) => {
      outcomes.push({ suggestion: p, found: used.has(j), correct: used.has(j) && !wrong.has(j) });
      if (!used.has(j)) misses.push(`extra ${kind}: ${p.text.slice(0, 70)}`);
    });
  };
  const { quotes: goldQuotes, speakers: goldSpeakers, figures: goldFigures } = resolved;
  const quotes = byType('quote');
  const speakers = byType('speaker');
  // conventions.ts rule 5: a bare month suggested in an older set with no gold there is not counted.
  const bareMonthOutsideGold = (f: Extract<Suggestion, { type: 'figure' }>) =>
    resolved.v1 &&
    typeof f.attributes.value === 'string' &&
    /^--\d\d$/.test(f.attributes.value) &&
    !goldFigures.some((g) => g.span.start < f.end && f.start < g.span.end);
  const figures = byType('figure').filter((f) => !bareMonthOutsideGold(f));

  const qMatch = match(
    goldQuotes.map((q) => q.span),
    quotes,
    'overlap',
  );
  let correct = 0;
  /** Each found quote offered with a speaker → whether that speaker is the gold one. */
  const linkRight = new Map<number, boolean>();
  goldQuotes.forEach((g, i) => {
    const j = qMatch.get(i);
    if (j === undefined) return misses.push(`missed quote: ${g.text.slice(0, 70)}`);
    const p = quotes[j] as (typeof quotes)[number];
    const mention = speakers.find((s) => s.id === p.attributes.speakerId);
    const byName = g.speaker !== null && normalizeName(p.attributes.speakerName) === normalizeName(g.speaker);
    const byMention =
      g.speaker !== null &&
      !!mention &&
      goldSpeakers.some((s) => s.name === g.speaker && overlapRatio(s.span, mention) >= OVERLAP_THRESHOLD);
    const none = !p.attributes.speakerName;
    if (byName || byMention || (none && g.speaker === null)) correct++;
    else misses.push(`wrong speaker (${p.attributes.speakerName || '—'} ≠ ${g.speaker}) for: ${g.text.slice(0, 50)}`);
    if (!none) linkRight.set(j, byName || byMention);
  });
  const quotesFrom = outcomes.length;
  // Offered without a speaker is not wrong to accept; a wrong speaker is.
  const misattributed = new Set([...linkRight].filter(([, right]) => !right).map(([j]) => j));
  judge('quote', quotes, qMatch, misattributed);
  linkRight.forEach((right, j) => ((outcomes[quotesFrom + j] as Outcome).linkCorrect = right));

  const loose = figurePairing(text);
  const older = olderFigureExact(text);
  const fMatch = match(
    goldFigures.map((f) => f.span),
    figures,
    resolved.v1 ? (g, p) => Math.max(loose(g, p), older(g, p)) : loose,
  );
  let values = 0;
  const wrongValue = new Set<number>();
  goldFigures.forEach((g, i) => {
    const j = fMatch.get(i);
    if (j === undefined) return misses.push(`missed figure: ${g.text}`);
    const p = figures[j] as (typeof figures)[number];
    if (sameValue(p.attributes.value, g.value, [p.attributes.kind, g.kind])) values++;
    else {
      wrongValue.add(j);
      misses.push(`wrong value for ${g.text}: ${JSON.stringify(p.attributes.value)} ≠ ${JSON.stringify(g.value)}`);
    }
  });
  judge('figure', figures, fMatch, wrongValue);
  const sMatch = match(
    goldSpeakers.map((s) => s.span),
    speakers,
    'overlap',
  );
  goldSpeakers.forEach((g, i) => {
    if (!sMatch.has(i)) misses.push(`missed speaker: ${g.text}`);
  });
  judge('speaker', speakers, sMatch);

  return {
    quote: count(
      goldQuotes.map((q) => q.span),
      quotes,
      qMatch,
    ),
    speaker: count(
      goldSpeakers.map((s) => s.span),
      speakers,
      sMatch,
      resolved.v1 ? olderSpeakerExact(text) : 'exact',
    ),
    figure: count(
      goldFigures.map((f) => f.span),
      figures,
      fMatch,
      resolved.v1 ? olderFigureExact(text) : 'exact',
    ),
    attribution: { matched: qMatch.size, correct, gold: goldQuotes.length },
    values: { matched: fMatch.size, correct: values },
    outcomes,
    misses,
  };
}

export function prf(c: Counts, mode: 'exact' | 'overlap'): { p: number; r: number; f1: number } {
  const hit = c[mode];
  const p = c.predicted === 0 ? 0 : hit / c.predicted;
  const r = c.gold === 0 ? 0 : hit / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, exact: a.exact + b.exact, overlap: a.overlap + b.overlap };
}
