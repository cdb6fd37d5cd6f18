import { z } from 'zod';
import { AnnotationOrigin, FigureAttributes, Id, QuoteAttributes, SpeakerAttributes, Verdict } from '../domain/annotation';
import { Direction, DocumentLink, Language, OcrInfo, Source } from '../domain/document';
import { AnnotationFilter } from './filter';

/**
 * The Isnad dataset export, version 1. `isnad-export.schema.json` beside this file is
 * generated from these schemas (`npm run schema`); a test keeps the two identical, and the
 * importer reads files back with them, so what we write and what we accept cannot drift.
 */
export const EXPORT_FORMAT = 'isnad-export';
export const EXPORT_VERSION = 1;
/** `start`/`end` everywhere: UTF-16 code units, JavaScript's string indexing. */
export const OFFSET_UNIT = 'utf16-code-unit';
/** `startCodePoint`/`endCodePoint` everywhere: Unicode code points, Python's str indexing. */
export const CODE_POINT_UNIT = 'unicode-code-point';

const Offset = z.number().int().nonnegative();

const spanFields = {
  start: Offset.meta({ description: 'Start in UTF-16 code units (JavaScript string index).' }),
  end: Offset.meta({ description: 'End (exclusive) in UTF-16 code units.' }),
  startCodePoint: Offset.meta({ description: 'Start in Unicode code points (Python str index).' }),
  endCodePoint: Offset.meta({ description: 'End (exclusive) in Unicode code points.' }),
};

const Page = z.number().int().positive();

const annotationFields = {
  id: Id,
  ...spanFields,
  page: Page.nullable()
    .optional()
    .meta({ description: 'The page (from 1) the annotation starts on, for a document made from a PDF; null for other documents.' }),
  text: z.string().min(1).meta({ description: 'Exactly the document text between the offsets.' }),
  prefix: z.string().meta({ description: 'Up to 32 code units of text just before the span.' }),
  suffix: z.string().meta({ description: 'Up to 32 code units of text just after the span.' }),
  verdict: Verdict,
  origin: AnnotationOrigin,
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: Id.optional().meta({
    description: 'Annotator id of who created the annotation (absent on annotations from before attribution).',
  }),
  updatedBy: Id.optional().meta({ description: 'Annotator id of who changed it last.' }),
  verdictBy: Id.optional().meta({ description: 'Annotator id of who last changed its verdict.' }),
  annotator: Id.optional().meta({
    description:
      'The layer the annotation comes from (an annotator id, or "curated"); set in exports of another layer than mine or of all layers.',
  }),
};

export const ExportedSpeakerRef = z
  .object({
    id: Id,
    name: z.string().meta({ description: 'The speaker’s name, following "same as" links to the earliest mention.' }),
  })
  .meta({ description: 'The speaker this quote is attributed to, by id and by name.' });
export type ExportedSpeakerRef = z.infer<typeof ExportedSpeakerRef>;

export const ExportedQuote = z.object({
  ...annotationFields,
  type: z.literal('quote'),
  attributes: QuoteAttributes.strict(),
  speaker: ExportedSpeakerRef.nullable(),
});
export const ExportedSpeaker = z.object({
  ...annotationFields,
  type: z.literal('speaker'),
  attributes: SpeakerAttributes.strict(),
  resolvedName: z.string().meta({ description: 'Name after following "same as" links to the earliest mention.' }),
});
export const ExportedFigure = z.object({ ...annotationFields, type: z.literal('figure'), attributes: FigureAttributes.strict() });

export const ExportedAnnotation = z.discriminatedUnion('type', [ExportedQuote, ExportedSpeaker, ExportedFigure]);
export type ExportedAnnotation = z.infer<typeof ExportedAnnotation>;

export const ExportedRegion = z.object({
  id: Id,
  ...spanFields,
  kind: z.string().max(40),
  label: z.string().max(300),
  excluded: z.boolean().meta({ description: 'Boilerplate left out of exports unless asked for.' }),
});
export type ExportedRegion = z.infer<typeof ExportedRegion>;

export const ExportedDocument = z.object({
  id: Id,
  title: z.string(),
  lang: Language,
  dir: Direction,
  source: Source.strict(),
  contentHash: z.string().meta({ description: 'sha256 (hex) of the UTF-8 text.' }),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().nonnegative(),
  length: Offset.meta({ description: 'Text length in UTF-16 code units.' }),
  lengthCodePoints: Offset.meta({ description: 'Text length in Unicode code points.' }),
  text: z.string().meta({ description: 'Normalized once on import (LF line ends, NFC); offsets index into it.' }),
  regions: z.array(ExportedRegion),
  links: z.array(DocumentLink.strict()),
  pages: z
    .array(z.object({ page: Page, start: Offset, startCodePoint: Offset }))
    .optional()
    .meta({
      description:
        'Documents made from a PDF: where each page starts, in both offset units (a page without text starts where the next one does).',
    }),
  ocr: OcrInfo.optional().meta({ description: 'Set when the text was read from a scan by OCR: check it against the original.' }),
  annotations: z.array(ExportedAnnotation),
  omittedAnnotations: z
    .number()
    .int()
    .nonnegative()
    .meta({ description: 'Annotations of this document left out by the export’s filter or excluded regions.' }),
});
export type ExportedDocument = z.infer<typeof ExportedDocument>;

export const ExportHeader = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  offsetUnit: z.literal(OFFSET_UNIT),
  codePointOffsetUnit: z.literal(CODE_POINT_UNIT),
  filter: AnnotationFilter.meta({ description: 'Which documents and annotations this export holds.' }),
  layer: Id.optional().meta({ description: 'Whose annotations: "mine", "curated", "all" or an annotator id (absent means mine).' }),
});
export type ExportHeader = z.infer<typeof ExportHeader>;

export const ExportFile = ExportHeader.extend({ documents: z.array(ExportedDocument) }).meta({
  title: 'Isnad dataset export',
  description: 'Documents with their text and the quotes, speakers and figures annotated in them.',
});
export type ExportFile = z.infer<typeof ExportFile>;

/** One line of a JSONL export: a document plus doccano's span form (code-point offsets). */
export const JsonlLine = ExportedDocument.extend({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  offsetUnit: z.literal(OFFSET_UNIT),
  codePointOffsetUnit: z.literal(CODE_POINT_UNIT),
  label: z
    .array(z.tuple([Offset, Offset, z.enum(['QUOTE', 'SPEAKER', 'FIGURE'])]))
    .meta({ description: 'doccano span form: [startCodePoint, endCodePoint, LABEL].' }),
});
export type JsonlLine = z.infer<typeof JsonlLine>;
