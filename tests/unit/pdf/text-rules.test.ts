import { describe, expect, it } from 'vitest';
import { cleanExtracted } from '../../../shared/pdf/clean';
import { pdfDate, pdfTitle, unreadableShare } from '../../../shared/pdf/metadata';
import { arabicPunctuation, ocrParagraphs } from '../../../shared/pdf/ocr-text';
import { joinLines } from '../../../shared/pdf/paragraphs';
import { foldPresentationForms } from '../../../shared/pdf/presentation-forms';
import { findRunningHeads, isPageNumber } from '../../../shared/pdf/running-heads';
import { pageAt, pagesProblem } from '../../../shared/text/pages';

describe('presentation forms', () => {
  it('become the letters they draw: isolated, initial, medial and final forms', () => {
    // "المالية" as Word prints it: one presentation form per glyph.
    expect(foldPresentationForms('\uFE8D\uFEDF\uFEE4\uFE8E\uFEDF\uFEF4\uFE94')).toBe('المالية');
  });

  it('expand lam-alef ligatures to two letters and the name of God to four', () => {
    expect(foldPresentationForms('\uFEFB \uFEF7\uFEE3\uFEE6 \uFDF2')).toBe('لا لأمن الله');
  });

  it('leave Latin, digits and every other compatibility character alone', () => {
    const untouched = 'Ｆｕｌｌ ２０２４ x² ½ ª ① ℃ ㎞ Café 12.5% ٢٠٢٤';
    expect(foldPresentationForms(untouched)).toBe(untouched);
    // Latin ligatures are letter forms too: "ﬁnance" is searched as "finance".
    expect(foldPresentationForms('the ﬁnance oﬃce')).toBe('the finance office');
  });

  it('put a vowel sign form on the letter, with no space or tatweel before it', () => {
    expect(foldPresentationForms('ب\uFE76')).toBe('بَ');
    expect(foldPresentationForms('ب\uFE77')).toBe('بَ');
  });
});

describe('mending what extraction does to Arabic', () => {
  it('closes the gap pdf.js leaves inside a word-final lam-alef, not a real word break', () => {
    expect(cleanExtracted('إل ا إذا')).toBe('إلا إذا');
    expect(cleanExtracted('قال الوزير')).toBe('قال الوزير');
  });

  it('puts back the name of God that pdf.js reverses, with its prefixes', () => {
    expect(cleanExtracted('عبد اهلل الحسيني')).toBe('عبد الله الحسيني');
    expect(cleanExtracted('واهلل أعلم')).toBe('والله أعلم');
  });

  it('drops control characters (glyphs with no letter) but keeps the text around them', () => {
    expect(cleanExtracted('ال\u0000سلام\u0007')).toBe('السلام');
  });
});

describe('joining lines', () => {
  it('mends a word hyphenated at the line end, keeps a real hyphen', () => {
    expect(joinLines('the govern-', 'ment said')).toBe('the government said');
    expect(joinLines('talks in Abu-', 'Dhabi')).toBe('talks in Abu- Dhabi');
    expect(joinLines('a co\u00AD', 'operation')).toBe('a cooperation');
    expect(joinLines('قال الوزير', 'إن الحكومة')).toBe('قال الوزير إن الحكومة');
  });
});

describe('running heads', () => {
  it('knows page numbers in Arabic and English forms', () => {
    for (const t of ['3', '- 3 -', '— ١٢ —', 'Page 4', 'page 4 of 12', 'صفحة ٤ من ١٢', 'الصفحة 7', '4 / 12'])
      expect(isPageNumber(t), t).toBe(true);
    for (const t of ['2024 budget', 'المادة 3 من القانون', '12345']) expect(isPageNumber(t), t).toBe(false);
  });

  it('marks a line repeated at the same edge of most pages, whatever its page number, and nothing in the body', () => {
    const page = (n: number) => ({
      paragraphs: [
        { text: `التقرير السنوي 2024 — ${n}`, edge: 'top' as const, size: 9 },
        { text: 'نص الصفحة.', size: 12 },
        { text: `صفحة ${n} من 3`, edge: 'bottom' as const, size: 9 },
      ],
    });
    const heads = findRunningHeads([page(1), page(2), page(3)]);
    expect(heads).toEqual([
      ['page-header', undefined, 'page-number'],
      ['page-header', undefined, 'page-number'],
      ['page-header', undefined, 'page-number'],
    ]);
    // A title at the top of page 1 only is not a running head.
    expect(findRunningHeads([{ paragraphs: [{ text: 'عنوان التقرير', edge: 'top', size: 20 }] }, page(2), page(3)])[0]).toEqual([
      undefined,
    ]);
  });
});

describe('pages', () => {
  it('finds the page of an offset, skipping pages without text', () => {
    const pages = [0, 100, 250, 250, 400];
    expect([0, 99, 100, 249, 250, 399, 400, 10_000].map((o) => pageAt(pages, o))).toEqual([1, 1, 2, 2, 4, 4, 5, 5]);
  });

  it('refuses a page map that does not fit the text', () => {
    expect(pagesProblem('abc', [0, 2])).toBeNull();
    expect(pagesProblem('abc', [1])).toMatch(/start at offset 0/);
    expect(pagesProblem('abc', [0, 2, 1])).toMatch(/page 3 starts before page 2/);
    expect(pagesProblem('abc', [0, 9])).toMatch(/after the end/);
  });
});

describe('PDF metadata', () => {
  it('keeps a real title, not a file name or "Untitled"', () => {
    expect(pdfTitle('  Annual   report 2024 ')).toBe('Annual report 2024');
    for (const junk of ['Untitled', 'Microsoft Word - budget.docx', 'report-final.pdf', 'about:blank', '']) expect(pdfTitle(junk)).toBe('');
  });

  it('reads PDF dates', () => {
    expect(pdfDate("D:20240312093000+03'00'")).toBe('2024-03-12');
    expect(pdfDate('D:2024')).toBe('2024-01-01');
    expect(pdfDate('yesterday')).toBe('');
  });

  it('measures text made of unknown glyph codes', () => {
    expect(unreadableShare('\uE001\uE002\uE003 ab')).toBeCloseTo(0.6);
    expect(unreadableShare('نص عادي')).toBe(0);
  });
});

describe('OCR text', () => {
  it('puts back Arabic punctuation Tesseract reads as Latin, and leaves English alone', () => {
    expect(arabicPunctuation('قال الوزير, إن العجز; هل انخفض? نعم. In 2024, yes? ok;')).toBe(
      'قال الوزير، إن العجز؛ هل انخفض؟ نعم. In 2024, yes? ok;',
    );
  });

  it('makes paragraphs from blank-line blocks, mends hyphens and flags short edge lines', () => {
    const paragraphs = ocrParagraphs('وزارة المالية\n\nقال الوزير إن\nالعجز انخفض.\n\nThe govern-\nment agreed.\n\n- 3 -\n\f');
    expect(paragraphs.map((p) => [p.text, p.edge])).toEqual([
      ['وزارة المالية', 'top'],
      ['قال الوزير إن العجز انخفض.', undefined],
      ['The government agreed.', undefined],
      ['- 3 -', 'bottom'],
    ]);
  });
});
