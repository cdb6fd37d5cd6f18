import { IsnadError } from '../../../../shared/errors';
import { describeSignature, kindValues } from '../../../../shared/import/decode';
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
import { cancelledByUser, codedText, importProblem } from '../../../../shared/error-text';
import { headlineOf } from '../../../../shared/import/lines';
import type { CodedText } from '../../../../shared/import/report';
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

/** Pages without a text layer, as a warning: the first twelve named, the rest counted. */
function pagesWithoutText(numbers: number[]): CodedText {
  return codedText('import.warning.pagesNoText', {
    count: numbers.length,
    pageList: numbers.slice(0, 12).join(' '),
    more: Math.max(0, numbers.length - 12),
  });
}

function cancelled(signal: AbortSignal, err: unknown): unknown {
  if (!signal.aborted || err instanceof ImportProblem || err instanceof IsnadError) return err;
  const reason: unknown = signal.reason;
  return reason instanceof ImportProblem || reason instanceof IsnadError ? reason : cancelledByUser();
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
      const kind = describeSignature(bytes);
      throw kind
        ? importProblem('damaged', 'errors.import.notPdfWhat', kindValues(kind))
        : importProblem('damaged', 'errors.import.notPdf');
    }
    const complete = endsProperly(bytes);
    try {
      const limits = pdfLimitsFromEnv();
      const reading = (done: number, total: number) => context.note?.(codedText('import.progress.pdfPage', { file: name, done, total }));
      const extracted = await withinStepTime({ file: name }, signal, (step) => extractPdf(bytes, limits, step.signal, reading));
      const warnings: CodedText[] = [];
      if (!complete) warnings.push(codedText('import.warning.pdfCutShort'));
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
          throw importProblem('scanned', 'errors.import.ocrCannotRun', { reason: readiness.reason, install: readiness.install });
        const note = (done: number, total: number) =>
          context.note?.(codedText('import.progress.ocrPage', { file: name, done: Math.min(done + 1, total), total }));
        const step: Step = (page, work) => withinStepTime({ file: name, page }, signal, (given) => work(given.signal));
        const result = await ocrPdf(bytes, extracted.sizes, engine, readiness, signal, note, step);
        pages = result.pages;
        assembled = assemblePages(pages);
        ocrInfo = { engine: result.engine, languages: result.languages, confidence: result.confidence };
        if (assembled.text.trim().length === 0) throw importProblem('empty', 'errors.import.ocrEmpty');
        warnings.push(
          result.confidence === null
            ? codedText('import.warning.ocrRead', { engine: result.engine })
            : codedText('import.warning.ocrReadConfidence', {
                engine: result.engine,
                confidence: Math.round(result.confidence * 100) / 100,
              }),
        );
      } else if (textPages < extracted.pageCount) {
        const blank = extracted.letters.flatMap((n, i) => (n < MIN_PAGE_LETTERS ? [i + 1] : []));
        warnings.push(pagesWithoutText(blank));
      }
      const publishedAt = pdfDate(extracted.info.creationDate);
      return {
        kind: 'articles',
        articles: [
          {
            text: assembled.text,
            // An OCR'd scan has no layout heading to go by: its first line titles it, as in a .txt file.
            title:
              pdfTitle(extracted.info.title) || assembled.heading || (ocrInfo ? headlineOf(assembled.text) : '') || titleFromName(name),
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
