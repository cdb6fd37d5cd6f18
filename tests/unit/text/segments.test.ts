import { describe, expect, it } from 'vitest';
import { type Span, rangeIndexAt, segmentRange, spansPerRange } from '../../../shared/text/segments';

const span = (id: string, start: number, end: number, kind = 'quote'): Span => ({ id, start, end, kind, variant: 'annotation' });

describe('segmentRange', () => {
  it('cuts the text at every span edge and lists covering spans outermost first', () => {
    const quote = span('q', 2, 10);
    const figure = span('f', 4, 6, 'figure');
    const runs = segmentRange(0, 12, [figure, quote]);
    expect(runs.map((r) => [r.start, r.end, r.spans.map((s) => s.id)])).toEqual([
      [0, 2, []],
      [2, 4, ['q']],
      [4, 6, ['q', 'f']],
      [6, 10, ['q']],
      [10, 12, []],
    ]);
  });

  it('keeps partly overlapping spans visible on both sides of the overlap', () => {
    const runs = segmentRange(0, 10, [span('a', 1, 6), span('b', 4, 9)]);
    expect(runs.map((r) => r.spans.map((s) => s.id).join('+'))).toEqual(['', 'a', 'a+b', 'b', '']);
  });

  it('clips spans that start before or end after the range (a quote across paragraphs)', () => {
    const runs = segmentRange(10, 20, [span('q', 5, 15)]);
    expect(runs.map((r) => [r.start, r.end, r.spans.length])).toEqual([
      [10, 15, 1],
      [15, 20, 0],
    ]);
  });

  it('covers the range exactly, with no gaps or overlaps, for many random spans', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans = Array.from({ length: 200 }, (_, i) => {
      const s = rnd(1000);
      return span(`s${i}`, s, s + 1 + rnd(50));
    });
    const runs = segmentRange(100, 900, spans);
    expect(runs[0]?.start).toBe(100);
    expect(runs.at(-1)?.end).toBe(900);
    for (let i = 1; i < runs.length; i++) expect(runs[i]?.start).toBe(runs[i - 1]?.end);
    for (const run of runs) {
      const expected = spans
        .filter((s) => s.start <= run.start && s.end >= run.end)
        .map((s) => s.id)
        .sort();
      expect(run.spans.map((s) => s.id).sort()).toEqual(expected);
    }
  });
});

describe('spansPerRange', () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 11, end: 20 },
    { start: 22, end: 30 },
  ];

  it('gives each paragraph the spans overlapping it', () => {
    const across = span('x', 5, 15);
    const lists = spansPerRange(paragraphs, [across, span('y', 23, 25)]);
    expect(lists.map((l) => l.map((s) => s.id))).toEqual([['x'], ['x'], ['y']]);
  });

  it('reuses the previous list when a paragraph’s spans did not change, so it is not re-rendered', () => {
    const a = span('a', 1, 3);
    const b = span('b', 23, 25);
    const first = spansPerRange(paragraphs, [a, b]);
    const second = spansPerRange(paragraphs, [a, b, span('c', 12, 14)], first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[2]).toBe(first[2]);
  });

  it('finds the paragraph of an offset, or the next one for an offset between paragraphs', () => {
    expect(rangeIndexAt(paragraphs, 0)).toBe(0);
    expect(rangeIndexAt(paragraphs, 10)).toBe(0);
    expect(rangeIndexAt(paragraphs, 21)).toBe(2);
    expect(rangeIndexAt(paragraphs, 99)).toBe(2);
  });
});
