import { type Span, compareSpans, segmentRange } from '../../../../shared/text/segments';

/**
 * How spans become painted highlights (the CSS Custom Highlight API): each span's piece of
 * a paragraph goes to a named highlight for its variant, kind and level
 * (`isnad-annotation-quote-0`). The stylesheet gives each name its fill and its line; the
 * level sets how far below the text the line sits, so a figure inside a quote, or two
 * overlapping spans, keep every line visible.
 */

/** Deeper levels share the deepest style: three lines fit under a line of text. */
export const MAX_LEVEL = 2;

/** A span's stretch of one paragraph, painted with one named highlight. */
export interface Piece {
  name: string;
  spanId: string;
  start: number;
  end: number;
}

/** The registry name for a span's pieces at a level; only CSS identifier characters. */
export function highlightName(span: Span, level: number): string {
  if (span.variant === 'target') return 'isnad-target';
  return `isnad-${ident(span.variant)}-${ident(span.kind)}-${Math.min(level, MAX_LEVEL)}`;
}

/** The extra fill over the selected annotation (or the suggestion under review). */
export function selectedName(span: Span): string {
  return span.variant === 'annotation' ? `isnad-selected-${ident(span.kind)}` : `isnad-selected-${ident(span.variant)}-${ident(span.kind)}`;
}

function ident(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '_');
}

/**
 * Paint order, lowest first: spans by level (outer ones, lower lines, first), then the
 * selection's fill, then a navigation target. Fills are translucent and add up, so nested
 * spans show darker where they overlap.
 */
export function priorityOf(name: string): number {
  if (name === 'isnad-target') return 40;
  if (name.startsWith('isnad-selected')) return 30;
  const level = Number(name.slice(name.lastIndexOf('-') + 1));
  return 20 - (Number.isFinite(level) ? level : 0);
}

/**
 * The pieces to paint in [from, to) (one paragraph). Where spans overlap, the innermost
 * keeps its line right under the text and each span around it draws its line one level
 * lower, so every line stays visible and none crosses the letters; a span's piece is cut
 * only where its level changes. (A navigation target is a fill without a line: no level.)
 */
export function paintPieces(from: number, to: number, spans: readonly Span[], selectedId: string | null): Piece[] {
  const pieces: Piece[] = [];
  const open = new Map<string, Piece>();
  for (const run of segmentRange(from, to, spans)) {
    const lined = run.spans.filter((s) => s.variant !== 'target');
    for (const span of run.spans) {
      const level = span.variant === 'target' ? 0 : lined.length - 1 - lined.indexOf(span);
      const name = highlightName(span, level);
      const last = open.get(span.id);
      if (last && last.name === name && last.end === run.start) {
        last.end = run.end;
        continue;
      }
      const piece = { name, spanId: span.id, start: run.start, end: run.end };
      pieces.push(piece);
      open.set(span.id, piece);
    }
  }
  const selected = selectedId === null ? undefined : spans.find((s) => s.id === selectedId);
  if (selected) {
    const start = Math.max(from, selected.start);
    const end = Math.min(to, selected.end);
    if (end > start) pieces.push({ name: selectedName(selected), spanId: selected.id, start, end });
  }
  return pieces;
}

/**
 * The spans painted over the character at `offset`, innermost first: what a click there can
 * select (`nextUnderPointer` walks outward on repeated clicks). Only annotations and
 * suggestions are clickable; a navigation target is not.
 */
export function spansAt<S extends Span>(spans: readonly S[], offset: number): S[] {
  return spans
    .filter((s) => s.start <= offset && offset < s.end && (s.variant === 'annotation' || s.variant === 'suggested'))
    .sort(compareSpans)
    .reverse();
}
