import { describe, expect, it } from 'vitest';
import { readLine } from '../../../shared/pdf/line-order';
import type { PdfRun } from '../../../shared/pdf/types';

/**
 * Lines as a PDF stores them: runs placed left to right where they are seen, each run's
 * text in logical order (as pdf.js gives it). `place` sets runs side by side with the given
 * gaps, so a test reads like the printed line.
 */
function place(parts: Array<string | number>, size = 12): PdfRun[] {
  const runs: PdfRun[] = [];
  let x = 10;
  for (const part of parts) {
    if (typeof part === 'number') {
      x += part;
      continue;
    }
    const width = [...part].length * size * 0.5;
    runs.push({ text: part, dir: /[\u0600-\u06FF]/u.test(part) ? 'rtl' : 'ltr', x, y: 100, width, size, eol: false });
    x += width;
  }
  return runs;
}

const SPACE = 4;

describe('reading a line in logical order', () => {
  it('reads an Arabic line right to left, whatever order the runs come in', () => {
    // Seen left to right: "الماضي" "العام" "خلال" — read right to left.
    const runs = place(['الماضي', SPACE, 'العام', SPACE, 'خلال']);
    expect(readLine(runs.reverse(), [], 'rtl')).toBe('خلال العام الماضي');
  });

  it('joins glyph runs of one word with no space, and puts one where a word gap is', () => {
    // "المالية" drawn glyph by glyph (as Chromium prints it): no gaps inside the word.
    const runs = place(['ة', 'ي', 'ل', 'ا', 'م', 'ل', 'ا', SPACE, 'وزارة']);
    expect(readLine(runs, [], 'rtl')).toBe('وزارة المالية');
  });

  it('keeps a Latin phrase left to right inside Arabic, with its brackets the right way round', () => {
    // Printed: "على (International Monetary Fund) صندوق" — the brackets seen are the mirrored glyphs.
    const runs = place(['على', SPACE, '(', 'International', SPACE, 'Monetary', SPACE, 'Fund', ')', SPACE, 'صندوق']);
    expect(readLine(runs, [], 'rtl')).toBe('صندوق (International Monetary Fund) على');
  });

  it('turns guillemets back: a quotation in Arabic reads «…»', () => {
    const runs = place(['«', 'جديد', SPACE, 'برنامج', '»', SPACE, 'قال']);
    expect(readLine(runs, [], 'rtl')).toBe('قال «برنامج جديد»');
  });

  it('keeps numbers in their own order and the full stop of the sentence after them', () => {
    // "بحلول عام 2026." printed: ".2026 عام بحلول" — pdf.js gives ".2026" as one run.
    const runs = place(['.2026', SPACE, 'عام', SPACE, 'بحلول']);
    expect(readLine(runs, [], 'rtl')).toBe('بحلول عام 2026.');
  });

  it('reads the figures of a table row in column order, not as one number run', () => {
    // RTL table row: label on the right, then 2023, then 2024 to its left.
    const runs = place(['2024', 30, '2023', 30, 'المؤشر']);
    expect(readLine(runs, [], 'rtl')).toBe('المؤشر 2023 2024');
  });

  it('reads "Boeing 737" in Arabic as one Latin stretch', () => {
    const runs = place(['جديدة', SPACE, 'Boeing', SPACE, '737', SPACE, 'طائرة']);
    expect(readLine(runs, [], 'rtl')).toBe('طائرة Boeing 737 جديدة');
  });

  it('keeps 6.2% and $4.5 whole in Arabic', () => {
    const runs = place(['$4.5', SPACE, 'يعادل', SPACE, '6.2%', SPACE, 'بنسبة']);
    expect(readLine(runs, [], 'rtl')).toBe('بنسبة 6.2% يعادل $4.5');
  });

  it('reads an Arabic phrase inside an English line right to left, numbers inside it left to right', () => {
    // "known as «تكافل وكرامة» in 2024": the Arabic stretch is printed reversed.
    const runs = place(['known', SPACE, 'as', SPACE, '«', 'وكرامة', SPACE, 'تكافل', '»', SPACE, 'in', SPACE, '2024']);
    expect(readLine(runs, [], 'ltr')).toBe('known as «تكافل وكرامة» in 2024');
    const withNumber = place(['from', SPACE, 'دولار', SPACE, '45', SPACE, 'بقيمة', SPACE, 'loans']);
    expect(readLine(withNumber, [], 'ltr')).toBe('from بقيمة 45 دولار loans');
  });

  it('puts a vowel sign pdf.js reports apart back on its letter', () => {
    const runs = place(['م', 'و']);
    const mark: PdfRun = { text: '\u064E', dir: 'ltr', x: (runs[1] as PdfRun).x + 1, y: 102, width: 0, size: 12, eol: false };
    expect(readLine([...runs, mark], [], 'rtl')).toBe('وَم');
  });

  it('takes a space run between two runs as a word break even when a run overhangs it', () => {
    const [a, b] = place(['ينار', 'ثلاثة']) as [PdfRun, PdfRun];
    const space: PdfRun = { text: ' ', dir: 'ltr', x: b.x - 3, y: 100, width: 4, size: 12, eol: false };
    expect(readLine([a, b], [space], 'rtl')).toBe('ثلاثة ينار');
  });
});
