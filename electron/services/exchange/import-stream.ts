import { createReadStream } from 'node:fs';
import type { ImportJobResult } from '../../../shared/contract/exchange';
import type { Document } from '../../../shared/domain/document';
import { codedError } from '../../../shared/error-text';
import { type Dataset, malformed } from '../../../shared/exchange/dataset';
import { parseDatasetLine } from '../../../shared/exchange/dataset-line';
import type { CorpusStore } from '../corpus/store';
import { throwIfCancelled } from '../jobs';
import { type ConflictPolicy, type DocumentRef, type ImportRun, checkStorable, importDocuments } from './import-dataset';

/**
 * Importing a JSONL export back without holding it: the file is read twice, one line (one
 * document) at a time. The first pass checks every line and keeps only each document's id,
 * title and hash, so conflicts are known and a bad line anywhere is refused before anything
 * is written. The second pass reads the lines again and writes them document by document.
 * Memory stays at about one document, whatever the size of the file.
 */

/** A numbered line of the file; reading starts again from the top on every call. */
export type LineSource = () => AsyncIterable<{ line: string; number: number }>;

/** The lines of a file on disk, decoded as strict UTF-8 (a byte-order mark is dropped). */
export function fileLines(path: string, fileName = path): LineSource {
  return async function* lines() {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    let pending = '';
    let number = 0;
    const decode = (bytes?: Buffer) => {
      try {
        return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
      } catch {
        throw codedError('invalid_input', 'errors.dataset.notUtf8', { file: fileName });
      }
    };
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      pending += decode(chunk as Buffer);
      let newline = pending.indexOf('\n');
      let from = 0;
      while (newline >= 0) {
        yield { line: pending.slice(from, newline), number: ++number };
        from = newline + 1;
        newline = pending.indexOf('\n', from);
      }
      pending = pending.slice(from);
    }
    pending += decode();
    if (pending !== '') yield { line: pending, number: ++number };
  };
}

/** The lines of a file already in memory (a file the renderer sent): nothing is copied. */
export function textLines(text: string): LineSource {
  return async function* lines() {
    const body = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let number = 0;
    for (let from = body; from < text.length;) {
      const newline = text.indexOf('\n', from);
      const end = newline < 0 ? text.length : newline;
      yield { line: text.slice(from, end), number: ++number };
      from = end + 1;
    }
  };
}

/** What the first pass learnt: enough to settle conflicts and show a preview, no texts. */
export interface LinesScan {
  fileName: string;
  documents: DocumentRef[];
  annotationCount: number;
  warnings: Dataset['warnings'];
}

/** The documents of the file in order, each checked; blank lines (a trailing newline) are allowed. */
async function* documentsOf(source: LineSource, fileName: string, warnings: Dataset['warnings']): AsyncGenerator<Document> {
  for await (const { line, number } of source()) {
    if (line.trim() === '') continue;
    yield parseDatasetLine(line, number, fileName, warnings);
  }
}

/**
 * The documents of a file, read again from the top on every call, each checked (and numbered
 * in its errors) by the reader of its format: a JSONL export line by line, a .json export
 * through a streaming JSON parser (import-json-stream.ts).
 */
export type DocumentSource = () => AsyncIterable<Document>;

/** A first pass's run: `keep` receives each document once checked (datasetReader spills them for the second pass). */
export interface ScanRun extends ImportRun {
  keep?(doc: Document): Promise<void>;
}

/**
 * First pass over any streamed export: every document checked, nothing written, only ids,
 * titles and hashes kept. Cancellable, with progress in document counts.
 */
export async function scanDocuments(
  documents: DocumentSource,
  fileName: string,
  warnings: Dataset['warnings'],
  run: ScanRun = {},
): Promise<LinesScan> {
  const refs: DocumentRef[] = [];
  const seen = new Set<string>();
  let annotationCount = 0;
  for await (const doc of documents()) {
    if (run.signal) throwIfCancelled(run.signal);
    if (seen.has(doc.id))
      throw malformed(`${fileName}: document ${refs.length + 1}`, 'errors.dataset.detail.duplicateDocument', { id: doc.id });
    seen.add(doc.id);
    checkStorable(doc, fileName, refs.length);
    refs.push({ id: doc.id, title: doc.title, contentHash: doc.contentHash });
    annotationCount += doc.annotations.length;
    await run.keep?.(doc);
    run.onProgress?.(refs.length, 0, doc.title);
  }
  return { fileName, documents: refs, annotationCount, warnings };
}

/** First pass over a JSONL export (see scanDocuments); a file without a document is refused. */
export async function scanDatasetLines(source: LineSource, fileName: string, run: ScanRun = {}): Promise<LinesScan> {
  const warnings: Dataset['warnings'] = [];
  const scan = await scanDocuments(() => documentsOf(source, fileName, warnings), fileName, warnings, run);
  if (scan.documents.length === 0) throw codedError('invalid_input', 'errors.dataset.empty', { file: fileName });
  return scan;
}

/**
 * Second pass: the documents read again and written one at a time through the store. A file
 * changed between the passes is refused (and what was written removed), never half-used.
 */
export async function importScannedDocuments(
  store: CorpusStore,
  documents: DocumentSource,
  scan: LinesScan,
  policy: ConflictPolicy,
  run: ImportRun = {},
): Promise<ImportJobResult> {
  const again = async function* (): AsyncGenerator<Document> {
    let index = 0;
    for await (const doc of documents()) {
      if (scan.documents[index]?.id !== doc.id || scan.documents[index]?.contentHash !== doc.contentHash) {
        throw malformed(`${scan.fileName}: document ${index + 1}`, 'errors.dataset.detail.fileChanged');
      }
      index++;
      yield doc;
    }
    if (index !== scan.documents.length) throw malformed(scan.fileName, 'errors.dataset.detail.fileChanged');
  };
  return importDocuments(store, scan.documents, again(), scan.warnings, policy, run);
}

/** Second pass over a JSONL export (see importScannedDocuments). */
export function importDatasetLines(
  store: CorpusStore,
  source: LineSource,
  scan: LinesScan,
  policy: ConflictPolicy,
  run: ImportRun = {},
): Promise<ImportJobResult> {
  return importScannedDocuments(store, () => documentsOf(source, scan.fileName, []), scan, policy, run);
}
