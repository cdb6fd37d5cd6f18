import { memo, useLayoutEffect, useRef } from 'react';
import type { Paragraph } from '../../../../shared/text/paragraphs';
import type { Span } from '../../../../shared/text/segments';
import type { HighlightPainter } from './highlight-painter';
import { paintPieces } from './highlights.logic';

/**
 * One paragraph: its text as a single text node, and nothing else. Highlights are painted
 * over that node by the pane's `HighlightPainter` (the CSS Custom Highlight API), so a new,
 * changed or selected annotation repaints without replacing the text: React renders the
 * same `<p>`, and only the highlight ranges change. With no element among the letters,
 * the bidi algorithm sees the paragraph exactly as without highlights: a Latin name or
 * digits inside Arabic keep their place.
 */
export const ParagraphView = memo(function ParagraphView(props: {
  paragraph: Paragraph;
  text: string;
  spans: readonly Span[];
  /** The selected annotation, only when it touches this paragraph (keeps memo effective). */
  selectedId: string | null;
  painter: HighlightPainter;
}) {
  const { paragraph, text, spans, selectedId, painter } = props;
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const node = ref.current?.firstChild;
    if (!(node instanceof Text)) return;
    painter.paint(paragraph.start, node, paintPieces(paragraph.start, paragraph.end, spans, selectedId));
    return () => painter.clear(paragraph.start);
  }, [painter, paragraph, text, spans, selectedId]);
  return (
    // A block cut from a long line takes the line's direction, not its own first letter's.
    <p
      ref={ref}
      className={paragraph.dir ? 'paragraph block' : 'paragraph'}
      dir={paragraph.dir ?? 'auto'}
      data-start={paragraph.start}
      data-end={paragraph.end}
      data-user-content=""
    >
      {text.slice(paragraph.start, paragraph.end)}
    </p>
  );
});
