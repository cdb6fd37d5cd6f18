import { type QuoteMatch, type SearchWindow, matchQuote } from './match-quote';

/**
 * Anchoring a recorded span (its exact text, the context either side, and where it was)
 * onto a text, in the order Hypothesis uses: the recorded position if the quote is still
 * there, then the quote with its context, exact first, then approximate.
 */

export interface TextSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Recorded start, UTF-16 code units into the text being anchored on (a hint, possibly stale). */
  start?: number;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0–1 (1 for a position match): how sure the placement is. */
  score: number;
  /** 0–1: how well the text around the place agrees with the recorded prefix and suffix. */
  contextScore: number;
}

/**
 * Below this, an approximate match is more likely a look-alike elsewhere than the same
 * words edited: ten errors in a twenty-letter quote, with context that no longer agrees.
 */
export const MIN_FUZZY_SCORE = 0.72;
/** An approximate match must keep at least this share of the quote. */
export const MIN_FUZZY_QUOTE = 0.6;

export function anchorAtPosition(text: string, selector: TextSelector): boolean {
  const { start, exact } = selector;
  return start !== undefined && start >= 0 && text.startsWith(exact, start);
}

function fromMatch(match: QuoteMatch, exact: string): Anchor {
  return {
    start: match.start,
    end: match.end,
    method: match.errors === 0 ? 'quote' : 'fuzzy',
    score: match.score,
    contextScore: match.contextScore,
  };
}

/** Whether an approximate match is close enough to the quote and its context to be trusted as the same words edited. */
export function acceptableFuzzy(match: QuoteMatch, exact: string): boolean {
  return match.score >= MIN_FUZZY_SCORE && 1 - match.errors / exact.length >= MIN_FUZZY_QUOTE;
}

/**
 * Where `selector` lies in `text`, or null when it cannot be placed with confidence. A
 * `window` limits the quote search to part of the text (the position check ignores it).
 */
export function anchorSelector(text: string, selector: TextSelector, window?: SearchWindow): Anchor | null {
  const { exact, prefix, suffix, start } = selector;
  if (exact.length === 0) return null;
  if (anchorAtPosition(text, selector)) {
    return { start: start as number, end: (start as number) + exact.length, method: 'position', score: 1, contextScore: 1 };
  }
  const context = { prefix, suffix, hint: start };
  const exactMatch = matchQuote(text, exact, context, { window, exactOnly: true });
  if (exactMatch) return fromMatch(exactMatch, exact);
  const fuzzy = matchQuote(text, exact, context, { window });
  return fuzzy && acceptableFuzzy(fuzzy, exact) ? fromMatch(fuzzy, exact) : null;
}
