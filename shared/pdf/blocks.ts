import type { Direction } from '../text/direction';
import { directionCounts, lineDirection, readLine } from './line-order';
import { type Gutter, type Row, bodySize, findGutters, groupRows, median, rowCrosses, wideGaps } from './rows';
import type { PdfPage, PdfRun } from './types';

export interface LayoutLine {
  text: string;
  dir: Direction;
  left: number;
  right: number;
  baseline: number;
  size: number;
  /** A wide gap inside the line: a table row or items set apart, never run on into the next line. */
  cells: boolean;
}

/** Lines read one after the other: one column of a band of columns, or a full-width band. */
export interface LayoutBlock {
  lines: LayoutLine[];
  left: number;
  right: number;
  /** Rows set apart at the top or bottom of the page (running heads, page numbers). */
  edge?: 'top' | 'bottom';
  /** Continues the block before it (the next column of the same band). */
  column?: number;
}

export interface PageLayout {
  number: number;
  height: number;
  /** The direction most of the page's letters run in. */
  dir: Direction;
  bodySize: number;
  blocks: LayoutBlock[];
  /** Letters on the page (for telling a scan from a text page). */
  letters: number;
}

/** How far from the page's top or bottom edge running heads and page numbers are looked for. */
const EDGE_ZONE = 0.16;

/**
 * Rows at the top and bottom of the page standing apart from the body: headers, footers and
 * page numbers. A row is set apart when the white below it (above it, at the bottom) is
 * wider than a paragraph break and no column's text falls in it.
 */
function edgeRows(rows: Row[], pageTop: number, pageHeight: number, size: number): { top: number; bottom: number } {
  if (rows.length < 2) return { top: 0, bottom: 0 };
  const pitches = rows
    .slice(1)
    .map((r, i) => (rows[i] as Row).baseline - r.baseline)
    .filter((p) => p > 0);
  const apart = Math.max(2.6 * size, 1.6 * (median(pitches) || size));
  const zone = pageHeight * EDGE_ZONE;
  // The first wide gap from each edge: what lies beyond it is the running head (a short last
  // page's body, also near the top, stays body).
  let top = 0;
  for (let i = 0; i < rows.length - 1 && pageTop - (rows[i] as Row).baseline <= zone; i++) {
    if ((rows[i] as Row).baseline - (rows[i + 1] as Row).baseline > apart) {
      top = i + 1;
      break;
    }
  }
  let bottom = 0;
  const pageBottom = pageTop - pageHeight;
  for (let i = rows.length - 1; i > top && (rows[i] as Row).baseline - pageBottom <= zone; i--) {
    if ((rows[i - 1] as Row).baseline - (rows[i] as Row).baseline > apart) {
      bottom = rows.length - i;
      break;
    }
  }
  return { top, bottom };
}

function makeLine(runs: PdfRun[], spaces: PdfRun[], fallback: Direction, size: number): LayoutLine | null {
  if (runs.length === 0) return null;
  const dir = lineDirection(runs, fallback);
  const text = readLine(runs, spaces, dir);
  if (text.length === 0) return null;
  const left = Math.min(...runs.map((r) => r.x));
  const right = Math.max(...runs.map((r) => r.x + r.width));
  const lineSize = median(runs.filter((r) => r.text.trim().length > 1).map((r) => r.size)) || size;
  return {
    text,
    dir,
    left,
    right,
    baseline: median(runs.map((r) => r.y)),
    size: lineSize,
    cells: wideGaps(runs, Math.max(2.5 * lineSize, 12)).length > 0,
  };
}

function blockOf(lines: LayoutLine[], extra: Partial<LayoutBlock> = {}): LayoutBlock {
  return {
    lines,
    left: Math.min(...lines.map((l) => l.left)),
    right: Math.max(...lines.map((l) => l.right)),
    ...extra,
  };
}

function within(run: PdfRun, from: number, to: number): boolean {
  const centre = run.x + run.width / 2;
  return centre >= from && centre < to;
}

/** One band of rows split into columns, read in the page's direction (right column first in Arabic). */
function columnBlocks(rows: Row[], gutters: Gutter[], dir: Direction, size: number): LayoutBlock[] {
  const edges = [-Infinity, ...gutters.flatMap((g) => [g.left, g.right]), Infinity];
  const columns: LayoutBlock[] = [];
  for (let c = 0; c < edges.length; c += 2) {
    const from = edges[c] as number;
    const to = edges[c + 1] as number;
    const lines: LayoutLine[] = [];
    for (const row of rows) {
      const line = makeLine(
        row.runs.filter((r) => within(r, from, to)),
        row.spaces.filter((r) => within(r, from, to)),
        lines[lines.length - 1]?.dir ?? dir,
        size,
      );
      if (line) lines.push(line);
    }
    if (lines.length > 0) columns.push(blockOf(lines));
  }
  if (dir === 'rtl') columns.reverse();
  return columns.map((block, i) => (i > 0 ? { ...block, column: i } : block));
}

/**
 * Lays out one page: rows by baseline, running heads apart at the edges, column gutters,
 * then blocks of lines in reading order (bands top to bottom, columns in the page's
 * direction). pdf.js coordinates have y growing upwards.
 */
export function layoutPage(page: PdfPage): PageLayout {
  const rows = groupRows(page.runs);
  const all = rows.flatMap((r) => r.runs);
  const counts = directionCounts(all.map((r) => r.text).join(''));
  const dir: Direction = counts.rtl > counts.ltr ? 'rtl' : 'ltr';
  const size = bodySize(all);
  const pageTop = page.bottom + page.height;
  const edge = edgeRows(rows, pageTop, page.height, size);
  const body = rows.slice(edge.top, rows.length - edge.bottom);
  const gutters = findGutters(body, size);
  const blocks: Array<LayoutBlock & { columned?: boolean }> = [];
  const full = (row: Row, extra: Partial<LayoutBlock> = {}) => {
    const last = blocks[blocks.length - 1];
    // A line of digits alone ("2026.") reads in the direction of the line above it.
    const line = makeLine(row.runs, row.spaces, (!last?.columned && last?.lines[last.lines.length - 1]?.dir) || dir, size);
    if (!line) return;
    // Consecutive full-width rows read as one block, so their lines can form paragraphs.
    if (last && last.edge === extra.edge && last.column === undefined && !last.columned) {
      last.lines.push(line);
      last.left = Math.min(last.left, line.left);
      last.right = Math.max(last.right, line.right);
    } else blocks.push({ ...blockOf([line], extra) });
  };
  for (const row of rows.slice(0, edge.top)) full(row, { edge: 'top' });
  let band: Row[] = [];
  const flush = () => {
    if (band.length > 0) for (const b of columnBlocks(band, gutters, dir, size)) blocks.push({ ...b, columned: true });
    band = [];
  };
  for (const row of body) {
    if (gutters.length > 0 && !rowCrosses(row, gutters)) band.push(row);
    else {
      flush();
      full(row);
    }
  }
  flush();
  for (const row of rows.slice(rows.length - edge.bottom)) full(row, { edge: 'bottom' });
  return {
    number: page.number,
    height: page.height,
    dir,
    bodySize: size,
    blocks: blocks.map(({ columned: _c, ...b }) => b),
    letters: counts.rtl + counts.ltr,
  };
}
