import { stringify } from 'csv-stringify/sync';
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
  ['startCodePoint', 'start_codepoint'],
  ['endCodePoint', 'end_codepoint'],
  ['prefix', 'prefix'],
  ['suffix', 'suffix'],
];

/**
 * CSV with a UTF-8 byte-order mark, which spreadsheet programs need to show Arabic rather
 * than mojibake. Text is written exactly as stored; evidence links go one per line.
 */
export function toCsv(rows: ReportRow[], numbered: boolean): string {
  const columns = numbered ? COLUMNS : COLUMNS.filter(([key]) => key !== 'claim');
  return stringify(
    rows.map((row, i) =>
      columns.map(([key]) => {
        if (key === 'claim') return i + 1;
        const value = row[key];
        return Array.isArray(value) ? value.join('\n') : value;
      }),
    ),
    { header: true, columns: columns.map(([, header]) => header), bom: true, record_delimiter: '\r\n' },
  );
}
