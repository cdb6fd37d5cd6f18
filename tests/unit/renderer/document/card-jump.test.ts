import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { jumpToShow } from '../../../../renderer/src/features/document/card-jump';

/** A card list as the virtualizer knows it: rows of these heights, scrolled to `top`, `height` tall. */
function list(sizes: number[], top: number, height: number): Virtualizer<HTMLDivElement, Element> {
  let start = 0;
  const rows = sizes.map((size, index) => {
    const row = { index, key: index, start, size, end: start + size, lane: 0 };
    start += size;
    return row;
  });
  return {
    measurementsCache: rows,
    scrollOffset: top,
    scrollRect: { width: 300, height },
    getTotalSize: () => start,
  } as unknown as Virtualizer<HTMLDivElement, Element>;
}

describe('jumpToShow: where the card list scrolls to show a card a key asked for', () => {
  it('does not scroll for a card already whole in view', () => {
    expect(jumpToShow(list(Array(50).fill(100), 0, 500), 2)).toBeNull();
  });

  it('brings a card below the view up to its bottom edge, leaving room for the editor it is about to open', () => {
    const jump = jumpToShow(list(Array(50).fill(100), 0, 500), 20, 300);
    // Row 20 spans 2000–2100; opened it reaches 2300, which ends the view.
    expect(jump?.offset).toBe(1800);
    // The rows in view there come with it: 18 (1800–1900) to 22 (2200–2300).
    expect([jump?.first, jump?.last]).toEqual([18, 22]);
  });

  it('brings a card above the view to its top edge', () => {
    const jump = jumpToShow(list(Array(50).fill(100), 3000, 500), 10);
    expect(jump).toEqual({ offset: 1000, first: 10, last: 14 });
  });

  it('shows the top of a card taller than the view, and never scrolls past the end of the list', () => {
    expect(jumpToShow(list(Array(50).fill(100), 0, 500), 30, 800)?.offset).toBe(3000);
    expect(jumpToShow(list(Array(10).fill(100), 0, 500), 9, 300)?.offset).toBe(500);
  });
});
