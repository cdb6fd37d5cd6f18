import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../../shared/pdf/blocks';
import { pageParagraphs } from '../../../shared/pdf/paragraphs';
import type { PdfPage, PdfRun } from '../../../shared/pdf/types';

const SIZE = 10;
const CHAR = 5;

/** A line of words laid out from `left` (English) or ending at `right` (Arabic), one run per word. */
function line(words: string[], y: number, at: { left?: number; right?: number }): PdfRun[] {
  const widths = words.map((w) => [...w].length * CHAR);
  const total = widths.reduce((a, b) => a + b, 0) + (words.length - 1) * 3;
  let x = at.left ?? (at.right as number) - total;
  const arabic = at.left === undefined;
  const ordered = arabic ? [...words].reverse() : words;
  return ordered.map((text) => {
    const run = { text, dir: arabic ? 'rtl' : 'ltr', x, y, width: [...text].length * CHAR, size: SIZE, eol: false };
    x += run.width + 3;
    return run;
  });
}

function pageOf(runs: PdfRun[]): PdfPage {
  return { number: 1, left: 0, bottom: 0, width: 600, height: 800, rotate: 0, runs };
}

const text = (page: PdfPage) => pageParagraphs(layoutPage(page)).map((p) => p.text);

describe('page layout', () => {
  it('reads an Arabic two-column page right column first, each column top to bottom', () => {
    const runs: PdfRun[] = [];
    for (let k = 0; k < 8; k++) {
      runs.push(...line(['يمين', `${k + 1}`, 'سطر', 'في', 'العمود', 'الأيمن', 'من', 'الصفحة'], 700 - k * 14, { right: 560 }));
      runs.push(...line(['يسار', `${k + 1}`, 'سطر', 'في', 'العمود', 'الأيسر', 'من', 'الصفحة'], 700 - k * 14, { right: 290 }));
    }
    const [first, ...rest] = text(pageOf(runs));
    expect(rest).toEqual([]);
    const words = (first as string).split(' ');
    // All eight right-column lines come before any left-column line.
    expect(words.indexOf('يمين')).toBe(0);
    expect(words.lastIndexOf('يمين')).toBeLessThan(words.indexOf('يسار'));
  });

  it('reads a table row by row, not as columns', () => {
    const runs: PdfRun[] = [];
    const rows = [
      ['Indicator', '2023', '2024'],
      ['Deficit', '5.1', '4.5'],
      ['Debt', '95', '98'],
      ['Inflation', '7.8', '9.4'],
      ['Investment', '1.6', '1.1'],
    ];
    rows.forEach((row, k) => {
      runs.push(...line([row[0] as string], 700 - k * 14, { left: 50 }));
      runs.push(...line([row[1] as string], 700 - k * 14, { left: 300 }));
      runs.push(...line([row[2] as string], 700 - k * 14, { left: 450 }));
    });
    expect(text(pageOf(runs))).toEqual(rows.map((r) => r.join(' ')));
  });

  it('keeps the lines of a paragraph together and starts a new one after a short line or a wider gap', () => {
    const full = ['the', 'council', 'met', 'on', 'monday', 'to', 'discuss', 'the', 'budget', 'for', 'next', 'year'];
    const runs = [
      ...line(full, 700, { left: 50 }),
      ...line(full, 686, { left: 50 }),
      ...line(['short', 'end.'], 672, { left: 50 }),
      ...line(full, 658, { left: 50 }),
      ...line(full, 620, { left: 50 }),
    ];
    const paragraphs = text(pageOf(runs));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/year the council .* year short end\.$/);
  });

  it('sets a running head apart at the page edge, out of the columns below it', () => {
    const runs: PdfRun[] = [...line(['Ministry', 'of', 'Finance', 'annual', 'report'], 780, { left: 240 })];
    for (let k = 0; k < 6; k++) {
      runs.push(...line(['left', 'column', 'words', 'line', `${k}`, 'and', 'more'], 700 - k * 14, { left: 50 }));
      runs.push(...line(['right', 'column', 'words', 'line', `${k}`, 'and', 'more'], 700 - k * 14, { left: 320 }));
    }
    const paragraphs = pageParagraphs(layoutPage(pageOf(runs)));
    expect(paragraphs[0]).toMatchObject({ text: 'Ministry of Finance annual report', edge: 'top' });
    expect(paragraphs[1]?.text.startsWith('left column')).toBe(true);
    expect(
      paragraphs
        .map((p) => p.text)
        .join(' ')
        .indexOf('right'),
    ).toBeGreaterThan(
      paragraphs
        .map((p) => p.text)
        .join(' ')
        .lastIndexOf('left'),
    );
  });
});
