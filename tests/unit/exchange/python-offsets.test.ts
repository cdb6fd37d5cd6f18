import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { ExportRequest } from '../../../shared/exchange/request';
import { seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { hasPython, pythonChecker } from '../../helpers/python';
import { tempDirs } from '../../helpers/temp';
import type { Services } from '../../../electron/services/api';
import type { Document } from '../../../shared/domain/document';
import type { Suggestion } from '../../../shared/domain/suggestion';
import { pageAt } from '../../../shared/text/pages';
import { call, importThroughContract } from '../../helpers/import';
import { PDF_LAYOUTS, printLayouts } from '../../helpers/pdf-fixtures';
import { openTestServices } from '../../helpers/services';
import { readFile } from 'node:fs/promises';

const runPython = pythonChecker('check_export_offsets.py', 'export offsets');

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe.skipIf(!hasPython)('export offsets agree with Python (python3 reads the files)', () => {
  it('for Arabic, emoji and CRLF-before-import text, text[startCodePoint:endCodePoint] is each annotation’s text', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(join(dir, 'corpus'));
    await seedExchangeCorpus(store);
    const total = store.listDocuments().reduce((n, d) => n + d.counts.quote + d.counts.speaker + d.counts.figure, 0);
    const out = (ext: string) => join(dir, `export.${ext}`);
    // Formula neutralization off here: it changes cell text on purpose (tested on its own).
    for (const format of ['json', 'jsonl', 'csv'] as const) {
      const request = ExportRequest.parse({ format, neutralizeFormulas: false, filter: { includeExcluded: true } });
      await writeExport(store, request, out(format), { appVersion: 'test' });
    }
    await store.close();

    const result = await runPython([out('json'), out('jsonl'), out('csv')]);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as {
      json: number;
      jsonl: number;
      csv: number;
      rows: Array<Record<string, string>>;
      problems: string[];
    };
    expect(report.problems).toEqual([]);
    expect(result.code).toBe(0);
    // Every annotation was checked, in all three files.
    expect(total).toBe(17);
    expect(report).toMatchObject({ json: total, jsonl: total, csv: total });

    // Arabic arrives intact and in the right columns, multi-line cells included.
    const quote = report.rows.find((r) => r.text === '«الوضع تحت السيطرة»');
    expect(quote).toEqual({
      type: 'quote',
      text: '«الوضع تحت السيطرة»',
      speaker_name: 'خالد العمري',
      figure_value: '',
      verdict: 'verified',
      evidence: 'https://example.org/1\nhttps://example.org/2',
      page: '',
    });
    const crlfQuote = report.rows.find((r) => r.text?.startsWith('«سنفتح'));
    expect(crlfQuote?.text).toBe('«سنفتح المعابر\nخلال 48 ساعة»');
    expect(report.rows.find((r) => r.text === '12% 📈')?.figure_value).toBe('12');
  });

  it('for a PDF document, suggestions and manual annotations export with exact offsets and the right page numbers', async () => {
    const dir = await temp.make();
    const [layout] = await printLayouts(dir, [PDF_LAYOUTS.find((l) => l.runningHeads)!]);
    const services: Services = await openTestServices(join(dir, 'corpus'));
    try {
      const report = await importThroughContract(services, [{ name: 'report.pdf', bytes: await readFile(layout!.path) }]);
      const id = report.files[0]?.documents[0]?.id as string;
      const { suggestions } = await call<{ suggestions: Suggestion[] }>(services, 'suggestAnnotations', { documentId: id });
      await call(services, 'acceptSuggestions', { documentId: id, suggestions });
      let doc = await call<Document>(services, 'getDocument', { id });
      const pages = doc.pages as number[];
      // By hand: a figure on the last page, in a paragraph the suggestions may have skipped.
      const target = doc.text.lastIndexOf('3.2 مليار دولار');
      await call(services, 'createAnnotation', {
        documentId: id,
        type: 'figure',
        start: target,
        end: target + '3.2 مليار دولار'.length,
        text: '3.2 مليار دولار',
      });
      doc = await call<Document>(services, 'getDocument', { id });
      const onPages = new Set(doc.annotations.map((a) => pageAt(pages, a.start)));
      expect(onPages.size).toBe(pages.length);
      const out = (ext: string) => join(dir, `export.${ext}`);
      for (const format of ['json', 'jsonl', 'csv'] as const) {
        const request = ExportRequest.parse({ format, neutralizeFormulas: false, filter: { documentIds: [id], includeExcluded: true } });
        await writeExport(services.ctx.store, request, out(format), { appVersion: 'test' });
      }
      const result = await runPython([out('json'), out('jsonl'), out('csv')]);
      const checked = JSON.parse(result.stdout) as { json: number; csv: number; rows: Array<Record<string, string>>; problems: string[] };
      expect(checked.problems).toEqual([]);
      expect(checked.json).toBe(doc.annotations.length);
      expect(checked.csv).toBe(doc.annotations.length);
      const manual = checked.rows.find((r) => r.text === '3.2 مليار دولار' && r.page === String(pages.length));
      expect(manual).toBeDefined();
      expect(new Set(checked.rows.map((r) => r.page))).toEqual(new Set(pages.map((_, i) => String(i + 1))));
    } finally {
      await services.close();
    }
  }, 180_000);
});
