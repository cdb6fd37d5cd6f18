/**
 * OCR reads the text of a scanned page. Isnad talks to one engine through this interface
 * only, so the Tesseract command-line engine used today (./tesseract.ts) can be replaced by
 * a bundled one without touching import.
 */

export interface OcrPageRequest {
  /** A PDF file on disk. */
  pdfPath: string;
  /** 1-based page number. */
  page: number;
  /** Resolution to read the page at. */
  dpi: number;
  /** The engine's language codes, most likely first ("ara", "eng"). */
  languages: string[];
  signal: AbortSignal;
}

export interface OcrPageText {
  /** Plain text in reading order: lines of a paragraph on consecutive lines, a blank line between paragraphs. */
  text: string;
  /** Mean word confidence 0–1, or null when the engine gives none. */
  confidence: number | null;
}

export type OcrReadiness = { ready: true; engine: string; languages: string[] } | { ready: false; reason: string; install: string };

export interface OcrEngine {
  /** Whether the engine can run on this machine, with which languages; or what to install. */
  check(): Promise<OcrReadiness>;
  readPage(request: OcrPageRequest): Promise<OcrPageText>;
}

/** The languages Isnad asks for, Arabic first: newsroom scans are Arabic with English in them. */
export const OCR_LANGUAGES = ['ara', 'eng'];
