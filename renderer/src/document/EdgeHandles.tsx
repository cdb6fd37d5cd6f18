import { type RefObject, useLayoutEffect, useState } from 'react';
import { offsetToPoint } from './dom-offsets';

interface Caret {
  left: number;
  top: number;
  height: number;
}

/** Where the caret sits at a text offset, relative to `content`. */
function caretAt(content: HTMLElement, offset: number, atEnd: boolean): Caret | null {
  const point = offsetToPoint(content, offset);
  if (!point) return null;
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  let rect = range.getClientRects()[0];
  if (!rect && point.node.nodeType === Node.TEXT_NODE) {
    // Some engines give no rectangle for a collapsed range: use the neighbouring character's edge.
    const text = point.node as Text;
    const i = atEnd ? Math.max(0, point.offset - 1) : Math.min(point.offset, text.length - 1);
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    const r = range.getBoundingClientRect();
    const rtl = getComputedStyle(text.parentElement as Element).direction === 'rtl';
    rect = new DOMRect(atEnd !== rtl ? r.right : r.left, r.top, 0, r.height);
  }
  if (!rect) return null;
  const box = content.getBoundingClientRect();
  return { left: rect.left - box.left, top: rect.top - box.top, height: rect.height };
}

/**
 * Drag handles at the two ends of the selected annotation. They live in an overlay above
 * the text, never inside it, so they cannot disturb the bidi layout of the paragraph.
 */
export function EdgeHandles(props: {
  content: RefObject<HTMLElement | null>;
  annotation: { id: string; start: number; end: number } | null;
  /** The rendered paragraphs and their spans: when either changes, the ends may have moved. */
  items: unknown;
  spans: unknown;
}) {
  const { content, annotation, items, spans } = props;
  const [carets, setCarets] = useState<{ start: Caret | null; end: Caret | null }>({ start: null, end: null });
  useLayoutEffect(() => {
    const root = content.current;
    if (!root || !annotation) {
      setCarets({ start: null, end: null });
      return;
    }
    const next = { start: caretAt(root, annotation.start, false), end: caretAt(root, annotation.end, true) };
    setCarets((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
  }, [content, annotation, items, spans]);
  if (!annotation) return null;
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
            title={edge === 'start' ? 'Drag to move the start' : 'Drag to move the end'}
            style={{ left: caret.left - 6, top: caret.top, height: caret.height }}
          />
        );
      })}
    </>
  );
}
