import type { Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useEffect, useState } from 'react';
import type { Paragraph } from '../../../../shared/text/paragraphs';
import { rangeIndexAt } from '../../../../shared/text/segments';
import type { Reveal } from './document.state';
import { selectOffsets } from './dom-offsets';

const FLASH: Keyframe[] = [{ boxShadow: '0 0 0 4px rgba(234, 179, 8, 0.95)' }, { boxShadow: '0 0 0 4px rgba(234, 179, 8, 0)' }];

/**
 * Scrolls to what someone asked to see (a card, a search hit), even far down a long
 * document, and flashes it. A span of text (not an annotation) is drawn as a target for a
 * moment and selected; `onSelect` hears of that selection first. Returns the target to draw.
 */
export function useReveal(
  reveal: Reveal | null,
  paragraphs: readonly Paragraph[],
  virtualizer: Virtualizer<HTMLElement, Element>,
  content: RefObject<HTMLElement | null>,
  onSelect: (range: { start: number; end: number }) => void,
): { start: number; end: number } | null {
  const [target, setTarget] = useState<{ start: number; end: number } | null>(null);
  useEffect(() => {
    if (!reveal) return;
    const index = rangeIndexAt(paragraphs, reveal.start);
    virtualizer.scrollToIndex(index, { align: 'center' });
    if (!reveal.annotationId && reveal.flash) setTarget({ start: reveal.start, end: reveal.end });
    let frames = 0;
    let raf = 0;
    const find = () => {
      const root = content.current;
      const selector = reveal.annotationId ? `[data-id="${CSS.escape(reveal.annotationId)}"]` : '[data-variant="target"]';
      const elements = root ? [...root.querySelectorAll<HTMLElement>(selector)] : [];
      const first = elements[0] ?? (reveal.flash ? undefined : root?.querySelector<HTMLElement>(`p[data-start="${paragraphs[index]?.start}"]`));
      if (!first) {
        if (frames++ < 60) raf = requestAnimationFrame(find);
        return;
      }
      first.scrollIntoView({ block: 'center' });
      if (reveal.flash) for (const el of elements) el.animate(FLASH, { duration: 1400, easing: 'ease-out' });
      if (!reveal.annotationId && root) {
        onSelect({ start: reveal.start, end: reveal.end });
        selectOffsets(root, reveal.start, reveal.end);
      }
    };
    raf = requestAnimationFrame(find);
    const clear = setTimeout(() => setTarget(null), 1600);
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(clear);
    };
    // Only a new request (seq) should scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.seq]);
  return target;
}
