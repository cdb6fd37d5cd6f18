import type { Direction } from './direction';
import { firstStrongDirection } from './direction';

export interface Paragraph {
  index: number;
  /** UTF-16 offsets into the document text; `end` excludes the line break. */
  start: number;
  end: number;
  /**
   * Set on the pieces of a line too long to lay out as one block (see layoutBlocks): the
   * line's own direction, which every piece keeps, and whether this piece continues it.
   */
  dir?: Direction;
  continued?: boolean;
}

/**
 * Each non-empty line is a paragraph. Offsets point into the stored text, so the renderer
 * can map a DOM position back to the text without counting characters in the DOM.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim().length > 0) paragraphs.push({ index: paragraphs.length, start, end });
    start = end + 1;
  }
  return paragraphs;
}

/** Longest block the source pane lays out at once; about a screenful of text. */
export const MAX_BLOCK = 1500;
const SENTENCE_END = /[.!?؟。…»"”]/u;

/** Where to end a piece of a long line that starts at `from`: after a sentence, else after a space. */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  let space = -1;
  for (let i = limit - 1; i > floor; i--) {
    if (!/\s/u.test(text[i] as string)) continue;
    if (SENTENCE_END.test(text[i - 1] as string)) return i + 1;
    if (space < 0) space = i + 1;
  }
  if (space > 0) return space;
  // No space at all (a run of letters or a URL): never split a surrogate pair, nor a letter
  // from the vowel marks on it.
  let cut = limit;
  while (cut > from + 1 && (/\p{M}/u.test(text[cut] as string) || /[\uDC00-\uDFFF]/.test(text[cut] as string))) cut--;
  return cut;
}

/**
 * The blocks the source pane draws: its paragraphs, with a line longer than `max` cut into
 * pieces after a sentence. Scrapers often drop every line break, and a 200 K character
 * article as one paragraph would be laid out (and redrawn on every new highlight) whole.
 * A line is also cut at each offset in `cuts` that falls inside it (where a boilerplate
 * region starts or ends), so only the region's part is shaded. The pieces keep the line's
 * direction, so a piece that opens with a Latin name still runs right to left in Arabic.
 */
export function layoutBlocks(text: string, max = MAX_BLOCK, cuts: readonly number[] = []): Paragraph[] {
  const blocks: Paragraph[] = [];
  const sortedCuts = [...new Set(cuts)].sort((a, b) => a - b);
  for (const p of splitParagraphs(text)) {
    const inside = sortedCuts.filter((c) => c > p.start && c < p.end && text.slice(p.start, c).trim() && text.slice(c, p.end).trim());
    if (p.end - p.start <= max && inside.length === 0) {
      blocks.push({ ...p, index: blocks.length });
      continue;
    }
    const dir = firstStrongDirection(text.slice(p.start, p.end)) ?? 'ltr';
    const stops = [...inside, p.end];
    let start = p.start;
    for (const stop of stops) {
      while (start < stop) {
        const end = stop - start <= max ? stop : cutPoint(text, start, start + max);
        blocks.push({ index: blocks.length, start, end, dir, continued: start !== p.start });
        start = end;
      }
    }
  }
  return blocks;
}
