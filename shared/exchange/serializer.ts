import { csvDocument, csvOpening } from './csv';
import { jsonClosing, jsonDocument, jsonOpening } from './json';
import { jsonlDocument } from './jsonl';
import { type NeedsUrl, claimReviewWriter } from './claimreview';
import { conllDocument, conllOpening } from './conll';
import { missingOrganization, type SerializerOptions } from './options';
import { spacyDocument } from './spacy';
import { webAnnotationWriter } from './web-annotation';
import { codedError } from '../error-text';
import type { ExportHeader, ExportedDocument } from './schema';

export { EXPORT_FORMATS, ExportFormat, FORMAT_EXTENSIONS, SerializerOptions } from './options';

/** Writes one export format piece by piece: opening, each document, closing. */
export interface ExportSerializer {
  readonly extension: string;
  readonly contentType: string;
  opening(header: ExportHeader): string;
  /** The document's text, or its pieces in order (written one after the other, never joined: see web-annotation.ts). */
  document(doc: ExportedDocument, index: number): string | readonly string[];
  closing(documentCount: number): string;
  /** ClaimReview: reviewed claims left out because their fact-check has no published URL yet. */
  readonly needsUrl?: NeedsUrl[];
}

export function serializerFor(
  options: SerializerOptions & { layer?: string; annotatorNames?: ReadonlyMap<string, string> },
): ExportSerializer {
  switch (options.format) {
    case 'json':
      return {
        extension: 'json',
        contentType: 'application/json; charset=utf-8',
        opening: jsonOpening,
        document: jsonDocument,
        closing: jsonClosing,
      };
    case 'jsonl':
      return {
        extension: 'jsonl',
        contentType: 'application/jsonl; charset=utf-8',
        opening: () => '',
        document: jsonlDocument,
        closing: () => '',
      };
    case 'csv':
      return {
        extension: 'csv',
        contentType: 'text/csv; charset=utf-8',
        opening: () => csvOpening(options),
        document: (doc) => csvDocument(doc, options),
        closing: () => '',
      };
    case 'claimreview': {
      const problem = missingOrganization(options);
      if (problem || !options.organization)
        throw codedError('invalid_input', problem ?? 'errors.export.needsOrganization', undefined, 'organization');
      const writer = claimReviewWriter(options.organization);
      return { extension: 'jsonld', contentType: 'application/ld+json; charset=utf-8', ...writer };
    }
    case 'w3c':
      return { extension: 'jsonld', contentType: 'application/ld+json; charset=utf-8', ...webAnnotationWriter() };
    case 'conll':
      return {
        extension: 'conll',
        contentType: 'text/plain; charset=utf-8',
        opening: conllOpening,
        document: conllDocument,
        closing: () => '',
      };
    case 'spacy':
      return {
        extension: 'jsonl',
        contentType: 'application/jsonl; charset=utf-8',
        opening: () => '',
        document: spacyDocument,
        closing: () => '',
      };
  }
}

/** Everything in memory at once: for small exports and tests; large ones stream through the service. */
export function serializeAll(
  header: ExportHeader,
  documents: ExportedDocument[],
  options: SerializerOptions & { layer?: string; annotatorNames?: ReadonlyMap<string, string> },
): string {
  const serializer = serializerFor(options);
  const pieces = documents.flatMap((d, i) => serializer.document(d, i));
  return serializer.opening(header) + pieces.join('') + serializer.closing(documents.length);
}
