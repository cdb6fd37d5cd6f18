import { IsnadError } from '../errors';
import { type ErrorMessageId, codedError, codedText } from '../error-text';
import type { ErrorValues } from '../errors';
import { issueClause } from '../input-errors';
import type { z } from 'zod';
import type { CodedText } from '../import/report';
import { locateJsonError } from '../import/json-position';
import type { Annotation } from '../domain/annotation';
import { documentMeta, type Document } from '../domain/document';
import { isNormalized } from '../text/normalize';
import { checkSpan, codePointMapper } from '../text/offsets';
import { pageAt, pagesIssue } from '../text/pages';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFile, type ExportHeader, type ExportedDocument } from './schema';

/** A dataset export read back and checked, in the store's own shape, ready to insert. */
export interface Dataset {
  header: ExportHeader;
  documents: Document[];
  annotationCount: number;
  /** Things fixed on the way in that the user should hear about. */
  warnings: Array<string | CodedText>;
}

/**
 * Where in the file (a JSON path, as the file writes it), and what is wrong there: a catalog
 * clause, so the refusal reads in the journalist's language with the place kept as written.
 */
export function malformed(where: string, detailId: ErrorMessageId, values: ErrorValues = {}): IsnadError {
  // The two places the streamed readers name in words ("export.jsonl, line 42: document.text",
  // "export.json: document 3") are said in the reader's words; a JSON path stays as written.
  const line = LINE_PLACE.exec(where);
  if (line)
    return codedError('invalid_input', 'errors.dataset.malformedLine', {
      ...values,
      file: line[1] ?? '',
      n: Number(line[2]),
      path: line[3] ?? '',
      detailId,
    });
  const document = DOCUMENT_PLACE.exec(where);
  if (document)
    return codedError('invalid_input', 'errors.dataset.malformedDocument', {
      ...values,
      file: document[1] ?? '',
      n: Number(document[2]),
      detailId,
    });
  return codedError('invalid_input', 'errors.dataset.malformed', { ...values, where, detailId });
}

/** "export.jsonl, line 42: document.annotations.3.end" (dataset-line.ts). */
const LINE_PLACE = /^(.*), line (\d+): (.+)$/su;
/** "export.json: document 3" (the streamed import's count, import-stream.ts). */
const DOCUMENT_PLACE = /^(.*): document (\d+)$/su;

/** The first zod issue of a record refused by the export's schema, at `path` in `file`, in the reader's language. */
export function schemaIssue(fileName: string, issue: z.core.$ZodIssue | undefined, path: readonly PropertyKey[] = []): IsnadError {
  if (!issue)
    return codedError('invalid_input', 'errors.dataset.schemaIssue', {
      file: fileName,
      path: '(root)',
      detailId: 'errors.input.invalid',
      field: '(root)',
    });
  const full = [...path, ...issue.path];
  // The clause names the place itself ("documents.0.title: missing…"): the sentence around it does not again.
  const clause = issueClause({ ...issue, path: full } as z.core.$ZodIssue);
  return codedError('invalid_input', 'errors.dataset.schemaIssue', {
    ...clause.values,
    file: fileName,
    path: full.map(String).join('.') || '(root)',
    detailId: clause.messageId,
  });
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const newline = text.indexOf('\n');
    const firstLine = newline < 0 ? text : text.slice(0, newline);
    try {
      const line = JSON.parse(firstLine) as { format?: unknown };
      if (line?.format === EXPORT_FORMAT) {
        throw codedError('invalid_input', 'errors.dataset.jsonl', { file: fileName });
      }
    } catch (inner) {
      if (inner instanceof IsnadError) throw inner;
    }
    throw notJson(text, fileName);
  }
}

/** Why text that JSON.parse refused is not JSON, by line and column (a file read whole or streamed). */
export function notJson(text: string, fileName: string): IsnadError {
  const place = locateJsonError(text);
  return codedError('invalid_input', 'errors.dataset.notJson', {
    file: fileName,
    line: place.line,
    column: place.column,
    detailId: place.problem,
    found: place.found,
  });
}

export function checkHeader(raw: unknown, fileName: string): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw codedError('invalid_input', 'errors.dataset.notObject', { file: fileName });
  }
  const { format, version } = raw as Record<string, unknown>;
  if (format === 'isnad-corpus') {
    throw codedError('invalid_input', 'errors.dataset.corpusIndex', { file: fileName });
  }
  if (format !== EXPORT_FORMAT) {
    throw codedError('invalid_input', 'errors.dataset.wrongFormat', { file: fileName, format: EXPORT_FORMAT });
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw codedError('invalid_input', 'errors.dataset.noVersion', { file: fileName });
  }
  if (version > EXPORT_VERSION) {
    throw codedError('unsupported_version', 'errors.dataset.newer', { file: fileName, version, supported: EXPORT_VERSION });
  }
}

