import type { Annotation, AnnotationOrigin, AnnotationType, Verdict } from '../../../shared/domain/annotation';
import type { Direction, DocumentLink, OcrInfo, Region, Source } from '../../../shared/domain/document';

/** What the store's document and annotation operations take. */
export interface NewDocument {
  /** Chosen by the caller when documents must link to each other before they exist (split pieces). */
  id?: string;
  title?: string;
  text: string;
  lang?: string;
  dir?: Direction;
  source?: Partial<Source>;
  regions?: Region[];
  links?: DocumentLink[];
  fingerprint?: string;
  /** Annotations carried over (a split document's); each must read the same in the new text. */
  annotations?: Annotation[];
  /** Where each page starts, for a document made from a PDF. */
  pages?: number[];
  ocr?: OcrInfo;
}

export interface NewAnnotation {
  documentId: string;
  id?: string;
  type: AnnotationType;
  start: number;
  end: number;
  text: string;
  attributes?: Record<string, unknown>;
  verdict?: Partial<Verdict>;
  origin?: AnnotationOrigin;
  expectedRevision?: number;
}

export interface AnnotationPatch {
  documentId: string;
  id: string;
  start?: number;
  end?: number;
  text?: string;
  attributes?: Record<string, unknown>;
  verdict?: Partial<Verdict>;
  expectedRevision?: number;
}

export interface DocumentPatch {
  id: string;
  title?: string;
  lang?: string;
  dir?: Direction;
  source?: Partial<Source>;
  regions?: Region[];
  links?: DocumentLink[];
  /** Replaces the tags; [] removes them all. */
  tags?: string[];
  expectedRevision?: number;
}
