import type { Page } from '@playwright/test';
import { expect } from './serve';

/**
 * Highlights are painted over the text (CSS Custom Highlight API), not made of elements, so
 * tests look at what the browser paints: the registered highlights' ranges, as offsets
 * into the document, and the browser's own hit test of the highlights at a point.
 */

export interface PaintedPiece {
  /** The highlight's name, e.g. `isnad-annotation-quote-0`, `isnad-suggested-figure-0`, `isnad-selected-quote`. */
  name: string;
  start: number;
  end: number;
}

/** Every piece of highlight painted over the rendered paragraphs, in document offsets. */
export async function paintedPieces(page: Page): Promise<PaintedPiece[]> {
  return page.evaluate(() => {
    const pieces: Array<{ name: string; start: number; end: number }> = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight) {
        const p = (range.startContainer as Node).parentElement?.closest<HTMLElement>('p[data-start]');
        if (!p || !p.isConnected) continue;
        const base = Number(p.dataset.start);
        pieces.push({ name, start: base + range.startOffset, end: base + range.endOffset });
      }
    }
    return pieces.sort((a, b) => a.start - b.start || a.end - b.end || a.name.localeCompare(b.name));
  });
}

/**
 * True when [start, end) is painted with highlights whose names start with `prefix`, from
 * exactly `start` to exactly `end` (a span may be painted in several pieces where its nesting
 * level changes, so pieces are joined).
 */
export function paintedExactly(pieces: readonly PaintedPiece[], prefix: string, start: number, end: number): boolean {
  const mine = pieces.filter((p) => p.name.startsWith(prefix) && p.end > start && p.start < end);
  if (!mine.some((p) => p.start === start) || !mine.some((p) => p.end === end)) return false;
  let reached = start;
  for (const p of [...mine].sort((a, b) => a.start - b.start)) if (p.start <= reached) reached = Math.max(reached, p.end);
  return reached >= end;
}

/** Waits until [start, end) is painted with `prefix` (or, with `painted: false`, no longer is). */
export async function expectPainted(page: Page, prefix: string, start: number, end: number, painted = true): Promise<void> {
  await expect
    .poll(async () => paintedExactly(await paintedPieces(page), prefix, start, end), { message: `${prefix} over ${start}–${end}` })
    .toBe(painted);
}

/** Screen point at the middle of the character at a UTF-16 offset (its paragraph must be rendered). */
export async function charCenter(page: Page, offset: number): Promise<{ x: number; y: number }> {
  return page.evaluate((offset) => {
    for (const p of document.querySelectorAll<HTMLElement>('p[data-start]')) {
      const start = Number(p.dataset.start);
      const node = p.firstChild;
      if (offset < start || offset >= Number(p.dataset.end) || !(node instanceof Text)) continue;
      const range = document.createRange();
      range.setStart(node, offset - start);
      range.setEnd(node, offset - start + 1);
      const r = range.getBoundingClientRect();
      return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
    }
    throw new Error(`offset ${offset} is not rendered`);
  }, offset);
}

/** The names of the highlights the browser finds painted under the character at `offset`. */
export async function paintedAt(page: Page, offset: number): Promise<string[]> {
  const { x, y } = await charCenter(page, offset);
  return page.evaluate(
    ([x, y]) => {
      const names = new Map<Highlight, string>();
      for (const [name, highlight] of CSS.highlights) names.set(highlight, name);
      const registry = CSS.highlights as HighlightRegistry & {
        highlightsFromPoint(x: number, y: number): Array<{ highlight: Highlight } | Highlight>;
      };
      return registry
        .highlightsFromPoint(x as number, y as number)
        .map((hit) => names.get('highlight' in hit ? hit.highlight : hit) ?? '?')
        .sort();
    },
    [x, y],
  );
}

/** Clicks the painted text at the character at `offset`, as a journalist clicks a highlight. */
export async function clickText(page: Page, offset: number): Promise<void> {
  const { x, y } = await charCenter(page, offset);
  await page.mouse.click(x, y);
}

/** Whether the character at `offset` is rendered and inside the source pane's visible area. */
export async function inView(page: Page, offset: number): Promise<boolean> {
  return page.evaluate((offset) => {
    const pane = document.querySelector('.source-pane')?.getBoundingClientRect();
    for (const p of document.querySelectorAll<HTMLElement>('p[data-start]')) {
      const start = Number(p.dataset.start);
      const node = p.firstChild;
      if (!pane || offset < start || offset >= Number(p.dataset.end) || !(node instanceof Text)) continue;
      const range = document.createRange();
      range.setStart(node, offset - start);
      range.setEnd(node, offset - start + 1);
      const r = range.getBoundingClientRect();
      return r.height > 0 && r.top >= pane.top && r.bottom <= pane.bottom;
    }
    return false;
  }, offset);
}
