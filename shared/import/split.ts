import type { Annotation } from '../domain/annotation';
import type { Region } from '../domain/document';
import { spanContext } from '../text/offsets';
import { importProblem } from '../error-text';

export interface Piece {
  /** UTF-16 offsets into the original text; each piece's text is the slice, never rewritten. */
  start: number;
  end: number;
}

/**
 * Cuts text at the given offsets (each the start of a line) into pieces, leaving out only
 * the blank lines between them. Throws when a cut is out of order, off a line start, or
 * leaves a piece with no text.
 */
export function piecesAt(text: string, at: number[]): Piece[] {
  const cuts = [0, ...at, text.length];
  at.forEach((cut, i) => {
    if (!Number.isInteger(cut) || cut <= (cuts[i] as number) || cut >= text.length) {
      throw importProblem('malformed', 'errors.split.outOfOrder', { cut, length: text.length });
    }
    if (text[cut - 1] !== '\n') throw importProblem('malformed', 'errors.split.notLineStart', { cut });
  });
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (lead === slice.length) throw importProblem('malformed', 'errors.split.emptyPiece', { from });
    pieces.push({ start: from + lead, end: to - trail });
  }
  return pieces;
}

/** Regions of the piece, shifted to its own offsets; ones crossing an edge are clipped. */
export function regionsIn(regions: Region[], piece: Piece): Region[] {
  return regions
    .filter((r) => r.end > piece.start && r.start < piece.end)
    .map((r) => ({ ...r, start: Math.max(r.start, piece.start) - piece.start, end: Math.min(r.end, piece.end) - piece.start }))
    .filter((r) => r.end > r.start);
}

/**
 * Annotations of the piece, shifted, with context taken from the piece's own text. One that
 * straddles a cut stops the split: moving it would change what was marked. Links to an
 * annotation that ends up in another document are cleared.
 */
export function annotationsIn(annotations: Annotation[], piece: Piece, pieceText: string): Annotation[] {
  const crossing = annotations.find((a) => a.start < piece.end && a.end > piece.start && (a.start < piece.start || a.end > piece.end));
  if (crossing) {
    throw importProblem('malformed', 'errors.split.crossing', { type: crossing.type, text: crossing.text.slice(0, 60) });
  }
  const inside = annotations.filter((a) => a.start >= piece.start && a.end <= piece.end);
  const ids = new Set(inside.map((a) => a.id));
  return inside.map((a) => {
    const start = a.start - piece.start;
    const end = a.end - piece.start;
    const moved = { ...a, start, end, ...spanContext(pieceText, start, end) } as Annotation;
    if (moved.type === 'quote' && moved.attributes.speakerId && !ids.has(moved.attributes.speakerId)) {
      moved.attributes = { ...moved.attributes, speakerId: null };
    }
    if (moved.type === 'speaker' && moved.attributes.sameAs && !ids.has(moved.attributes.sameAs)) {
      moved.attributes = { ...moved.attributes, sameAs: null };
    }
    return moved;
  });
}
