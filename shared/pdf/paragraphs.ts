import { median } from './rows';
import type { LayoutBlock, LayoutLine, PageLayout } from './blocks';
import { cleanExtracted } from './clean';

/** A paragraph of one page, as it will stand in the document text (one line, no breaks). */
export interface PdfParagraph {
  text: string;
  /** Set apart at the page's top or bottom edge: a candidate running head or page number. */
  edge?: 'top' | 'bottom';
  size: number;
}

const HYPHENS = /[-\u2010\u00AD]$/u;
const LOWER_START = /^\p{Ll}/u;
const LETTER_BEFORE_HYPHEN = /\p{L}[-\u2010\u00AD]$/u;

/**
 * Two lines of one paragraph run on with a space; a word broken by a hyphen at the line's
 * end ("infor-" / "mation") is mended. A soft hyphen always marks a break inside a word;
 * a hard hyphen only when a lower-case letter follows, so "Abu-" / "Dhabi" keeps its hyphen.
 */
export function joinLines(first: string, second: string): string {
  if (first.endsWith('\u00AD')) return first.slice(0, -1) + second;
  if (HYPHENS.test(first) && LETTER_BEFORE_HYPHEN.test(first) && LOWER_START.test(second)) return first.slice(0, -1) + second;
  return `${first} ${second}`;
}

function firstWord(text: string): string {
  return text.split(' ', 1)[0] ?? '';
}

/**
 * Whether a line runs to the far edge of its block (the left edge in Arabic): it did if the
 * next line's first word would not have fitted in the room left at its end.
 */
function reachesEnd(line: LayoutLine, next: LayoutLine, block: LayoutBlock): boolean {
  const room = line.dir === 'rtl' ? line.left - block.left : block.right - line.right;
  const perChar = (line.right - line.left) / Math.max(1, line.text.length);
  // Average widths run narrower than a long word's letters: leave it some slack.
  const needed = (firstWord(next.text).length + 1) * perChar * 1.3;
  return room <= Math.max(needed, line.size * 0.6);
}

/** A first line set in from the block's start edge (the right edge in Arabic) opens a paragraph. */
function indented(next: LayoutLine, block: LayoutBlock): boolean {
  const inset = next.dir === 'rtl' ? block.right - next.right : next.left - block.left;
  return inset > 1.2 * next.size;
}

/** Whether `next` goes on the paragraph `line` is in (the same block, or the next column of a band). */
function continues(line: LayoutLine, block: LayoutBlock, next: LayoutLine, nextBlock: LayoutBlock, pitch: number): boolean {
  const sameBlock = block === nextBlock;
  if (line.cells || next.cells) return false;
  if (Math.abs(line.size - next.size) > 0.12 * Math.max(line.size, next.size)) return false;
  if (sameBlock) {
    const gap = line.baseline - next.baseline;
    if (gap <= 0 || gap > Math.max(1.75 * line.size, pitch * 1.3)) return false;
  }
  if (indented(next, nextBlock) && !indented(line, block)) return false;
  return reachesEnd(line, next, block);
}

/**
 * A page's paragraphs in reading order: lines run on while they fill their block's width
 * and stand at the block's line spacing; a short line, a wider gap, a change of size, or a
 * table row ends a paragraph. A column's last paragraph runs on into the next column.
 */
export function pageParagraphs(layout: PageLayout): PdfParagraph[] {
  const out: PdfParagraph[] = [];
  let open: { lines: string[]; size: number; last: LayoutLine; block: LayoutBlock; edge?: 'top' | 'bottom' } | null = null;
  const close = () => {
    if (!open) return;
    const text = cleanExtracted(open.lines.reduce((a, b) => joinLines(a, b)))
      .replace(/\s+/gu, ' ')
      .trim();
    if (text) out.push({ text, size: open.size, ...(open.edge ? { edge: open.edge } : {}) });
    open = null;
  };
  for (const block of layout.blocks) {
    const pitches = block.lines
      .slice(1)
      .map((l, i) => (block.lines[i] as LayoutLine).baseline - l.baseline)
      .filter((p) => p > 0);
    const pitch = median(pitches) || layout.bodySize * 1.3;
    block.lines.forEach((line, i) => {
      const carry =
        open !== null &&
        (i > 0
          ? continues(open.last, block, line, block, pitch)
          : !block.edge && !open.edge && block.column !== undefined && continues(open.last, open.block, line, block, pitch));
      if (!carry) {
        close();
        open = { lines: [line.text], size: line.size, last: line, block, ...(block.edge ? { edge: block.edge } : {}) };
        return;
      }
      const current = open as NonNullable<typeof open>;
      current.lines.push(line.text);
      current.last = line;
      current.block = block;
    });
    if (block.edge) close();
  }
  close();
  return out;
}
