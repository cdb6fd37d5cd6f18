import { extname } from 'node:path';
import { csvReader, jsonLinesReader, jsonReader } from './records';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { isnadExportReader } from './isnad-export';
import { pdfReader } from './pdf';
import { textReader } from './text';
import type { Reader, ReaderInput } from './types';

/** Every format import understands, in the order they are tried. Plug new formats in here. */
export const READERS: Reader[] = [isnadExportReader, textReader, htmlReader, docxReader, pdfReader, jsonReader, jsonLinesReader, csvReader];

export const SUPPORTED_EXTENSIONS = [...new Set(READERS.flatMap((r) => r.extensions))];

/** Formats people try that we do not read, with what to do instead. */
const ADVICE: Record<string, string> = {
  '.doc': 'old Word .doc files are not supported; save the document as .docx',
  '.rtf': 'RTF is not supported; save the document as .docx or .txt',
  '.odt': 'OpenDocument text is not supported; save the document as .docx',
  '.xlsx': 'Excel workbooks are not supported; save the sheet as .csv (UTF-8)',
  '.xls': 'Excel workbooks are not supported; save the sheet as .csv (UTF-8)',
  '.pages': 'Pages documents are not supported; export the document as .docx',
  '.mhtml': 'MHTML archives are not supported; save the page as "Web page, HTML only"',
  '.webarchive': 'Safari web archives are not supported; save the page as "Page Source" (.html)',
};

export function extensionOf(name: string): string {
  return extname(name.replace(/\\/g, '/')).toLowerCase();
}

export function isSupported(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extensionOf(name));
}

export function unsupportedReason(name: string): string {
  const ext = extensionOf(name);
  return ADVICE[ext] ?? `unsupported file type "${ext || '(none)'}" (Isnad imports ${SUPPORTED_EXTENSIONS.join(' ')})`;
}

/** The format a file's name promises, before its content is read (for the report). */
export function formatForName(name: string): string {
  const ext = extensionOf(name);
  return READERS.find((r) => r.extensions.includes(ext) && !r.claims)?.format ?? (ext.slice(1) || 'file');
}

/** The reader for a file, asked by content where a reader claims its files (our export in .json). */
export function readerFor(input: ReaderInput): Reader | null {
  const ext = extensionOf(input.name);
  const candidates = READERS.filter((r) => r.extensions.includes(ext));
  return candidates.find((r) => r.claims?.(input)) ?? candidates.find((r) => !r.claims) ?? null;
}
