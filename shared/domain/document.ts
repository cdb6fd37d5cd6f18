import { z } from 'zod';
import { Annotation, Id } from './annotation';
import { checked, dateIssue, urlIssue } from './dates';
import { RejectedSuggestion } from './suggestion';

import { Direction } from '../text/direction';
import { checkReason } from '../error-text';

/** Text direction belongs to the text layer; re-exported for the document schema's users. */
export { Direction };

/** BCP-47 primary language subtag ("ar", "en", "fa", "he"…) or "und" when unknown. */
export const Language = z.string().regex(/^[a-z]{2,3}$/, checkReason('errors.check.languageCode'));

export const Source = z.object({
  outlet: z.string().max(300).default(''),
  url: z.string().max(4_000).default(''),
  publishedAt: z.string().max(40).default(''),
  author: z.string().max(300).default(''),
  /** The imported file's name (its path inside a dropped folder), when it came from a file. */
  file: z.string().max(1_000).optional(),
  /** sha256 of the imported file's original bytes, before decoding and normalization. */
  originalHash: z.string().max(80).optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * The source fields as a journalist or an import writes them: the date must be a real day
 * (not 2024-02-30) and the URL a web address. Stored documents are read with `Source`, so
 * one written before these checks still opens.
 */
export const CheckedSource = z.object({
  outlet: z.string().max(300),
  url: checked(z.string().max(4_000), urlIssue),
  publishedAt: checked(z.string().max(40), (v) => dateIssue(v)),
  author: z.string().max(300),
});

/** Some of the source's editable fields, each checked; the others are left alone. */
export const SourcePatch = CheckedSource.partial();

/** A stretch of the text with a structural role, e.g. a "read also" block found on import. */
export const Region = z.object({
  id: Id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.string().max(40),
  label: z.string().max(300).default(''),
  /** Excluded regions are skipped by suggestions and exports. */
  excluded: z.boolean().default(true),
});
export type Region = z.infer<typeof Region>;

export const DocumentLink = z.object({
  documentId: Id,
  relation: z.string().max(40),
});
export type DocumentLink = z.infer<typeof DocumentLink>;

/** A text read from images by OCR: the journalist should check it against the scan. */
export const OcrInfo = z.object({
  /** Engine and version, e.g. "Tesseract 5.3.0". */
  engine: z.string().max(100),
  /** The engine's language codes, e.g. ["ara", "eng"]. */
  languages: z.array(z.string().max(20)).max(10),
  /** Mean word confidence, 0–1, when the engine reports one. */
  confidence: z.number().min(0).max(1).nullable(),
});
export type OcrInfo = z.infer<typeof OcrInfo>;

export const AnnotationCounts = z.object({
  quote: z.number().int().nonnegative(),
  speaker: z.number().int().nonnegative(),
  figure: z.number().int().nonnegative(),
});
export type AnnotationCounts = z.infer<typeof AnnotationCounts>;

export const MAX_TAGS = 50;
export const MAX_TAG_CHARS = 40;

/**
 * A tag as typed: trimmed, inner spaces collapsed, NFC. One line of letters, digits and
 * punctuation; no commas (the CLI and the tag box separate tags with them) and no control
 * or invisible formatting characters, which would make two tags look alike.
 */
export const Tag = z
  .string()
  .transform((t) => t.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'a tag cannot be empty')
      .max(MAX_TAG_CHARS, `a tag has at most ${MAX_TAG_CHARS} characters`)
      .refine((t) => !/[,،\p{Cc}\p{Cf}]/u.test(t), checkReason('errors.check.tagCharacters')),
  );

/** The tags a document gets: each checked, the same tag (ignoring case) kept once, in the order given. */
export const TagList = z
  .array(Tag)
  .max(MAX_TAGS, `at most ${MAX_TAGS} tags`)
  .transform((tags) => tags.filter((t, i) => tags.findIndex((u) => u.toLocaleLowerCase() === t.toLocaleLowerCase()) === i));

/** An earlier version of a document's text (docs/STORAGE.md, "Versions"). */
export const VersionInfo = z.object({
  version: z.number().int().positive(),
  contentHash: z.string().max(100),
  /** When this version's text came in (the document's createdAt for version 1). */
  importedAt: z.string().max(40),
  /** When a newer version replaced it. */
  replacedAt: z.string().max(40),
  length: z.number().int().nonnegative(),
  url: z.string().max(4_000).default(''),
});
export type VersionInfo = z.infer<typeof VersionInfo>;

const documentFields = {
  id: Id,
  title: z.string(),
  lang: Language,
  dir: Direction,
  source: Source,
  /** sha256 of the normalized text, used to skip duplicates. */
  contentHash: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Increases with every stored change to the document or its annotations. */
  revision: z.number().int().nonnegative(),
  /** SimHash of the text without boilerplate (shared/import/fingerprint), for near-duplicates. */
  fingerprint: z.string().max(64).optional(),
  /** Set when the text was read from images by OCR ("OCR: check the text"). */
  ocr: OcrInfo.optional(),
  /** The journalist's labels for sorting the library ("elections", "غزة"); see `Tag`. */
  tags: z.array(z.string().max(MAX_TAG_CHARS)).max(MAX_TAGS).optional(),
  /** Set while the document is in the trash: out of the library, search and counts until restored. */
  deletedAt: z.string().max(40).optional(),
  /** Who moved it to the trash (an annotator id). */
  deletedBy: z.string().max(80).optional(),
  /** The number of the text's version (absent: 1, never re-imported as a new version). */
  version: z.number().int().positive().optional(),
  /** Earlier versions, oldest first; their texts are in versions/<id>/<n>.json. */
  versions: z.array(VersionInfo).max(10_000).optional(),
};

export const DocumentSummary = z.object({
  ...documentFields,
  /** Length of the text in UTF-16 code units. */
  length: z.number().int().nonnegative(),
  counts: AnnotationCounts,
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const Document = z.object({
  ...documentFields,
  /** Normalized once on import (LF line ends, NFC) and never changed afterwards. */
  text: z.string(),
  annotations: z.array(Annotation),
  regions: z.array(Region).default([]),
  links: z.array(DocumentLink).default([]),
  /**
   * Documents made from a PDF: where each page starts (UTF-16 code units into the text,
   * non-decreasing, one entry per page); see shared/text/pages.ts.
   */
  pages: z.array(z.number().int().nonnegative()).max(100_000).optional(),
  /** Suggestions the journalist rejected, so they do not come back (matched by type, span and text). */
  rejectedSuggestions: z.array(RejectedSuggestion).default([]),
});
export type Document = z.infer<typeof Document>;

export type DocumentMeta = Pick<
  Document,
  'id' | 'title' | 'lang' | 'dir' | 'source' | 'contentHash' | 'createdAt' | 'updatedAt' | 'revision' | 'ocr'
>;

/**
 * The fields a document shows to the world (summaries, exports, datasets), named one by
 * one so an internal field added to Document (fingerprint, links) never leaks out by itself.
 */
export function documentMeta(doc: DocumentMeta): DocumentMeta {
  const { id, title, lang, dir, source, contentHash, createdAt, updatedAt, revision, ocr } = doc;
  return { id, title, lang, dir, source, contentHash, createdAt, updatedAt, revision, ...(ocr ? { ocr } : {}) };
}
