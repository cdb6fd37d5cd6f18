import { IsnadError } from '../../../shared/contract/errors';
import type { ReportFile } from '../../../shared/contract/search';
import { type AnnotationFilter, describeFilter } from '../../../shared/search/filter';
import type { ServiceContext } from '../api/context';
import type { CorpusStore } from '../corpus/store';
import { toCsv } from './csv';
import { saveReport } from './files';
import { type ReportRow, reportRows } from './rows';

/** Each document's text, read once, for code-point offsets. */
export async function loadTexts(store: CorpusStore, documentIds: Iterable<string>): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const id of new Set(documentIds)) {
    const doc = await store.getDocument(id).catch(() => null);
    if (doc) texts.set(id, doc.text);
  }
  return texts;
}

export function offsetsNote(): { unit: string; alsoCodePoints: string } {
  return {
    unit: 'start/end are UTF-16 code units into the document text (JavaScript string indexes)',
    alsoCodePoints: 'startCodePoint/endCodePoint are Unicode code points (Python str indexes)',
  };
}

export function annotationsJson(rows: ReportRow[], filterDescription: string): string {
  return `${JSON.stringify({ format: 'isnad-annotations', version: 1, filter: filterDescription, offsets: offsetsNote(), annotations: rows }, null, 2)}\n`;
}

/**
 * "Export these" for the annotations table. Kept apart so the export feature's own
 * writer can replace it without touching the table.
 */
export async function exportAnnotations(
  ctx: ServiceContext,
  filter: AnnotationFilter,
  format: 'csv' | 'json',
): Promise<ReportFile> {
  const rows = await ctx.catalog.filter(filter);
  if (rows.length === 0) throw new IsnadError('invalid_input', 'No annotations match this filter; there is nothing to export.', 'filter');
  const speakers = ctx.catalog.speakers();
  const listed = rows.map((r) => ctx.catalog.listRow(r, speakers));
  const report = reportRows(listed, await loadTexts(ctx.store, rows.map((r) => r.documentId)));
  const stamp = new Date().toISOString().slice(0, 10);
  const content = format === 'csv' ? toCsv(report, false) : annotationsJson(report, describeFilter(filter, { speakers }));
  return saveReport(ctx, `isnad-annotations-${stamp}.${format}`, format, content, report.length);
}