/** Checks what the schema cannot: spans against the text, both offset units, ids, links. */
export function checkDocument(doc: ExportedDocument, where: string, warnings: Dataset['warnings']): Document {
  if (!isNormalized(doc.text)) throw malformed(`${where}.text`, 'errors.dataset.detail.notNormalized');
  const cp = codePointMapper(doc.text);
  if (doc.length !== doc.text.length || doc.lengthCodePoints !== cp(doc.text.length)) {
    throw malformed(`${where}.length`, 'errors.dataset.detail.lengthChanged');
  }
  const spanChecks = (what: string, s: { start: number; end: number; startCodePoint: number; endCodePoint: number }, text?: string) => {
    const problem = checkSpan(doc.text, s.start, s.end, text);
    if (problem) throw malformed(`${what}.${problem.field}`, problem.messageId, problem.values);
    if (cp(s.start) !== s.startCodePoint || cp(s.end) !== s.endCodePoint) {
      throw malformed(`${what}.startCodePoint`, 'errors.dataset.detail.codePoints', {
        startCodePoint: s.startCodePoint,
        endCodePoint: s.endCodePoint,
        start: s.start,
        end: s.end,
      });
    }
  };
  const regionIds = new Set<string>();
  doc.regions.forEach((r, i) => {
    if (regionIds.has(r.id)) throw malformed(`${where}.regions.${i}.id`, 'errors.dataset.detail.duplicateRegion', { id: r.id });
    regionIds.add(r.id);
    spanChecks(`${where}.regions.${i}`, r);
  });
  const pages = checkPages(doc, where, cp);
  const ids = new Set<string>();
  const speakers = new Set(doc.annotations.filter((a) => a.type === 'speaker').map((a) => a.id));
  const annotations: Annotation[] = doc.annotations.map((a, i) => {
    const at = `${where}.annotations.${i}`;
    if (ids.has(a.id)) throw malformed(`${at}.id`, 'errors.dataset.detail.duplicateAnnotation', { id: a.id });
    ids.add(a.id);
    spanChecks(at, a, a.text);
    if (doc.text.slice(a.start - a.prefix.length, a.start) !== a.prefix || doc.text.slice(a.end, a.end + a.suffix.length) !== a.suffix) {
      throw malformed(`${at}.prefix`, 'errors.dataset.detail.contextMismatch');
    }
    if (a.page !== undefined && a.page !== null && (!doc.pages || a.page !== pageAt(pages, a.start))) {
      throw malformed(`${at}.page`, 'errors.dataset.detail.wrongPage', {
        page: a.page,
        paged: doc.pages ? 'yes' : 'no',
        actual: doc.pages ? pageAt(pages, a.start) : 0,
      });
    }
    const { startCodePoint: _s, endCodePoint: _e, page: _p, ...stored } = a;
    const attributes = { ...a.attributes };
    const link = a.type === 'quote' ? 'speakerId' : a.type === 'speaker' ? 'sameAs' : null;
    const target = link ? (attributes as Record<string, string | null>)[link] : null;
    if (link && target && (!speakers.has(target) || target === a.id)) {
      // A filtered export may leave out the speaker a quote points at; a complete one may not.
      if (doc.omittedAnnotations === 0) throw malformed(`${at}.attributes.${link}`, 'errors.dataset.detail.noSpeaker', { target });
      (attributes as Record<string, string | null>)[link] = null;
      warnings.push(codedText('exchange.warning.linkCleared', { document: doc.id, annotation: a.id, link, target }));
    }
    if (stored.type === 'quote') {
      const { speaker: _speaker, ...quote } = stored;
      return { ...quote, attributes } as Annotation;
    }
    if (stored.type === 'speaker') {
      const { resolvedName: _name, ...speaker } = stored;
      return { ...speaker, attributes } as Annotation;
    }
    return { ...stored, attributes } as Annotation;
  });
  return {
    ...documentMeta(doc),
    text: doc.text,
    annotations,
    regions: doc.regions.map(({ startCodePoint: _s, endCodePoint: _e, ...r }) => r),
    // Rejected suggestions are working state of one corpus, not part of an export.
    rejectedSuggestions: [],
    links: doc.links,
    ...(doc.pages ? { pages } : {}),
  };
}

/** A document's page map: pages numbered from 1 in order, both offset units agreeing, fitting the text. */
function checkPages(doc: ExportedDocument, where: string, cp: (offset: number) => number): number[] {
  const pages = (doc.pages ?? []).map((p, i) => {
    if (p.page !== i + 1)
      throw malformed(`${where}.pages.${i}.page`, 'errors.dataset.detail.pageNumber', { page: p.page, expected: i + 1 });
    if (p.start > doc.text.length || cp(p.start) !== p.startCodePoint)
      throw malformed(`${where}.pages.${i}.startCodePoint`, 'errors.dataset.detail.pageStart', { page: p.page });
    return p.start;
  });
  const problem = doc.pages ? pagesIssue(doc.text, pages) : null;
  if (problem) throw malformed(`${where}.pages`, problem.id as ErrorMessageId, problem.values);
  return pages;
}

/**
 * Reads a .json export completely and checks every record before anything is written, so a
 * malformed record at the end of a corpus-wide file cannot leave the corpus half-imported.
 */
export function parseDataset(text: string, fileName = 'the file'): Dataset {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw codedError('invalid_input', 'errors.dataset.empty', { file: fileName });
  const raw = parseJson(body, fileName);
  checkHeader(raw, fileName);
  const parsed = ExportFile.safeParse(raw);
  if (!parsed.success) {
    throw schemaIssue(fileName, parsed.error.issues[0]);
  }
  const { documents: exported, ...header } = parsed.data;
  const warnings: Dataset['warnings'] = [];
  const seen = new Set<string>();
  const documents = exported.map((doc, i) => {
    if (seen.has(doc.id)) throw malformed(`${fileName}: documents.${i}.id`, 'errors.dataset.detail.duplicateDocument', { id: doc.id });
    seen.add(doc.id);
    return checkDocument(doc, `${fileName}: documents.${i}`, warnings);
  });
  const annotationCount = documents.reduce((n, d) => n + d.annotations.length, 0);
  return { header, documents, annotationCount, warnings };
}
