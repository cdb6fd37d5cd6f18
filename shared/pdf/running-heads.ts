import type { PageRegionKind } from '../import/markers';
import type { PdfParagraph } from './paragraphs';

/**
 * Running headers, footers and page numbers: the same words at the same edge of many pages
 * (page numbers and dates inside them may change), or a bare page number at an edge. They
 * become boilerplate regions, shaded and left out of suggestions and exports, but kept in
 * the text so that nothing on the page is lost and offsets stay true to the PDF.
 */

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;
const MAX_HEAD_CHARS = 200;

function asciiDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => String((d.codePointAt(0) as number) & 0xf));
}

const PAGE_NUMBER = [
  /^[-–—•·|\s]*\d{1,4}[-–—•·|\s]*$/u,
  /^(?:page|p\.|pp\.|صفحة|الصفحة|ص\.?)\s*\d{1,4}(?:\s*(?:of|\/|من)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*(?:of|\/|من)\s*\d{1,4}$/iu,
];

export function isPageNumber(text: string): boolean {
  const t = asciiDigits(text).trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** The same running head on every page, whatever its page number or date says. */
function headKey(text: string): string {
  return asciiDigits(text).toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();
}

export interface PageParagraphs {
  paragraphs: PdfParagraph[];
}

/** For each page, each paragraph's kind when it is a running head, else undefined. */
export function findRunningHeads(pages: PageParagraphs[]): Array<Array<PageRegionKind | undefined>> {
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const para of page.paragraphs) {
      if (!para.edge || para.text.length > MAX_HEAD_CHARS) continue;
      const key = `${para.edge}:${headKey(para.text)}`;
      const pagesWith = seen.get(key) ?? new Set<number>();
      pagesWith.add(p);
      seen.set(key, pagesWith);
    }
  });
  const withText = pages.filter((p) => p.paragraphs.length > 0).length;
  const repeated = (para: PdfParagraph) => {
    const count = seen.get(`${para.edge}:${headKey(para.text)}`)?.size ?? 0;
    return count >= 2 && count >= withText * 0.4;
  };
  return pages.map((page) =>
    page.paragraphs.map((para) => {
      if (!para.edge || para.text.length > MAX_HEAD_CHARS) return undefined;
      if (isPageNumber(para.text)) return 'page-number';
      if (repeated(para)) return para.edge === 'top' ? 'page-header' : 'page-footer';
      return undefined;
    }),
  );
}
