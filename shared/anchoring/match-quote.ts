import approxSearch from 'approx-string-match';
import { splitsSurrogatePair } from '../text/offsets';

/**
 * Finding a quote in a text the way Hypothesis re-anchors annotations on a changed page
 * (its client's `match-quote`): exact occurrences first, and only when there is none,
 * the closest approximate matches by edit distance (`approx-string-match`, the library
 * Hypothesis uses). Each candidate is then scored by how well the text around it agrees
 * with the context recorded beside the quote, and by its distance from the expected place.
 * The weights are Hypothesis's: the quote counts most, each side of context a little less
 * than half as much, the position only breaks ties.
 */

export interface QuoteContext {
  /** Text just before the quote when it was recorded. */
  prefix?: string;
  /** Text just after it. */
  suffix?: string;
  /** Where the quote is expected to start (UTF-16 offset into the searched text). */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quote and the matched text (0: exact). */
  errors: number;
  /** 0–1: the quote's, the context's and the position's agreement together. */
  score: number;
  /** 0–1: agreement of the text before and after the match with the recorded context (1 when none was recorded). */
  contextScore: number;
}

export interface SearchWindow {
  /** Only candidates starting at or after this offset… */
  from: number;
  /** …and ending at or before this one. */
  to: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactOccurrences(text: string, quote: string, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote, from); at !== -1 && at + quote.length <= to; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** The smallest number of edits turning `pattern` into some stretch of `text`, as a share of the pattern kept (0–1). */
export function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  const best = approxSearch(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

/**
 * Approximate matches may start or end between the halves of an emoji; such an edge is
 * moved outward by one unit, since a span must never split a character.
 */
function wholeCharacters(text: string, c: Candidate): Candidate {
  const start = splitsSurrogatePair(text, c.start) ? c.start - 1 : c.start;
  const end = splitsSurrogatePair(text, c.end) ? c.end + 1 : c.end;
  return { start, end, errors: c.errors };
}

/**
 * The best place for `quote` in `text` (or in `window` of it), or null when nothing is
 * within `maxErrors` edits (default: half the quote, at most 256, as Hypothesis allows).
 * `exactOnly` skips the approximate search.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
  options: { window?: SearchWindow; exactOnly?: boolean; maxErrors?: number } = {},
): QuoteMatch | null {
  if (quote.length === 0) return null;
  const from = Math.max(0, options.window?.from ?? 0);
  const to = Math.min(text.length, options.window?.to ?? text.length);
  if (to - from < 1) return null;
  let candidates = exactOccurrences(text, quote, from, to);
  if (candidates.length === 0 && !options.exactOnly) {
    const maxErrors = Math.floor(options.maxErrors ?? Math.min(256, quote.length / 2));
    const region = text.slice(from, to);
    candidates = approxSearch(region, quote, maxErrors).map((m) =>
      wholeCharacters(text, { start: m.start + from, end: m.end + from, errors: m.errors }),
    );
  }
  let best: QuoteMatch | null = null;
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    const scored = scoreCandidate(text, quote, c, context);
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

function scoreCandidate(text: string, quote: string, c: Candidate, context: QuoteContext): QuoteMatch {
  const quoteScore = Math.max(0, 1 - c.errors / quote.length);
  const prefixScore = context.prefix ? similarity(text.slice(Math.max(0, c.start - context.prefix.length), c.start), context.prefix) : 1;
  const suffixScore = context.suffix ? similarity(text.slice(c.end, c.end + context.suffix.length), context.suffix) : 1;
  const positionScore =
    context.hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(c.start - context.hint) / text.length);
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return { start: c.start, end: c.end, errors: c.errors, score: raw / TOTAL_WEIGHT, contextScore: (prefixScore + suffixScore) / 2 };
}
