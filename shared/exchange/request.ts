import { z } from 'zod';
import { AnnotationFilter } from './filter';
import { type ExportFormat, FORMAT_EXTENSIONS, SerializerOptions } from './options';
import { cutAtGrapheme, wellFormed } from '../text/graphemes';
import { Id } from '../domain/annotation';

/**
 * Whose annotations an export holds: `mine` (this copy's annotator, the default), `curated`
 * (adjudicated), one annotator's layer by id, or `all` layers, each annotation then naming
 * its layer (the CSV gets an `annotator` column).
 */
export const ExportLayer = Id.default('mine');

/** What to export and how: the one input shared by the contract, the CLI and other features. */
export const ExportRequest = SerializerOptions.extend({
  layer: ExportLayer,
  filter: AnnotationFilter.prefault({}),
});
export type ExportRequest = z.infer<typeof ExportRequest>;
export type ExportRequestInput = z.input<typeof ExportRequest>;

const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Text made safe as (part of) a file name on every system, at most `maxLength` long, or ''
 * if nothing is left. Arabic letters stay; only characters that break file systems or
 * reorder text (bidi controls) are dropped, and a leading dot, which would hide the file
 * on macOS and Linux.
 */
export function fileNamePart(text: string, maxLength: number): string {
  const clean = wellFormed(text)
    .replace(UNSAFE_FILE_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '');
  return cutAtGrapheme(clean, maxLength).trim();
}

/**
 * A file name that says what is inside: the date, then the document's title for a
 * one-document export, otherwise "isnad-export".
 */
export function exportFileName(format: ExportFormat, when: Date, singleTitle?: string): string {
  const stamp = when.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  const title = singleTitle === undefined ? '' : fileNamePart(singleTitle, 60);
  // Date first: after an Arabic title, the bidi algorithm would pull the digits into the
  // right-to-left run and show the date reversed beside it.
  const extension = FORMAT_EXTENSIONS[format];
  // "x.claimreview.jsonld", "x.spacy.jsonl": the format stays visible where the extension is shared.
  const kind = extension === format ? '' : `.${format}`;
  return `${stamp} ${title || 'isnad-export'}${kind}.${extension}`;
}
