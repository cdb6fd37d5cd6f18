import { diffArrays } from 'diff';

/**
 * The difference between two versions of an article, word by word. Words are cut with
 * `Intl.Segmenter` (Unicode word boundaries, so Arabic, emoji and digits are whole tokens;
 * jsdiff's own word regex splits Arabic into letters) and compared with jsdiff's
 * `diffArrays`. Every piece carries its offsets in both texts (UTF-16 code units), so the
 * same diff serves the reader's diff view and the offset map used to re-anchor annotations.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPiece {
  kind: DiffKind;
  /** The piece's text: from the old version for `removed`, else from the new one. */
  text: string;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The text cut into words, each with the spaces and punctuation after it, which together
 * rebuild it exactly. Spaces are never tokens of their own: a diff would otherwise pair
 * the spaces of two unrelated sentences and cut a moved paragraph into word salad.
 */
export function tokens(text: string, lang = 'und'): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike || out.length === 0) out.push(s.segment);
    else out[out.length - 1] += s.segment;
  }
  return out;
}

/** Word-level pieces turning `before` into `after`; adjacent pieces of one kind are merged. */
export function diffTexts(before: string, after: string, lang = 'und'): DiffPiece[] {
  const changes = diffArrays(tokens(before, lang), tokens(after, lang));
  const pieces: DiffPiece[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const change of changes) {
    const text = change.value.join('');
    const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const oldEnd = kind === 'added' ? oldAt : oldAt + text.length;
    const newEnd = kind === 'removed' ? newAt : newAt + text.length;
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind) {
      last.text += text;
      last.oldEnd = oldEnd;
      last.newEnd = newEnd;
    } else {
      pieces.push({ kind, text, oldStart: oldAt, oldEnd, newStart: newAt, newEnd });
    }
    oldAt = oldEnd;
    newAt = newEnd;
  }
  return pieces;
}

export interface MappedOffset {
  /** Where the old offset lands in the new text. */
  at: number;
  /** The character at the old offset was removed (the offset lands at the edge of what replaced it). */
  removed: boolean;
}

/**
 * Maps offsets of the old text onto the new one through the diff. Offsets inside unchanged
 * text move by the length of what was inserted or removed before them; an offset inside
 * removed text lands at the edge of what replaced it (a changed figure "25" → "27" maps
 * onto "27") and is marked `removed`.
 */
export class OffsetMap {
  readonly #pieces: DiffPiece[];
  /** Indexes of the pieces that cover old text (same and removed), in order. */
  readonly #covering: number[] = [];

  constructor(pieces: DiffPiece[]) {
    this.#pieces = pieces;
    pieces.forEach((p, i) => {
      if (p.kind !== 'added') this.#covering.push(i);
    });
  }

  map(offset: number, side: 'start' | 'end'): MappedOffset {
    const covering = this.#covering;
    if (covering.length === 0) return { at: 0, removed: true };
    // Binary search for the covering piece holding the character at the offset (start) or before it (end).
    const probe = side === 'start' ? offset : offset - 1;
    let lo = 0;
    let hi = covering.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#pieces[covering[mid] as number] as DiffPiece).oldStart <= probe) lo = mid;
      else hi = mid - 1;
    }
    const index = covering[lo] as number;
    const piece = this.#pieces[index] as DiffPiece;
    if (piece.kind === 'same') {
      const within = Math.max(0, Math.min(offset - piece.oldStart, piece.oldEnd - piece.oldStart));
      return { at: piece.newStart + within, removed: false };
    }
    const next = this.#pieces[index + 1];
    const replacement = next && next.kind === 'added' ? next : null;
    return { at: side === 'start' ? piece.newStart : (replacement?.newEnd ?? piece.newStart), removed: true };
  }
}
