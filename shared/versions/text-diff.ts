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

/** Longest stretch handed to the segmenter at once (see `wordSegments`). */
export const SEGMENT_CHUNK = 2_000;

/**
 * Places where a word boundary always falls: after a line end (UAX #29 WB3a), and after a
 * space before a letter or digit (no rule joins a space to the letter after it; WB999).
 * `\s` is not used, since it holds U+FEFF, a format character the rules attach to what
 * precedes it (WB4); nor is a combining mark a place to cut (WB4 attaches it too).
 */
const SAFE_CUT = /(?<=\n)|(?<=[\t\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000])(?=[\p{L}\p{N}])/gu;

/**
 * The text's word segments, cut at safe boundaries into stretches of about SEGMENT_CHUNK
 * characters. V8's Intl.Segmenter slows down with the length of the string it walks (a
 * 200 KB article took minutes where 2 KB pieces take milliseconds); the segments are the
 * same, because every cut is a boundary the segmenter would make anyway.
 */
function* wordSegments(segmenter: Intl.Segmenter, text: string, chunk: number): Generator<Intl.SegmentData> {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > chunk) {
      SAFE_CUT.lastIndex = from + chunk;
      const cut = SAFE_CUT.exec(text);
      if (cut) to = cut.index;
    }
    yield* segmenter.segment(text.slice(from, to));
    from = to;
  }
}

/**
 * The text cut into words, each with the spaces and punctuation after it, which together
 * rebuild it exactly. Spaces are never tokens of their own: a diff would otherwise pair
 * the spaces of two unrelated sentences and cut a moved paragraph into word salad.
 * `chunk` is for the benchmark's before/after comparison (Infinity: the whole text at once).
 */
export function tokens(text: string, lang = 'und', chunk = SEGMENT_CHUNK): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  const out: string[] = [];
  for (const s of wordSegments(segmenter, text, chunk)) {
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
