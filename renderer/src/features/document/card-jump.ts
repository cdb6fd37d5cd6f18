import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * A scroll of the card list that the key asking for a card (Q, S, F, a click on a highlight,
 * undo) decided on but that is written in the next frame: where to, and the rows in view
 * there, rendered with the card in the key's own task so that frame paints them all.
 */
export interface CardJump {
  offset: number;
  first: number;
  last: number;
}

/**
 * Where the list must scroll to show row `index` whole (the nearest edge, as `align: 'auto'`),
 * or null when it is in view, with the rows in view there. Judged from the list's own
 * measurements and the box its ResizeObserver reported: the virtualizer's own scrollToIndex
 * asks the browser for the scroll height, which in the task of a key press lays out the
 * page with the new card in it, and its writing the scroll position would too.
 */
export function jumpToShow(list: Virtualizer<HTMLDivElement, Element>, index: number): CardJump | null {
  const rows = list.measurementsCache;
  const row = rows[index];
  if (!row) return null;
  const top = list.scrollOffset ?? 0;
  const height = list.scrollRect?.height ?? 0;
  if (row.start >= top && row.end <= top + height) return null;
  const wanted = row.end > top + height && row.size <= height ? row.end - height : row.start;
  const offset = Math.max(0, Math.min(wanted, list.getTotalSize() - height));
  let first = index;
  while (first > 0 && (rows[first - 1] as { end: number }).end > offset) first--;
  let last = index;
  while (last < rows.length - 1 && (rows[last + 1] as { start: number }).start < offset + height) last++;
  return { offset, first, last };
}

/**
 * Writes the jump's scroll position in the next frame, before that frame is laid out, so the
 * browser lays the page out once for it instead of once more inside the key's task. The list
 * is told at once: its scroll event comes a frame later, and rows measured in this frame (the
 * new card) must be judged against where it now is, or it would "correct" the scroll back.
 * Returns a cancel.
 */
export function scrollInNextFrame(list: Virtualizer<HTMLDivElement, Element>, jump: CardJump, done: () => void): () => void {
  const frame = requestAnimationFrame(() => {
    const scroller = list.scrollElement;
    if (scroller) {
      scroller.scrollTop = jump.offset;
      // Laid out by the write just made: reading it back costs nothing.
      list.scrollOffset = scroller.scrollTop;
    }
    done();
  });
  return () => cancelAnimationFrame(frame);
}
