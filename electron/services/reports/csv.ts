import { writeCsvRows } from '../../../shared/exchange/csv';
import type { ReportRow } from './rows';

/** Column names say their unit: offsets are UTF-16 code units or Unicode code points. */
const COLUMNS: Array<[keyof ReportRow | 'claim', string]> = [
  ['claim', 'claim'],
  ['documentId', 'document_id'],
  ['documentTitle', 'document_title'],
  ['outlet', 'outlet'],
  ['publishedAt', 'published_at'],
  ['annotationId', 'annotation_id'],
  ['type', 'type'],
  ['text', 'text'],
  ['speaker', 'speaker'],
  ['detail', 'detail'],
  ['verdict', 'verdict'],
  ['note', 'note'],
  ['evidence', 'evidence'],
  ['checkedBy', 'checked_by'],
  ['checkedAt', 'checked_at'],
  ['startUtf16', 'start_utf16'],
  ['endUtf16', 'end_utf16'],
  ['startCodePoint', 'start_code_point'],
  ['endCodePoint', 'end_code_point'],
  ['prefix', 'prefix'],
  ['suffix', 'suffix'],
];

/**
 * CSV with a UTF-8 byte-order mark, which spreadsheet programs need to show Arabic rather
 * than mojibake, written like the export's: RFC 4180, line breaks kept inside quoted
 * cells, and cells that a spreadsheet would run as formulas (scraped text, notes) defused.
 * Evidence links go one per line.
 */
export function toCsv(rows: ReportRow[], numbered: boolean): string {
  const columns = numbered ? COLUMNS : COLUMNS.filter(([key]) => key !== 'claim');
  const cells = rows.map((row, i) =>
    columns.map(([key]) => {
      if (key === 'claim') return i + 1;
      const value = row[key];
      return Array.isArray(value) ? value.join('\n') : (value ?? '');
    }),
  );
  return `\uFEFF${writeCsvRows([columns.map(([, header]) => header), ...cells], { neutralizeFormulas: true })}`;
}
