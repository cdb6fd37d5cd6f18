import type { Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useEffect, useState } from 'react';
import type { Paragraph } from '../../../../shared/text/paragraphs';
import { rangeIndexAt } from '../../../../shared/text/segments';
import type { Reveal } from './document.state';
import { selectOffsets, textRects } from './dom-offsets';

/** How long a revealed place stays flashed (the animation in source-pane.css lasts as long). */
const FLASH_MS = 1400;

export interface Revealed {
  /** A span of text (not an annotation) to paint as the target for a moment. */
  target: { start: number; end: number } | null;
  /** What flashes now; `seq` restarts the flash when the same place is asked for again. */
  flash: { start: number; end: number; seq: number } | null;
}

/**
 * Scrolls to what someone asked to see (a card, a search hit), even far down a long
 * document, and flashes it. A span of text (not an annotation) is painted as a target for a
 * moment and selected; `onSelect` hears of that selection first.
 */
export function useReveal(
  reveal: Reveal | null,
  paragraphs: readonly Paragraph[],
  virtualizer: Virtualizer<HTMLElement, Element>,
  content: RefObject<HTMLElement | null>,
  onSelect: (range: { start: number; end: number }) => void,
): Revealed {
  const [target, setTarget] = useState<Revealed['target']>(null);
  const [flash, setFlash] = useState<Revealed['flash']>(null);
  useEffect(() => {
    if (!reveal) return;
    const index = rangeIndexAt(paragraphs, reveal.start);
    virtualizer.scrollToIndex(index, { align: 'center' });
    if (!reveal.annotationId && reveal.flash) setTarget({ start: reveal.start, end: reveal.end });
    let frames = 0;
    let raf = 0;
    let unflash: ReturnType<typeof setTimeout> | undefined;
    // The virtualizer scrolls by estimated heights; once the paragraph is rendered, the
    // span's own box is brought to the middle of the pane.
    const find = () => {
      const root = content.current;
      const scroller = virtualizer.scrollElement;
      const rects = root ? textRects(root, reveal.start, Math.max(reveal.end, reveal.start + 1)).filter((r) => r.height > 0) : [];
      const first = rects[0];
      if (!root || !scroller || !first) {
        if (frames++ < 60) raf = requestAnimationFrame(find);
        return;
      }
      const pane = scroller.getBoundingClientRect();
      scroller.scrollTop += first.top + first.height / 2 - (pane.top + scroller.clientHeight / 2);
      if (reveal.flash) {
        setFlash({ start: reveal.start, end: reveal.end, seq: reveal.seq });
        unflash = setTimeout(() => setFlash(null), FLASH_MS);
      }
      if (!reveal.annotationId) {
        onSelect({ start: reveal.start, end: reveal.end });
        selectOffsets(root, reveal.start, reveal.end);
      }
    };
    raf = requestAnimationFrame(find);
    const clear = setTimeout(() => setTarget(null), FLASH_MS + 200);
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(clear);
      clearTimeout(unflash);
    };
    // Only a new request (seq) should scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.seq]);
  return { target, flash };
}
