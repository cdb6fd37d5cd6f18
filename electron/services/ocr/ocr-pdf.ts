import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ocrParagraphs } from '../../../shared/pdf/ocr-text';
import type { PdfParagraph } from '../../../shared/pdf/paragraphs';
import { OCR_LANGUAGES, type OcrEngine } from './engine';

export interface OcrResult {
  pages: PdfParagraph[][];
  engine: string;
  languages: string[];
  confidence: number | null;
}

/** 300 dpi is what Tesseract reads best; a huge page is read at less, so its image stays bounded. */
const DPI = 300;
const MAX_PIXELS = 40_000_000;

export function dpiFor(size: { width: number; height: number }): number {
  const inches = (Math.max(1, size.width) / 72) * (Math.max(1, size.height) / 72);
  return Math.max(50, Math.min(DPI, Math.floor(Math.sqrt(MAX_PIXELS / inches))));
}

/**
 * Reads every page of a scanned PDF with the OCR engine, one page at a time, reporting each
 * page done. The file is written to a private temp folder for the engine and removed after.
 */
/** Runs one step (a page) under the import's time limit; by default, with no limit but the signal. */
export type Step = <T>(page: number, work: (signal: AbortSignal) => Promise<T>) => Promise<T>;

export async function ocrPdf(
  bytes: Uint8Array,
  sizes: Array<{ width: number; height: number }>,
  engine: OcrEngine,
  ready: { engine: string; languages: string[] },
  signal: AbortSignal,
  onPage: (done: number, total: number) => void,
  step: Step = (_page, work) => work(signal),
): Promise<OcrResult> {
  const languages = OCR_LANGUAGES.filter((l) => ready.languages.includes(l));
  const dir = await mkdtemp(join(tmpdir(), 'isnad-scan-'));
  try {
    const pdfPath = join(dir, 'scan.pdf');
    await writeFile(pdfPath, bytes);
    const pages: PdfParagraph[][] = [];
    let sum = 0;
    let scored = 0;
    onPage(0, sizes.length);
    for (let i = 0; i < sizes.length; i++) {
      signal.throwIfAborted();
      const dpi = dpiFor(sizes[i] as { width: number; height: number });
      const page = await step(i + 1, (pageSignal) => engine.readPage({ pdfPath, page: i + 1, dpi, languages, signal: pageSignal }));
      pages.push(ocrParagraphs(page.text));
      if (page.confidence !== null) {
        sum += page.confidence;
        scored++;
      }
      onPage(i + 1, sizes.length);
    }
    return { pages, engine: ready.engine, languages, confidence: scored ? Math.round((sum / scored) * 1000) / 1000 : null };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
