import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * A scroll of the card list to the card a key asked for (Q, S, F, a click on a highlight,
 * undo): where to, and the rows in view there, rendered with the card before the list
 * scrolls, so the frame after the key paints them all and lays the page out once.
 */
export interface CardJump {
  offset: number;
  first: number;
  last: number;
}

/**
 * Where the list must scroll to show row `index` whole (the nearest edge, as `align: 'auto'`;
 * `opensTo` tall if it is about to grow to that), with the rows in view there; null when it is
 * in view. Judged from the list's own measurements and the box its ResizeObserver reported:
 * the virtualizer's own scrollToIndex asks the browser for the scroll height, laying out the
 * page with the new card but without the rows around it, which the scroll then brings in for
 * another layout in the next frame.
 */
export function jumpToShow(list: Virtualizer<HTMLDivElement, Element>, index: number, opensTo = 0): CardJump | null {
  const rows = list.measurementsCache;
  const row = rows[index];
  if (!row) return null;
  const top = list.scrollOffset ?? 0;
  const height = list.scrollRect?.height ?? 0;
  if (row.start >= top && row.end <= top + height) return null;
  // A card about to open (its editor follows the paint) gets the room it will take.
  const end = row.start + Math.max(row.size, opensTo);
  const wanted = end > top + height && end - row.start <= height ? end - height : row.start;
  const offset = Math.max(0, Math.min(wanted, list.getTotalSize() - height));
  let first = index;
  while (first > 0 && (rows[first - 1] as { end: number }).end > offset) first--;
  let last = index;
  while (last < rows.length - 1 && (rows[last + 1] as { start: number }).start < offset + height) last++;
  return { offset, first, last };
}

/**
 * Scrolls the list to the jump, once the rows in view there are in the page: the browser lays
 * the page out once, with the new card and those rows, and the next frame only paints. The
 * list is told at once: its scroll event comes only with the next frame, and what it renders
 * or measures before that must be judged against where it now is, or it would "correct" the
 * scroll back.
 */
export function scrollToJump(list: Virtualizer<HTMLDivElement, Element>, jump: CardJump): void {
  const scroller = list.scrollElement;
  if (!scroller) return;
  scroller.scrollTop = jump.offset;
  // Laid out by the write just made: reading it back costs nothing.
  list.scrollOffset = scroller.scrollTop;
}
