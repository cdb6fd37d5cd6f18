import { type RefObject, useEffect, useState } from 'react';
import { nextPaintTask } from '../../ui/after-paint';
import { textRects } from './dom-offsets';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The boxes a span of text occupies, relative to `content`: one per line, or more where
 * bidi reordering splits the span on a line. Pieces that touch on a line are joined, so a
 * Latin name inside Arabic gets one box, not three.
 */
function boxesOf(content: HTMLElement, start: number, end: number): Box[] {
  const rects = textRects(content, start, end)
    .filter((r) => r.width > 0 && r.height > 0)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const joined: DOMRect[] = [];
  for (const r of rects) {
    const last = joined[joined.length - 1];
    if (last && Math.abs(last.top - r.top) < r.height / 2 && r.left <= last.right + 1.5) {
      joined[joined.length - 1] = new DOMRect(
        last.left,
        Math.min(last.top, r.top),
        Math.max(last.right, r.right) - last.left,
        Math.max(last.bottom, r.bottom) - Math.min(last.top, r.top),
      );
    } else joined.push(r);
  }
  const origin = content.getBoundingClientRect();
  return joined.map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height }));
}

/**
 * Outlines over a span of the text, in an overlay beside the paragraphs (never inside them,
 * where an element would disturb the bidi layout): the ring around the selected highlight,
 * and the flash over a place someone navigated to. Only paragraphs on screen are measured.
 */
export function SpanBoxes(props: {
  content: RefObject<HTMLElement | null>;
  span: { start: number; end: number } | null;
  /** Changes when the span's paragraphs are (re)laid out; scrolling alone does not move the boxes. */
  layout: string;
  className: string;
}) {
  const { content, span, layout, className } = props;
  const [boxes, setBoxes] = useState<{ span: { start: number; end: number }; boxes: Box[] } | null>(null);
  // Measured once the frame that shows the change has painted: measuring in the commit made
  // the browser lay out the page in the middle of a key press (Q, a click) before its
  // highlight could paint. The ring and the flash follow a frame later; the selected fill,
  // a highlight, is in the first.
  useEffect(() => {
    if (!span) return;
    return nextPaintTask(() => {
      const root = content.current;
      const next = root ? boxesOf(root, span.start, span.end) : [];
      setBoxes((old) =>
        old?.span.start === span.start && old.span.end === span.end && JSON.stringify(old.boxes) === JSON.stringify(next)
          ? old
          : { span, boxes: next },
      );
    });
  }, [content, span?.start, span?.end, layout]);
  // Boxes measured for another span are not drawn (a ring must not linger where the selection was).
  if (!span || !boxes || boxes.span.start !== span.start || boxes.span.end !== span.end) return null;
  return (
    <>
      {boxes.boxes.map((box) => (
        <span
          key={`${box.left},${box.top}`}
          className={`span-box ${className}`}
          aria-hidden="true"
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
        />
      ))}
    </>
  );
}
