/**
 * How a span is drawn: a stored annotation, a pre-annotation waiting for review, a
 * passing highlight of a place someone navigated to, or another annotator's annotation
 * shown beside mine (read-only).
 */
export type SpanVariant = 'annotation' | 'suggested' | 'target' | 'layer';

/** Anything drawn over the text. Offsets are UTF-16 code units into the document text. */
export interface Span {
  id: string;
  start: number;
  end: number;
  /** The annotation type ("quote", "speaker", "figure") or another label for the style. */
  kind: string;
  variant: SpanVariant;
}

/** A stretch of text covered by the same spans, outermost (longest) first. */
export interface Run<S extends Span = Span> {
  start: number;
  end: number;
  spans: S[];
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Cuts [from, to) into runs at every span edge inside it. Rendering these runs as flat
 * siblings keeps the text in logical order, so the browser's bidi algorithm lays out a
 * highlighted paragraph exactly like an unhighlighted one.
 */
export function segmentRange<S extends Span>(from: number, to: number, spans: readonly S[]): Run<S>[] {
  if (to <= from) return [];
  const inside = spans.filter((s) => s.start < to && s.end > from && s.end > s.start).sort(compareSpans);
  const cuts = new Set<number>([from, to]);
  for (const s of inside) {
    if (s.start > from) cuts.add(s.start);
    if (s.end < to) cuts.add(s.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const runs: Run<S>[] = [];
  let active: S[] = [];
  let next = 0;
  for (let i = 0; i < edges.length - 1; i++) {
    const start = edges[i] as number;
    const end = edges[i + 1] as number;
    active = active.filter((s) => s.end > start);
    let added = false;
    while (next < inside.length && (inside[next] as S).start <= start) {
      active.push(inside[next] as S);
      next++;
      added = true;
    }
    if (added) active.sort(compareSpans);
    runs.push({ start, end, spans: active.slice() });
  }
  return runs;
}

/**
 * For each range (paragraph), the spans that overlap it, in span order. Lists that are
 * element-for-element the same as in `previous` are reused, so memoized paragraphs whose
 * spans did not change skip rendering.
 */
export function spansPerRange<S extends Span>(
  ranges: readonly { start: number; end: number }[],
  spans: readonly S[],
  previous?: readonly (readonly S[])[],
): (readonly S[])[] {
  const lists: S[][] = ranges.map(() => []);
  // Annotations come in text order already: sorting a copy of thousands on every key press is skipped then.
  let inOrder = true;
  for (let i = 1; i < spans.length && inOrder; i++) inOrder = compareSpans(spans[i - 1] as S, spans[i] as S) <= 0;
  const sorted = inOrder ? spans : [...spans].sort(compareSpans);
  for (const span of sorted) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ranges[mid] as { end: number }).end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ranges.length && (ranges[i] as { start: number }).start < span.end; i++) {
      const range = ranges[i] as { start: number; end: number };
      if (span.end > range.start && span.start < range.end) (lists[i] as S[]).push(span);
    }
  }
  if (!previous) return lists;
  return lists.map((list, i) => {
    const old = previous[i];
    return old && old.length === list.length && old.every((s, j) => s === list[j]) ? old : list;
  });
}

/** Index of the range containing `offset`, or the nearest one after it (for offsets between ranges). */
export function rangeIndexAt(ranges: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as { end: number }).end < offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, ranges.length - 1);
}
