import { type RefObject, useEffect, useState } from 'react';
import { nextPaintTask } from '../../ui/after-paint';
import { PARAGRAPH_SELECTOR, offsetToPoint } from './dom-offsets';
import { useT } from '../../ui/i18n/I18n';

interface Caret {
  left: number;
  top: number;
  height: number;
}

/**
 * Where an end of a span is drawn, relative to `content`. A collapsed caret is ambiguous
 * where directions meet (before "75" in Arabic it may sit left of the digits), so this
 * takes the span's own boxes: its first line's start side and its last line's end side,
 * in the paragraph's direction.
 */
function edgeOf(content: HTMLElement, start: number, end: number, edge: 'start' | 'end'): Caret | null {
  const at = offsetToPoint(content, edge === 'start' ? start : end);
  if (!at) return null;
  const paragraph = (at.node instanceof Element ? at.node : at.node.parentElement)?.closest<HTMLElement>(PARAGRAPH_SELECTOR);
  if (!paragraph) return null;
  const from = offsetToPoint(content, Math.max(start, Number(paragraph.dataset.start)));
  const to = offsetToPoint(content, Math.min(end, Number(paragraph.dataset.end)));
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return null;
  const lineTop = edge === 'start' ? Math.min(...rects.map((r) => r.top)) : Math.max(...rects.map((r) => r.top));
  const line = rects.filter((r) => Math.abs(r.top - lineTop) < r.height / 2);
  const rtl = getComputedStyle(paragraph).direction === 'rtl';
  const rightSide = (edge === 'start') === rtl;
  const x = rightSide ? Math.max(...line.map((r) => r.right)) : Math.min(...line.map((r) => r.left));
  const top = Math.min(...line.map((r) => r.top));
  const height = Math.max(...line.map((r) => r.bottom)) - top;
  const box = content.getBoundingClientRect();
  return { left: x - box.left, top: top - box.top, height };
}

/**
 * Drag handles at the two ends of the selected annotation. They live in an overlay above
 * the text, never inside it, so they cannot disturb the bidi layout of the paragraph.
 */
export function EdgeHandles(props: {
  content: RefObject<HTMLElement | null>;
  annotation: { id: string; start: number; end: number } | null;
  /**
   * Changes when the annotation's paragraphs are (re)laid out. Scrolling alone does not
   * move the handles (they are placed in content coordinates), so it must not re-measure.
   */
  layout: string;
}) {
  const { content, annotation, layout } = props;
  const t = useT();
  const [carets, setCarets] = useState<{ of: string; start: Caret | null; end: Caret | null } | null>(null);
  // Measured once the frame that shows the selection has painted (as SpanBoxes): the handles
  // follow their highlight by a frame instead of delaying it.
  useEffect(() => {
    if (!annotation) return;
    return nextPaintTask(() => {
      const root = content.current;
      if (!root) return;
      const next = {
        of: `${annotation.id}:${annotation.start}:${annotation.end}`,
        start: edgeOf(root, annotation.start, annotation.end, 'start'),
        end: edgeOf(root, annotation.start, annotation.end, 'end'),
      };
      setCarets((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    });
  }, [content, annotation, layout]);
  // Handles measured for another span are not drawn.
  if (!annotation || carets?.of !== `${annotation.id}:${annotation.start}:${annotation.end}`) return null;
  return (
    <>
      {(['start', 'end'] as const).map((edge) => {
        const caret = carets[edge];
        if (!caret) return null;
        return (
          <span
            key={edge}
            className={`edge edge-${edge}`}
            data-edge={edge}
            data-edge-of={annotation.id}
            aria-hidden="true"
            title={edge === 'start' ? t('document.edge.start') : t('document.edge.end')}
            style={{ left: caret.left - 6, top: caret.top, height: caret.height }}
          />
        );
      })}
    </>
  );
}
