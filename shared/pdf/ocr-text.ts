import { cleanExtracted } from './clean';
import { type PdfParagraph, joinLines } from './paragraphs';

/**
 * Tesseract's Arabic model reads the Arabic comma, semicolon and question mark as their
 * Latin look-alikes; after an Arabic letter they are put back (، ؛ ؟).
 */
const ARABIC_BEFORE = /(?<=[\u0600-\u06FF][\u064B-\u0652]*)[,;?]/gu;
const ARABIC_PUNCTUATION: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };

export function arabicPunctuation(text: string): string {
  return text.replace(ARABIC_BEFORE, (p) => ARABIC_PUNCTUATION[p] ?? p);
}

/** Paragraphs no longer than this at a page's top or bottom may be running heads. */
const EDGE_CHARS = 120;

/**
 * One page as an OCR engine gives it (lines in reading order, a blank line between
 * paragraphs) made into paragraphs the way a text page's are: lines run on, hyphens mended,
 * presentation forms folded. With no positions to go by, a short first or last paragraph
 * is where a running head or page number would be.
 */
export function ocrParagraphs(pageText: string): PdfParagraph[] {
  const blocks = pageText
    .replace(/\r\n?|\f/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((l) => l.replace(/\s+/gu, ' ').trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
  const paragraphs: PdfParagraph[] = blocks.map((lines) => ({
    text: arabicPunctuation(cleanExtracted(lines.reduce((a, b) => joinLines(a, b)))).trim(),
    size: 1,
  }));
  const kept = paragraphs.filter((p) => p.text.length > 0);
  if (kept.length >= 2) {
    const first = kept[0] as PdfParagraph;
    const last = kept[kept.length - 1] as PdfParagraph;
    if (first.text.length <= EDGE_CHARS) first.edge = 'top';
    if (last.text.length <= EDGE_CHARS) last.edge = 'bottom';
  }
  return kept;
}
