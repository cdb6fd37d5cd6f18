import type { PdfRun } from './types';

/** Runs that share a baseline across the whole page width (both columns of a spread). */
export interface Row {
  baseline: number;
  size: number;
  runs: PdfRun[];
  /** Whitespace runs on this baseline: word breaks pdf.js saw. */
  spaces: PdfRun[];
  left: number;
  right: number;
}

/** A vertical strip of white between columns, in page coordinates. */
export interface Gutter {
  left: number;
  right: number;
}

const WHITESPACE = /^\s*$/u;
/** Glyphs the font's character map leaves out come through as control characters: no text. */
const NOT_TEXT = /^[\u0000-\u001F\u007F]*$/u;

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The size most of the page's letters are set in. */
export function bodySize(runs: PdfRun[]): number {
  const sizes: number[] = [];
  for (const r of runs) for (let k = 0; k < Math.min(r.text.length, 50); k++) sizes.push(r.size);
  return median(sizes) || 10;
}

/**
 * Groups runs into rows by baseline. A vowel sign set a little above its letter, or a run
 * nudged by kerning, stays in the row; the next line of text (a line pitch away) does not.
 */
export function groupRows(all: PdfRun[]): Row[] {
  const runs = all
    .filter((r) => r.text.length > 0 && !WHITESPACE.test(r.text) && !NOT_TEXT.test(r.text))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const spaces = all.filter((r) => r.text.length > 0 && WHITESPACE.test(r.text));
  const rows: Row[] = [];
  for (const run of runs) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.baseline - run.y) <= 0.4 * Math.min(row.size, run.size || row.size)) {
      row.runs.push(run);
      row.left = Math.min(row.left, run.x);
      row.right = Math.max(row.right, run.x + run.width);
      // Marks and small print do not decide the row's size.
      if (run.text.length > 1) row.size = Math.max(row.size, run.size);
    } else {
      rows.push({ baseline: run.y, size: run.size || 1, runs: [run], spaces: [], left: run.x, right: run.x + run.width });
    }
  }
  for (const space of spaces) {
    const row = rows.find((r) => Math.abs(r.baseline - space.y) <= 0.4 * r.size);
    row?.spaces.push(space);
  }
  return rows;
}

/** The x-ranges a row's runs cover, merged and sorted. */
export function coverage(runs: PdfRun[]): Array<[number, number]> {
  const spans = runs.map((r): [number, number] => [r.x, r.x + r.width]).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Gaps inside a row at least `min` wide. */
export function wideGaps(runs: PdfRun[], min: number): Array<[number, number]> {
  const spans = coverage(runs);
  const gaps: Array<[number, number]> = [];
  for (let k = 1; k < spans.length; k++) {
    const from = (spans[k - 1] as [number, number])[1];
    const to = (spans[k] as [number, number])[0];
    if (to - from >= min) gaps.push([from, to]);
  }
  return gaps;
}

function crosses(run: PdfRun, gutter: Gutter): boolean {
  return run.x < gutter.right - 1 && run.x + run.width > gutter.left + 1;
}

export function rowCrosses(row: Row, gutters: Gutter[]): boolean {
  return row.runs.some((run) => gutters.some((g) => crosses(run, g)));
}

/**
 * Column gutters: white strips that many rows leave open with text on both sides. A table's
 * gaps are not gutters: the text on each side of a gutter must be prose, lines without wide
 * gaps of their own, at least a fifth of the text width each.
 */
export function findGutters(rows: Row[], size: number): Gutter[] {
  if (rows.length < 4) return [];
  const left = Math.min(...rows.map((r) => r.left));
  const right = Math.max(...rows.map((r) => r.right));
  const width = right - left;
  if (width <= 0) return [];
  const minGap = Math.max(0.9 * size, 6);
  const bins = Math.ceil(width);
  const open = new Int32Array(bins);
  const ink = new Int32Array(bins);
  const count = (into: Int32Array, from: number, to: number) => {
    for (let x = Math.max(0, from); x < Math.min(bins, to); x++) into[x] = (into[x] as number) + 1;
  };
  for (const row of rows) {
    for (const [a, b] of coverage(row.runs)) count(ink, Math.floor(a - left), Math.ceil(b - left));
    for (const [a, b] of wideGaps(row.runs, minGap)) count(open, Math.ceil(a - left), Math.floor(b - left));
  }
  const needed = Math.max(2, Math.ceil(rows.length * 0.25));
  const candidates: Gutter[] = [];
  let start = -1;
  for (let x = 0; x <= bins; x++) {
    const ok = x < bins && (open[x] as number) >= needed && (ink[x] as number) <= Math.max(2, (open[x] as number) * 0.15);
    if (ok && start < 0) start = x;
    if (!ok && start >= 0) {
      candidates.push({ left: left + start, right: left + x });
      start = -1;
    }
  }
  const gutters: Gutter[] = [];
  for (const g of candidates) {
    if (g.right - g.left < minGap * 0.5) continue;
    const leftSide = sideRows(rows, (run) => run.x + run.width <= g.left + 1, gutters.at(-1)?.right ?? left, g.left);
    const rightSide = sideRows(rows, (run) => run.x >= g.right - 1, g.right, right);
    if (isProse(leftSide, width, minGap) && isProse(rightSide, width, minGap)) gutters.push(g);
  }
  return gutters;
}

interface Side {
  rows: PdfRun[][];
  from: number;
  to: number;
}

function sideRows(rows: Row[], onSide: (run: PdfRun) => boolean, from: number, to: number): Side {
  return {
    rows: rows
      .map((r) => r.runs.filter((run) => onSide(run) && run.x >= from - 1 && run.x + run.width <= to + 1))
      .filter((runs) => runs.length > 0),
    from,
    to,
  };
}

function isProse(side: Side, textWidth: number, minGap: number): boolean {
  if (side.rows.length < 2 || side.to - side.from < textWidth * 0.2) return false;
  const plain = side.rows.filter((runs) => wideGaps(runs, minGap * 2).length === 0).length;
  return plain >= side.rows.length * 0.7;
}
