import { IsnadError } from '../../../../shared/errors';
import { describeSignature } from '../../../../shared/import/decode';
import { ImportProblem } from '../../../../shared/import/problems';
import { type AssembledText, assemblePages } from '../../../../shared/pdf/assemble';
import type { PdfParagraph } from '../../../../shared/pdf/paragraphs';
import { pdfDate, pdfTitle, unreadableShare } from '../../../../shared/pdf/metadata';
import type { OcrEngine } from '../../ocr/engine';
import { type Step, ocrPdf } from '../../ocr/ocr-pdf';
import { withinStepTime } from '../limits';
import { TesseractEngine } from '../../ocr/tesseract';
import { type ExtractedPdf, extractPdf } from '../pdf/extract';
import { pdfLimitsFromEnv } from '../pdf/limits';
import { titleFromName } from './text';
import type { Reader, ReaderContext } from './types';
import { importProblem } from '../../../../shared/error-text';
import type { ErrorValues } from '../../../../shared/errors';

/** A page with fewer letters than this has no text layer worth the name (a scan, maybe with a stamp). */
const MIN_PAGE_LETTERS = 30;

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk (the spec allows 1024 bytes).
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-');
}

/** A complete PDF ends with %%EOF (give or take trailing white space or junk). */
function endsProperly(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 2048));
  return tail.includes('%%EOF');
}

function pageList(numbers: number[]): string {
  if (numbers.length > 12) return `${numbers.slice(0, 12).join(', ')} and ${numbers.length - 12} more`;
  return numbers.join(', ');
}

function cancelled(signal: AbortSignal, err: unknown): unknown {
  if (!signal.aborted || err instanceof ImportProblem || err instanceof IsnadError) return err;
  const reason: unknown = signal.reason;
  return reason instanceof ImportProblem || reason instanceof IsnadError ? reason : new IsnadError('cancelled', 'cancelled by the user');
}

/** Made per file: where Tesseract is (ISNAD_TESSERACT) may change while the app runs. */
function engineOf(context: ReaderContext): OcrEngine {
  return context.ocrEngine ?? new TesseractEngine();
}

/** Why a scan is not imported, and what to do: run OCR here, or install it first. */
async function scannedProblem(extracted: ExtractedPdf, engine: OcrEngine, garbled: number | null): Promise<ImportProblem> {
  const what: ErrorValues = garbled === null ? { pages: extracted.pageCount } : { percent: Math.round(garbled * 100) };
  const readiness = await engine.check().catch((err: unknown) => ({ ready: false as const, reason: String(err), install: '' }));
  if (readiness.ready) return importProblem('scanned', garbled === null ? 'errors.import.pdfScanOcr' : 'errors.import.pdfGarbledOcr', what);
  const advice = { reason: readiness.reason, install: readiness.install };
  return importProblem('scanned', garbled === null ? 'errors.import.pdfScanNoOcr' : 'errors.import.pdfGarbledNoOcr', {
    ...what,
    ...advice,
  });
}

/**
 * PDFs: text pages are laid out by shared/pdf (reading order, paragraphs, running heads as
 * regions) with each page's start kept; a scan is refused with the reason, or read with OCR
 * when the import asked for it. Nothing is stored from a PDF that cannot be read.
 */
export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['.pdf'],
  timesItself: true,
  async read({ name, bytes, ocr }, context) {
    const { signal } = context;
    if (!isPdf(bytes)) {
      const what = describeSignature(bytes);
      throw what ? importProblem('damaged', 'errors.import.notPdfWhat', { what }) : importProblem('damaged', 'errors.import.notPdf');
    }
    const complete = endsProperly(bytes);
    try {
      const limits = pdfLimitsFromEnv();
      const reading = (done: number, total: number) => context.note?.(`page ${done} of ${total}`);
      const extracted = await withinStepTime(`reading ${name}`, signal, (step) => extractPdf(bytes, limits, step, reading));
      const warnings: string[] = [];
      if (!complete)
        warnings.push(
          'the PDF seems cut short (it has no end-of-file marker): compare the text with the original, some of it may be missing',
        );
      let pages: PdfParagraph[][] = extracted.pages;
      let assembled: AssembledText = assemblePages(pages);
      const textPages = extracted.letters.filter((n) => n >= MIN_PAGE_LETTERS).length;
      const garbled = unreadableShare(assembled.text);
      let ocrInfo: { engine: string; languages: string[]; confidence: number | null } | undefined;
      if (textPages === 0 || garbled > 0.25) {
        const engine = engineOf(context);
        if (!ocr) throw await scannedProblem(extracted, engine, textPages === 0 ? null : garbled);
        const readiness = await engine.check();
        if (!readiness.ready)
          throw new ImportProblem('scanned', `OCR cannot run: ${readiness.reason}. To install it: ${readiness.install}`);
        const note = (done: number, total: number) => context.note?.(`OCR, page ${Math.min(done + 1, total)} of ${total}`);
        const step: Step = (what, work) => withinStepTime(`${what} of ${name}`, signal, work);
        const result = await ocrPdf(bytes, extracted.sizes, engine, readiness, signal, note, step);
        pages = result.pages;
        assembled = assemblePages(pages);
        ocrInfo = { engine: result.engine, languages: result.languages, confidence: result.confidence };
        if (assembled.text.trim().length === 0) throw importProblem('empty', 'errors.import.ocrEmpty');
        warnings.push(
          `the text was read by OCR (${result.engine}${result.confidence === null ? '' : `, ${Math.round(result.confidence * 100)}% confidence`}): check it against the scan`,
        );
      } else if (textPages < extracted.pageCount) {
        const blank = extracted.letters.flatMap((n, i) => (n < MIN_PAGE_LETTERS ? [i + 1] : []));
        warnings.push(
          `page${blank.length === 1 ? '' : 's'} ${pageList(blank)} ha${blank.length === 1 ? 's' : 've'} no text layer (scanned or blank): their text is not imported`,
        );
      }
      const publishedAt = pdfDate(extracted.info.creationDate);
      return {
        kind: 'articles',
        articles: [
          {
            text: assembled.text,
            title: pdfTitle(extracted.info.title) || assembled.heading || titleFromName(name),
            source: { author: extracted.info.author.trim().slice(0, 300), ...(publishedAt ? { publishedAt } : {}) },
            regions: assembled.regions,
            pages: assembled.pages,
            ...(ocrInfo ? { ocr: ocrInfo } : {}),
          },
        ],
        warnings,
      };
    } catch (err) {
      const problem = cancelled(signal, err);
      if (!complete && problem instanceof ImportProblem && problem.kind === 'damaged') {
        // pdf.js's own words, without the advice of the inner message: this one gives its own.
        const detail = /\(([^()]+)\)/.exec(problem.message)?.[1];
        throw detail
          ? importProblem('damaged', 'errors.import.pdfTruncatedDetail', { detail })
          : importProblem('damaged', 'errors.import.pdfTruncated');
      }
      throw problem;
    }
  },
};
