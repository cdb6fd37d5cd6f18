import { normalizeText } from '../../shared/text/normalize';
import type { GoldSpan } from './gold/types';

export interface Span {
  start: number;
  end: number;
}

/** Finds a gold span by its text (and occurrence); fails loudly so a bad gold entry is fixed, not scored. */
export function locate(articleId: string, text: string, span: GoldSpan): Span {
  const needle = normalizeText(span.text);
  const nth = span.nth ?? 0;
  let from = 0;
  let found = -1;
  for (let k = 0; k <= nth; k++) {
    found = text.indexOf(needle, from);
    if (found < 0) throw new Error(`${articleId}: gold text ${JSON.stringify(span.text)} (occurrence ${nth}) is not in the article`);
    from = found + 1;
  }
  if (span.nth === undefined && text.indexOf(needle, found + 1) >= 0) {
    throw new Error(`${articleId}: gold text ${JSON.stringify(span.text)} occurs more than once; say which with nth`);
  }
  return { start: found, end: found + needle.length };
}

/** Intersection over union of two spans: 1 for identical spans, 0 for disjoint ones. */
export function overlapRatio(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}
