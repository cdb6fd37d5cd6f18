import { describe, expect, it } from 'vitest';
import { highlightName, paintPieces, priorityOf, selectedName, spansAt } from '../../../../renderer/src/features/document/highlights.logic';
import type { Span } from '../../../../shared/text/segments';

const span = (id: string, start: number, end: number, kind = 'quote', variant: Span['variant'] = 'annotation'): Span => ({
  id,
  start,
  end,
  kind,
  variant,
});

describe('painting spans as highlights', () => {
  it('paints a lone span as one piece, its line right under the text (level 0)', () => {
    expect(paintPieces(0, 100, [span('q', 10, 40)], null)).toEqual([{ name: 'isnad-annotation-quote-0', spanId: 'q', start: 10, end: 40 }]);
  });

  it('keeps both lines of a figure inside a quote: the figure’s under the text, the quote’s one level lower there', () => {
    const pieces = paintPieces(0, 100, [span('q', 10, 40), span('f', 20, 25, 'figure')], null);
    expect(pieces).toEqual([
      { name: 'isnad-annotation-quote-0', spanId: 'q', start: 10, end: 20 },
      { name: 'isnad-annotation-quote-1', spanId: 'q', start: 20, end: 25 },
      { name: 'isnad-annotation-figure-0', spanId: 'f', start: 20, end: 25 },
      { name: 'isnad-annotation-quote-0', spanId: 'q', start: 25, end: 40 },
    ]);
  });

  it('gives overlapping spans distinct levels where they overlap, and caps deep nesting at level 2', () => {
    const crossing = paintPieces(0, 100, [span('a', 0, 10), span('b', 5, 15, 'speaker')], null);
    expect(crossing.filter((p) => p.start <= 5 && p.end >= 10).map((p) => p.name)).toEqual([
      'isnad-annotation-quote-1',
      'isnad-annotation-speaker-0',
    ]);
    const deep = paintPieces(0, 100, [span('a', 0, 50), span('b', 1, 49), span('c', 2, 48), span('d', 3, 47)], null);
    expect(deep.find((p) => p.spanId === 'a' && p.start <= 3 && p.end >= 47)?.name).toBe('isnad-annotation-quote-2');
  });

  it('paints only the part inside the paragraph', () => {
    expect(paintPieces(50, 60, [span('q', 40, 70)], null)).toEqual([{ name: 'isnad-annotation-quote-0', spanId: 'q', start: 50, end: 60 }]);
    expect(paintPieces(50, 60, [span('q', 10, 50), span('e', 55, 55)], null)).toEqual([]);
  });

  it('adds the selection’s fill over the selected span, for an annotation and for a suggestion under review', () => {
    const spans = [span('q', 10, 40), span('suggestion:f1', 50, 55, 'figure', 'suggested')];
    expect(paintPieces(0, 100, spans, 'q').at(-1)).toEqual({ name: 'isnad-selected-quote', spanId: 'q', start: 10, end: 40 });
    expect(paintPieces(0, 100, spans, 'suggestion:f1').at(-1)?.name).toBe('isnad-selected-suggested-figure');
    expect(paintPieces(0, 100, spans, 'elsewhere')).toHaveLength(2);
  });

  it('paints a navigation target as a fill that takes no line level from the spans under it', () => {
    const pieces = paintPieces(0, 100, [span('q', 10, 40), span('target', 15, 20, 'target', 'target')], null);
    expect(pieces.map((p) => p.name)).toEqual(['isnad-annotation-quote-0', 'isnad-target']);
  });

  it('names highlights with CSS identifier characters only, whatever the kind', () => {
    expect(highlightName(span('x', 0, 1, 'Other kind!', 'suggested'), 7)).toBe('isnad-suggested-other_kind_-2');
    expect(selectedName(span('x', 0, 1, 'speaker'))).toBe('isnad-selected-speaker');
  });

  it('paints inner levels over outer ones, the selection over spans, the target over all', () => {
    const order = ['isnad-annotation-quote-2', 'isnad-annotation-quote-0', 'isnad-selected-quote', 'isnad-target'].map(priorityOf);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('what a click on painted text hits', () => {
  it('lists the annotations and suggestions over a character, innermost first, never a target', () => {
    const spans = [
      span('q', 0, 40),
      span('s', 5, 15, 'speaker'),
      span('t', 6, 9, 'target', 'target'),
      span('suggestion:x', 8, 12, 'figure', 'suggested'),
    ];
    expect(spansAt(spans, 8).map((s) => s.id)).toEqual(['suggestion:x', 's', 'q']);
    expect(spansAt(spans, 15).map((s) => s.id)).toEqual(['q']);
    expect(spansAt(spans, 40)).toEqual([]);
  });
});
