import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { JSONParser } from '@streamparser/json';
import type { ImportJobResult } from '../../../shared/contract/exchange';
import type { Document } from '../../../shared/domain/document';
import { IsnadError } from '../../../shared/errors';
import { codedError } from '../../../shared/error-text';
import { type Dataset, checkDocument, checkHeader, notJson, schemaIssue } from '../../../shared/exchange/dataset';
import { ExportHeader, ExportedDocument } from '../../../shared/exchange/schema';
import type { CorpusStore } from '../corpus/store';
import type { ConflictPolicy, ImportRun } from './import-dataset';
import { type LinesScan, type ScanRun, importScannedDocuments, scanDocuments } from './import-stream';

/**
 * Importing a .json export back without holding it: a streaming JSON parser (@streamparser/json)
 * hands over one document of the `documents` array at a time and forgets it, so memory stays
 * at about one document whatever the size of the file (parsing it whole took 786 MB for
 * 100,000 annotations). As for a JSONL export (import-stream.ts, whose two passes and writer
 * this uses): the first pass checks every document and the header, the second writes.
 */

/**
 * The file's content in pieces, from the top on every call: bytes from disk, or slices of a
 * string already in memory. `whole` reads it all at once, only to place a syntax error by line
 * and column (a broken file is refused anyway; journalists need the line to fix it).
 */
export interface ChunkSource {
  (): AsyncIterable<Uint8Array | string>;
  whole(): Promise<string>;
}

const BOM = [0xef, 0xbb, 0xbf];

/** Where a multi-byte UTF-8 character cut by the end of `bytes` starts (bytes.length when none is cut). */
function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return size > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

/** A file on disk, checked to be UTF-8 as it is read (a byte-order mark is dropped). */
export function fileChunks(path: string, fileName = path, chunkBytes = 1 << 20): ChunkSource {
  return Object.assign(
    async function* chunks() {
      let carried: Buffer = Buffer.alloc(0);
      let first = true;
      for await (const read of createReadStream(path, { highWaterMark: chunkBytes })) {
        let chunk = carried.length > 0 ? Buffer.concat([carried, read as Buffer]) : (read as Buffer);
        if (first && BOM.every((b, i) => chunk[i] === b)) chunk = chunk.subarray(3);
        first = false;
        const whole = completeLength(chunk);
        carried = chunk.subarray(whole);
        const complete = chunk.subarray(0, whole);
        if (!isUtf8(complete)) throw codedError('invalid_input', 'errors.dataset.notUtf8', { file: fileName });
        yield complete;
      }
      if (carried.length > 0) throw codedError('invalid_input', 'errors.dataset.notUtf8', { file: fileName });
    },
    { whole: () => readFile(path, 'utf8') },
  );
}

/** A file the renderer sent as a string, in slices that never cut a surrogate pair (nothing is copied whole). */
export function textChunks(text: string, size = 1 << 20): ChunkSource {
  return Object.assign(
    async function* chunks() {
      for (let from = text.charCodeAt(0) === 0xfeff ? 1 : 0; from < text.length;) {
        let to = Math.min(text.length, from + size);
        const last = text.charCodeAt(to - 1);
        if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
        yield text.slice(from, to);
        from = to;
      }
    },
    { whole: async () => text },
  );
}

const HEADER_KEYS = Object.keys(ExportHeader.shape);

/** A header is checked as soon as its format is known (normally before the first document), else at the end. */
function checkedHeader(fields: Record<string, unknown>, fileName: string): ExportHeader {
  checkHeader(fields, fileName);
  const parsed = ExportHeader.safeParse(fields);
  if (!parsed.success) {
    throw schemaIssue(fileName, parsed.error.issues[0]);
  }
  return parsed.data;
}

/** One element of `documents`, checked as a whole .json export's documents are, in the store's shape. */
function exportedDocument(raw: unknown, index: number, fileName: string, warnings: Dataset['warnings']): Document {
  const parsed = ExportedDocument.safeParse(raw);
  if (!parsed.success) {
    throw schemaIssue(fileName, parsed.error.issues[0], ['documents', index]);
  }
  return checkDocument(parsed.data, `${fileName}: documents.${index}`, warnings);
}

/**
 * The documents of a .json export, one at a time, each checked; `found.header` is filled in
 * once the header is known and checked. A broken file is refused naming the document where
 * the JSON breaks.
 */
async function* exportDocuments(
  source: ChunkSource,
  fileName: string,
  warnings: Dataset['warnings'],
  found: { header?: ExportHeader },
): AsyncGenerator<Document> {
  const parser = new JSONParser({ paths: ['$.documents.*', ...HEADER_KEYS.map((key) => `$.${key}`)], keepStack: false });
  const fields: Record<string, unknown> = {};
  const ready: unknown[] = [];
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 2) ready.push(value);
    else if (typeof key === 'string') fields[key] = value;
  };
  let index = 0;
  let started = false;
  const broken = async (): Promise<IsnadError> => notJson(await source.whole(), fileName);
  for await (const chunk of source()) {
    if (!started) {
      const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      const opening = text.trimStart();
      if (opening === '') continue;
      if (!opening.startsWith('{')) {
        // Not an export either way: a JSON value of another kind, or not JSON at all (placed in this first piece).
        if (/^[["\d\-tfn]/.test(opening)) throw codedError('invalid_input', 'errors.dataset.notObject', { file: fileName });
        throw notJson(text, fileName);
      }
      started = true;
    }
    try {
      parser.write(chunk);
    } catch {
      throw await broken();
    }
    while (ready.length > 0) {
      if (!found.header && 'format' in fields) found.header = checkedHeader(fields, fileName);
      yield exportedDocument(ready.shift(), index++, fileName, warnings);
    }
  }
  if (!started) throw codedError('invalid_input', 'errors.dataset.empty', { file: fileName });
  try {
    // The parser ends by itself once the top-level object closes; only a file cut short is still open.
    if (!parser.isEnded) parser.end();
  } catch {
    throw await broken();
  }
  found.header ??= checkedHeader(fields, fileName);
}

/** What the first pass learnt about a .json export: its header too, for the preview. */
export interface JsonExportScan extends LinesScan {
  header: ExportHeader;
}

/** First pass: every document and the header checked, nothing written, no text kept. */
export async function scanJsonExport(source: ChunkSource, fileName: string, run: ScanRun = {}): Promise<JsonExportScan> {
  const warnings: Dataset['warnings'] = [];
  const found: { header?: ExportHeader } = {};
  const scan = await scanDocuments(() => exportDocuments(source, fileName, warnings, found), fileName, warnings, run);
  return { ...scan, header: found.header as ExportHeader };
}

/** Second pass: the documents read again and written one at a time, all or nothing. */
export function importJsonExport(
  store: CorpusStore,
  source: ChunkSource,
  scan: JsonExportScan,
  policy: ConflictPolicy,
  run: ImportRun = {},
): Promise<ImportJobResult> {
  return importScannedDocuments(store, () => exportDocuments(source, scan.fileName, [], {}), scan, policy, run);
}
