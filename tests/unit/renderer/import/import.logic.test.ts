import { describe, expect, it } from 'vitest';
import {
  UPLOAD_BATCH_BYTES,
  UPLOAD_BATCH_FILES,
  replaceOutcome,
  sendsBytes,
  startsNewBatch,
} from '../../../../renderer/src/features/import/import.logic';
import { type FileOutcome, type ImportReport, totalsOf } from '../../../../shared/import/report';

const settings = { maxFileBytes: 1000, extensions: ['.txt', '.html'] };

describe('uploading picked files', () => {
  it('sends the bytes of files the server can import, in a folder with Arabic names too', () => {
    expect(sendsBytes('تقارير/مقال.txt', 900, settings)).toBe(true);
    expect(sendsBytes('page.HTML', 10, settings)).toBe(true);
  });

  it('sends only the name of a file too large, of an unknown format, or hidden, so the report says why', () => {
    expect(sendsBytes('big.txt', 1001, settings)).toBe(false);
    expect(sendsBytes('photo.jpg', 10, settings)).toBe(false);
    expect(sendsBytes('folder/.DS_Store', 10, settings)).toBe(false);
    expect(sendsBytes('.git/notes.txt', 10, settings)).toBe(false);
  });

  it('starts a new request before a batch would pass the byte or file limit, never an empty one', () => {
    expect(startsNewBatch({ files: 0, bytes: 0 }, UPLOAD_BATCH_BYTES * 2)).toBe(false);
    expect(startsNewBatch({ files: 3, bytes: UPLOAD_BATCH_BYTES - 10 }, 11)).toBe(true);
    expect(startsNewBatch({ files: 3, bytes: UPLOAD_BATCH_BYTES - 10 }, 10)).toBe(false);
    expect(startsNewBatch({ files: UPLOAD_BATCH_FILES, bytes: 0 }, 0)).toBe(true);
  });
});

describe('the import report', () => {
  const outcome = (name: string, fileKey: string, status: FileOutcome['status']): FileOutcome =>
    ({ name, fileKey, status, format: 'csv', documents: [], duplicates: [], failures: [], warnings: [] }) as unknown as FileOutcome;

  it('puts a dataset imported again with chosen fields in its own row, and recounts', () => {
    const files = [outcome('a.csv', 'k1', 'needs-mapping'), outcome('b.txt', 'k2', 'imported')];
    const report: ImportReport = { files, totals: totalsOf(files), cancelled: false };
    const again = replaceOutcome(report, outcome('a.csv', 'k1', 'imported'));
    expect(again.files.map((f) => `${f.name}:${f.status}`)).toEqual(['a.csv:imported', 'b.txt:imported']);
    expect(again.totals.needsMapping).toBe(0);
    expect(report.totals.needsMapping).toBe(1);
  });
});
