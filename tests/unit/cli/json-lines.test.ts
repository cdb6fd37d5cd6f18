import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../../electron/cli/json-lines';

const same = (value: unknown) => expect([...jsonLines(value)].join('\n')).toBe(JSON.stringify(value, null, 2));

describe('jsonLines', () => {
  it('gives exactly what JSON.stringify(value, null, 2) gives, for a report-like object', () => {
    same({
      files: [
        { name: 'أ.txt', status: 'imported', documents: [{ id: 'doc_1', title: 'خبر "مهم"\nسطر', where: { page: 2 } }], failures: [] },
        { name: 'b.pdf', status: 'failed', reason: 'unreadable', documents: [], skipped: undefined },
      ],
      totals: { files: 2, documents: 1, failed: 1 },
      cancelled: false,
      empty: [],
      nothing: null,
    });
  });

  it('leaves out what JSON leaves out, and writes null for an array element JSON cannot hold', () => {
    same({ a: undefined, f: () => 1, list: [undefined, 1, () => 2, { x: undefined }], n: 0 });
    same({ only: undefined });
    same({});
  });

  it('stringifies whole what is not a plain object', () => {
    same([1, [2, 3], { a: 'b' }]);
    same('text');
    same(null);
    same({ toJSON: () => ({ files: [1] }) });
    same(new Date(0));
  });

  it('hands out one piece per array element, so no piece holds the whole report', () => {
    const files = Array.from({ length: 1000 }, (_, i) => ({ name: `${i}.txt`, documents: [{ id: `doc_${i}` }] }));
    const pieces = [...jsonLines({ files, totals: { files: 1000 } })];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
    expect(JSON.parse(pieces.join('\n'))).toEqual({ files, totals: { files: 1000 } });
  });
});
