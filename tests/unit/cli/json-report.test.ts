import { describe, expect, it } from 'vitest';
import type { FileOutcome, ImportReport } from '../../../shared/import/report';
import { jsonLines } from '../../../electron/cli/json-lines';
import { StreamedJsonReport } from '../../../electron/cli/json-report';

// `isnad import --json` prints each file as it settles instead of keeping the report to the
// end (import memory flat, issue 18): the lines must be exactly those of the whole report.

function outcome(i: number): FileOutcome {
  return {
    name: i % 2 === 0 ? `مقالات/خبر ${i}.txt` : `articles/story ${i}.txt`,
    format: 'text',
    status: i === 2 ? 'duplicate' : 'imported',
    documents:
      i === 2
        ? []
        : [{ id: `d${i}`, title: i % 2 === 0 ? `قال الوزير ${i}` : `The council met "${i}"`, lang: i % 2 === 0 ? 'ar' : 'en', dir: 'ltr' }],
    duplicates: i === 2 ? [{ of: { id: 'd0', title: 'قال الوزير 0' }, by: 'file' }] : [],
    failures: [],
  } as unknown as FileOutcome;
}

function streamed(report: ImportReport): string[] {
  const lines: string[] = [];
  const json = new StreamedJsonReport((line) => lines.push(line));
  for (const file of report.files) json.file(file);
  expect(json.files).toBe(report.files.length);
  json.end({ totals: report.totals, cancelled: report.cancelled });
  return lines;
}

describe('the import report as JSON, printed as files settle', () => {
  it.each([0, 1, 3])('prints %i files exactly as the whole report would be printed', (count) => {
    const files = Array.from({ length: count }, (_, i) => outcome(i));
    const report: ImportReport = {
      files,
      totals: { files: count, documents: count, duplicates: 0, failed: 0, needsMapping: 0, skipped: 0, nearDuplicates: 0, splitOffers: 0 },
      cancelled: count === 1,
    };
    const lines = streamed(report);
    expect(lines).toEqual([...jsonLines(report)]);
    expect(JSON.parse(lines.join('\n'))).toEqual(report);
    expect(lines.join('\n')).toBe(JSON.stringify(report, null, 2));
  });
});
