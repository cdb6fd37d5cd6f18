import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ImportJobResult } from '../../../shared/contract/exchange';
import { looksLikeJsonl } from '../../../shared/exchange/dataset-line';
import { malformed } from '../../../shared/exchange/dataset';
import type { ExportHeader } from '../../../shared/exchange/schema';
import type { CorpusStore } from '../corpus/store';
import type { ConflictPolicy, ImportRun } from './import-dataset';
import { type ChunkSource, fileChunks, scanJsonExport, textChunks } from './import-json-stream';
import { type LineSource, type LinesScan, fileLines, importScannedDocuments, scanDatasetLines, textLines } from './import-stream';
import { Spill } from './spill';

/**
 * The one way an export is read back, for the app's import dialog, browser mode and
 * `isnad import` alike: which reader the file needs (JSONL line by line, or a .json export
 * through the streaming parser), and the two passes. The first pass checks every document
 * and keeps each one, checked, in a spill file of one JSON line per document; the second
 * writes from that file. Reading the spill back is one native JSON.parse a document, where
 * reading the export again ran the whole check (and for a .json export the JavaScript
 * streaming parser) a second time. Memory stays at about one document either way.
 */

export type DatasetKind = 'jsonl' | 'json';

/** The export on disk (CLI, browser-mode upload), or the text the import dialog sent. */
export type DatasetSource = { fileName: string; path: string } | { fileName: string; text: string };

/** What the first pass learnt; a .json export's header too, for the preview. */
export interface DatasetScan extends LinesScan {
  header?: ExportHeader;
}

export interface DatasetReader {
  readonly kind: DatasetKind;
  /** First pass: every document checked and kept aside, nothing written; no text held. */
  scan(run?: ImportRun): Promise<DatasetScan>;
  /** Second pass: the documents checked by `scan` written one at a time, all or nothing. */
  write(store: CorpusStore, scan: DatasetScan, policy: ConflictPolicy, run?: ImportRun): Promise<ImportJobResult>;
  /** Removes what the first pass kept aside; after a write, or when the import is abandoned. */
  discard(): Promise<void>;
}

/** The start of a file, enough to see whether its first line is a whole JSONL document. */
async function opening(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return new TextDecoder('utf-8').decode(bytes.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * A JSONL export by content (also one saved under a .json name), or by its name when the
 * content says neither (so its errors are told by line); anything else is read as a .json export.
 */
export async function datasetKind(source: DatasetSource): Promise<DatasetKind> {
  const start = 'text' in source ? source.text : await opening(source.path);
  if (looksLikeJsonl(start)) return 'jsonl';
  return ['.jsonl', '.ndjson'].includes(extname(source.fileName).toLowerCase()) ? 'jsonl' : 'json';
}

/** Size and time of change: a file that differs in either between the passes was changed. */
async function fingerprint(source: DatasetSource): Promise<string> {
  if ('text' in source) return '';
  const info = await stat(source.path);
  return `${info.size}:${info.mtimeMs}`;
}

export function datasetReader(kind: DatasetKind, source: DatasetSource): DatasetReader {
  const { fileName } = source;
  let spill: Spill | null = null;
  let seen = '';
  return {
    kind,
    async scan(run = {}) {
      await spill?.discard();
      const kept = await Spill.create();
      spill = kept;
      try {
        seen = await fingerprint(source);
        const keep = { keep: (doc: Parameters<Spill['add']>[0]) => kept.add(doc) };
        let scan: DatasetScan;
        if (kind === 'jsonl') {
          const lines: LineSource = 'text' in source ? textLines(source.text) : fileLines(source.path, fileName);
          scan = await scanDatasetLines(lines, fileName, { ...run, ...keep });
        } else {
          const chunks: ChunkSource = 'text' in source ? textChunks(source.text) : fileChunks(source.path, fileName);
          scan = await scanJsonExport(chunks, fileName, { ...run, ...keep });
        }
        await kept.finish();
        return scan;
      } catch (err) {
        await kept.discard();
        throw err;
      }
    },
    async write(store, scan, policy, run = {}) {
      if (!spill) throw new Error('datasetReader: write before scan');
      // What is written is what was checked (the spill), but the journalist previewed this
      // file: one changed since (edited, replaced) is refused rather than silently not read.
      if ((await fingerprint(source)) !== seen) throw malformed(fileName, 'errors.dataset.detail.fileChanged');
      return importScannedDocuments(store, spill.documents(), scan, policy, run);
    },
    async discard() {
      await spill?.discard();
      spill = null;
    },
  };
}
