import { type ReactNode, memo } from 'react';
import type { Paragraph } from '../../../../shared/text/paragraphs';
import { type Run, type Span, segmentRange } from '../../../../shared/text/segments';

/**
 * One paragraph, cut into runs at span edges. Spans covering a run become nested inline
 * elements (outermost first) around its text. None of them sets `dir`, `unicode-bidi` or
 * `display`, and no element without text sits among them, so the bidi algorithm sees one
 * paragraph of text exactly as without highlights: a Latin name or digits inside Arabic
 * keep their place.
 */
export const ParagraphView = memo(function ParagraphView(props: {
  paragraph: Paragraph;
  text: string;
  spans: readonly Span[];
  /** The selected annotation, only when it touches this paragraph (keeps memo effective). */
  selectedId: string | null;
}) {
  const { paragraph, text, spans, selectedId } = props;
  const runs = segmentRange(paragraph.start, paragraph.end, spans);
  return (
    // A block cut from a long line takes the line's direction, not its own first letter's.
    <p
      className={paragraph.dir ? 'paragraph block' : 'paragraph'}
      dir={paragraph.dir ?? 'auto'}
      data-start={paragraph.start}
      data-end={paragraph.end}
    >
      {runs.map((run) => (
        <RunView key={run.start} run={run} text={text} selectedId={selectedId} />
      ))}
    </p>
  );
});

function spanClass(span: Span, run: Run, depth: number, selectedId: string | null): string {
  const classes = ['hl', `hl-${span.kind}`, `v-${span.variant}`, `depth-${Math.min(depth, 2)}`];
  if (span.start === run.start) classes.push('hl-start');
  if (span.end === run.end) classes.push('hl-end');
  if (span.id === selectedId) classes.push('selected');
  return classes.join(' ');
}

function RunView({ run, text, selectedId }: { run: Run; text: string; selectedId: string | null }) {
  const content = text.slice(run.start, run.end);
  if (run.spans.length === 0) return <>{content}</>;
  // Nothing but the text goes inside: even an empty out-of-flow element counts as a neutral
  // character for bidi and would split "75" into "5 7" in an Arabic paragraph.
  let node: ReactNode = content;
  for (let depth = run.spans.length - 1; depth >= 0; depth--) {
    const span = run.spans[depth] as Span;
    node = (
      <span className={spanClass(span, run, depth, selectedId)} data-id={span.id} data-kind={span.kind} data-variant={span.variant}>
        {node}
      </span>
    );
  }
  return node;
}
