/**
 * Word and character units for selecting text. Word edges come from Intl.Segmenter
 * (Unicode word boundaries), which keeps "4.5", "1,200", "لإنهاء" and "و50" whole;
 * "characters" are grapheme clusters, so a step never splits an emoji or a letter from
 * its diacritics.
 */

/** Words are shorter than this; looking further would only cost time on long lines. */
const WINDOW = 256;

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export interface TextRange {
  start: number;
  end: number;
}

interface Piece {
  start: number;
  end: number;
  wordLike: boolean;
}

const SPACE = /\s/u;

/** The line (paragraph) holding `pos`, without its line break. */
export function lineBounds(text: string, pos: number): TextRange {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The segment containing the code unit at `pos` (pos < text.length). */
function pieceAt(segmenter: Intl.Segmenter, text: string, pos: number): Piece | null {
  if (pos < 0 || pos >= text.length) return null;
  const line = lineBounds(text, pos);
  if (pos >= line.end) return { start: pos, end: pos + 1, wordLike: false }; // the line break itself
  const from = Math.max(line.start, pos - WINDOW);
  const to = Math.min(line.end, pos + WINDOW);
  const seg = segmenter.segment(text.slice(from, to)).containing(pos - from);
  if (!seg) return null;
  return { start: from + seg.index, end: from + seg.index + seg.segment.length, wordLike: seg.isWordLike === true };
}

/** Moves an offset off the middle of a grapheme (toward its start, or its end with `forward`). */
export function toGraphemeEdge(text: string, offset: number, forward: boolean): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const g = pieceAt(graphemeSegmenter, text, offset);
  if (!g || g.start === offset) return offset;
  return forward ? g.end : g.start;
}

/** Keeps exactly the characters selected, only refusing to cut a character in half. */
export function exactRange(text: string, start: number, end: number): TextRange | null {
  const s = toGraphemeEdge(text, Math.min(start, end), false);
  const e = toGraphemeEdge(text, Math.max(start, end), true);
  return e > s ? { start: s, end: e } : null;
}

/**
 * Widens a selection to whole words and drops surrounding white space. Punctuation the
 * user did select (« » quotation marks, a trailing full stop) is kept as selected.
 */
export function snapToWords(text: string, start: number, end: number): TextRange | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && SPACE.test(text[s] as string)) s++;
  while (e > s && SPACE.test(text[e - 1] as string)) e--;
  if (e <= s) return null;
  const first = pieceAt(wordSegmenter, text, s);
  if (first?.wordLike && first.start < s) s = first.start;
  const last = pieceAt(wordSegmenter, text, e - 1);
  if (last?.wordLike && last.end > e) e = last.end;
  return exactRange(text, s, e);
}

/** Word-like segments overlapping [from, to), in order. */
export function wordsIn(text: string, from: number, to: number): TextRange[] {
  const words: TextRange[] = [];
  let pos = Math.max(0, from);
  const stop = Math.min(text.length, to);
  while (pos < stop) {
    const line = lineBounds(text, pos);
    if (pos < line.end) {
      // Start a little before `pos` so the segmenter sees the word `pos` falls in whole.
      const sliceStart = Math.max(line.start, pos - WINDOW);
      const sliceEnd = Math.min(line.end, stop + WINDOW);
      for (const seg of wordSegmenter.segment(text.slice(sliceStart, sliceEnd))) {
        const s = sliceStart + seg.index;
        const e = s + seg.segment.length;
        if (seg.isWordLike && e > from && s < to) words.push({ start: s, end: e });
      }
    }
    pos = line.end + 1;
  }
  return words;
}

/** The first word that ends after `pos` (the word under `pos`, or the next one). */
export function wordAfter(text: string, pos: number, limit = text.length): TextRange | null {
  for (let from = pos; from < limit; from += WINDOW) {
    const found = wordsIn(text, from, Math.min(limit, from + WINDOW)).find((w) => w.end > pos);
    if (found) return found;
  }
  return null;
}

/** The last word that starts before `pos` (the word under `pos`, or the previous one). */
export function wordBefore(text: string, pos: number, limit = 0): TextRange | null {
  for (let to = pos; to > limit; to -= WINDOW) {
    const words = wordsIn(text, Math.max(limit, to - WINDOW), to).filter((w) => w.start < pos);
    const found = words.at(-1);
    if (found) return found;
  }
  return null;
}

/** One grapheme forward or back from `pos`. */
export function stepGrapheme(text: string, pos: number, forward: boolean): number {
  if (forward) {
    if (pos >= text.length) return text.length;
    return pieceAt(graphemeSegmenter, text, pos)?.end ?? pos + 1;
  }
  if (pos <= 0) return 0;
  return pieceAt(graphemeSegmenter, text, pos - 1)?.start ?? pos - 1;
}
