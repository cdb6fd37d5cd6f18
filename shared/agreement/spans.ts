/** A stretch of text in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Intersection over union of two spans: 1 for identical spans, 0 for disjoint ones. */
export function overlapRatio(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}

/** Two spans "overlap" when their intersection is at least half their union. */
export const OVERLAP_THRESHOLD = 0.5;

export type SpanMatchMode = 'exact' | 'overlap';

/** A custom score for two overlapping spans (the suggestion scorer's figure rules); pairs ≥ 0.5 match. */
export type SpanPairing = (a: Span, b: Span) => number;

/**
 * One-to-one matching of two lists of spans, best pairs first (greedy): every candidate pair
 * is scored (exact: same start and end; overlap: intersection over union ≥ 0.5), the pairs
 * are taken in order of falling score (ties: earlier spans first), and a span already taken
 * is skipped. Returns index in `a` → index in `b`.
 *
 * Candidates come from a sweep over spans sorted by start, so a document with thousands of
 * annotations is not compared all against all.
 */
export function match(a: readonly Span[], b: readonly Span[], mode: SpanMatchMode | SpanPairing): Map<number, number> {
  const pairs: Array<[number, number, number]> = [];
  const order = b.map((_, j) => j).sort((x, y) => (b[x] as Span).start - (b[y] as Span).start);
  const starts = order.map((j) => (b[j] as Span).start);
  const longest = b.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  a.forEach((g, i) => {
    // A span starting more than the longest span's length before g cannot reach it.
    for (let k = lowerBound(starts, g.start - longest); k < order.length; k++) {
      const j = order[k] as number;
      const p = b[j] as Span;
      if (p.start > g.start && p.start >= g.end) break;
      if (mode === 'exact') {
        if (p.start === g.start && p.end === g.end) pairs.push([1, i, j]);
        continue;
      }
      const r = mode === 'overlap' ? overlapRatio(g, p) : mode(g, p);
      if (r >= OVERLAP_THRESHOLD) pairs.push([r, i, j]);
    }
  });
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const result = new Map<number, number>();
  const usedB = new Set<number>();
  for (const [, i, j] of pairs) {
    if (result.has(i) || usedB.has(j)) continue;
    result.set(i, j);
    usedB.add(j);
  }
  return result;
}

/** First index whose value is ≥ `value` in an ascending list. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface SpanAgreement {
  /** Spans of the first and second annotator, and how many were matched one to one. */
  a: number;
  b: number;
  matched: number;
  /** 2·matched / (a + b): symmetric, equal to F1 with either annotator as reference; null when both marked nothing. */
  f1: number | null;
}

export function spanAgreement(a: number, b: number, matched: number): SpanAgreement {
  return { a, b, matched, f1: a + b === 0 ? null : (2 * matched) / (a + b) };
}
