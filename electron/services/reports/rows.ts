import type { AnnotationListRow } from '../../../shared/contract/search';
import { codePointMapper } from '../../../shared/text/offsets';

/**
 * One annotation as every report and export shows it. Offsets are given in UTF-16 code
 * units (JavaScript) and in Unicode code points (Python), with the exact text and its
 * context, so a reader can re-find the span without Isnad.
 */
export interface ReportRow {
  documentId: string;
  documentTitle: string;
  outlet: string;
  publishedAt: string;
  annotationId: string;
  type: string;
  text: string;
  speaker: string;
  detail: string;
  verdict: string;
  note: string;
  evidence: string[];
  checkedBy: string;
  checkedAt: string;
  startUtf16: number;
  endUtf16: number;
  startCodePoint: number;
  endCodePoint: number;
  prefix: string;
  suffix: string;
}

/** `texts` holds each document's text, needed for code-point offsets. */
export function reportRows(rows: AnnotationListRow[], texts: Map<string, string>): ReportRow[] {
  const mappers = new Map<string, (offset: number) => number>();
  const mapperFor = (id: string) => {
    let mapper = mappers.get(id);
    if (!mapper) {
      mapper = codePointMapper(texts.get(id) ?? '');
      mappers.set(id, mapper);
    }
    return mapper;
  };
  return rows.map((row) => {
    const toCodePoint = mapperFor(row.documentId);
    return {
      documentId: row.documentId,
      documentTitle: row.documentTitle,
      outlet: row.outlet,
      publishedAt: row.publishedAt,
      annotationId: row.id,
      type: row.type,
      text: row.text,
      speaker: row.speakerName,
      detail: row.detail,
      verdict: row.verdict.status,
      note: row.verdict.note,
      evidence: row.verdict.evidence,
      checkedBy: row.verdict.checkedBy,
      checkedAt: row.verdict.checkedAt,
      startUtf16: row.start,
      endUtf16: row.end,
      startCodePoint: toCodePoint(row.start),
      endCodePoint: toCodePoint(row.end),
      prefix: row.prefix,
      suffix: row.suffix,
    };
  });
}
