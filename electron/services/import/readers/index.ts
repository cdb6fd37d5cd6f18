import { extname } from 'node:path';
import { csvReader, jsonLinesReader, jsonReader } from './records';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { isnadExportReader } from './isnad-export';
import { pdfReader } from './pdf';
import { textReader } from './text';
import type { Reader, ReaderInput } from './types';
import { type ErrorMessageId, importProblem } from '../../../../shared/error-text';
import type { ImportProblem } from '../../../../shared/import/problems';

/** Every format import understands, in the order they are tried. Plug new formats in here. */
export const READERS: Reader[] = [isnadExportReader, textReader, htmlReader, docxReader, pdfReader, jsonReader, jsonLinesReader, csvReader];

export const SUPPORTED_EXTENSIONS = [...new Set(READERS.flatMap((r) => r.extensions))];

/** Formats people try that we do not read, with what to do instead. */
const ADVICE: Record<string, ErrorMessageId> = {
  '.doc': 'errors.import.advice.doc',
  '.rtf': 'errors.import.advice.rtf',
  '.odt': 'errors.import.advice.odt',
  '.xlsx': 'errors.import.advice.excel',
  '.xls': 'errors.import.advice.excel',
  '.pages': 'errors.import.advice.pages',
  '.mhtml': 'errors.import.advice.mhtml',
  '.webarchive': 'errors.import.advice.webarchive',
};

export function extensionOf(name: string): string {
  return extname(name.replace(/\\/g, '/')).toLowerCase();
}

export function isSupported(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extensionOf(name));
}

/** Why a file of this type is not imported, and what to save it as instead. */
export function unsupported(name: string): ImportProblem {
  const ext = extensionOf(name);
  const advice = Object.hasOwn(ADVICE, ext) ? ADVICE[ext] : undefined;
  if (advice) return importProblem('unsupported', advice);
  return importProblem('unsupported', 'errors.import.unsupportedType', { ext: ext || '(none)', supported: SUPPORTED_EXTENSIONS.join(' ') });
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
