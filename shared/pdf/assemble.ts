import type { Region } from '../domain/document';
import { REGION_LABELS } from '../import/markers';
import { normalizeText } from '../text/normalize';
import { median } from './rows';
import type { PdfParagraph } from './paragraphs';
import { findRunningHeads } from './running-heads';

export interface AssembledText {
  /** Normalized (LF, NFC): the document text as stored; every offset below points into it. */
  text: string;
  /** Where each page starts, in UTF-16 code units; a page without text starts where the next one does. */
  pages: number[];
  /** Running headers, footers and page numbers, as excluded regions. */
  regions: Region[];
  /** The first page's heading (larger print than the body), when it has one. */
  heading: string;
  /** 1-based numbers of the pages that gave no text. */
  blankPages: number[];
}

/**
 * The document text from each page's paragraphs: a blank line between paragraphs and
 * between pages, each page's start remembered, running heads marked as regions.
 */
export function assemblePages(pages: PdfParagraph[][]): AssembledText {
  const heads = findRunningHeads(pages.map((paragraphs) => ({ paragraphs })));
  const body = median(
    pages
      .flat()
      .filter((p) => !p.edge)
      .map((p) => p.size),
  );
  let text = '';
  const starts: number[] = [];
  const regions: Region[] = [];
  const blankPages: number[] = [];
  let heading = '';
  const firstWithText = pages.findIndex((page) => page.length > 0);
  pages.forEach((paragraphs, p) => {
    starts.push(text.length === 0 ? 0 : text.length + 2);
    if (paragraphs.length === 0) blankPages.push(p + 1);
    paragraphs.forEach((para, k) => {
      const piece = normalizeText(para.text);
      if (text.length > 0) text += '\n\n';
      const start = text.length;
      text += piece;
      const kind = heads[p]?.[k];
      if (kind) regions.push({ id: '', start, end: text.length, kind, label: REGION_LABELS[kind], excluded: true });
      else if (!heading && para.size >= body * 1.2 && piece.length <= 200 && p === firstWithText) heading = piece;
    });
  });
  return {
    text,
    pages: starts.map((s) => Math.min(s, text.length)),
    regions: regions.map((r, i) => ({ ...r, id: `pg${i + 1}` })),
    heading,
    blankPages,
  };
}
