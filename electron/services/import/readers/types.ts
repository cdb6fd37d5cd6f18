import type { ArticleDraft } from '../../../../shared/import/prepare';
import type { CodedText, FileOutcome, NeedsMapping } from '../../../../shared/import/report';
import type { FieldMapping } from '../../../../shared/import/records';
import type { CorpusStore } from '../../corpus/store';
import type { OcrEngine } from '../../ocr/engine';

export interface ReaderInput {
  /** The file's name as shown to the user; used for the title and the extension only. */
  name: string;
  bytes: Uint8Array;
  /** For record files: the user's field mapping, when they gave one. */
  mapping?: FieldMapping;
  /** For scans (PDFs without a text layer): read the pages with OCR instead of refusing them. */
  ocr?: boolean;
}

export interface ReaderContext {
  store: CorpusStore;
  signal: AbortSignal;
  /** Shows how far a long read has come beside the file's name ("OCR, page 3 of 12"). */
  note?: (step: string | CodedText) => void;
  /** The OCR engine to use instead of the default (Tesseract). */
  ocrEngine?: OcrEngine;
}

/** A record that could not become a document: where, why in English, and the why's catalog id. */
export type RecordFailure = FileOutcome['failures'][number];

export type ReaderResult =
  | {
      kind: 'articles';
      articles: ArticleDraft[];
      /** English, or named by a catalog message (shown in the reader's language). */
      warnings: Array<string | CodedText>;
      /** Records that could not become documents (JSON/JSONL/CSV). */
      failures?: RecordFailure[];
      mapping?: FieldMapping;
    }
  | { kind: 'needs-mapping'; needsMapping: NeedsMapping }
  /** A reader that stores what it reads itself (the dataset importer) reports the outcome directly. */
  | {
      kind: 'outcome';
      outcome: Pick<FileOutcome, 'status' | 'reason' | 'problem' | 'documents' | 'duplicates' | 'failures' | 'warnings' | 'warningCodes'>;
    };

/**
 * One file format. The pipeline picks a reader by extension; a reader with `claims` is asked
 * first and takes the file when its content says so (our own export inside a .json file).
 */
export interface Reader {
  format: string;
  extensions: string[];
  /** Readers of many documents per file (records) skip the same-file check; each record is checked. */
  manyDocuments?: boolean;
  /**
   * Writes to the corpus itself (import-back), all or nothing: the per-step time limit,
   * which abandons a step, is not applied to it; its own cancel rolls it back.
   */
  storesItself?: boolean;
  /**
   * Runs several steps of its own under the per-step time limit (PDF: reading the file, then
   * each page of OCR), instead of one limit on the whole read.
   */
  timesItself?: boolean;
  claims?(input: ReaderInput): boolean;
  read(input: ReaderInput, context: ReaderContext): Promise<ReaderResult>;
}
