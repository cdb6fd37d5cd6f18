import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { ExportRequest } from '../../../shared/exchange/request';
import { seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const SCRIPT = fileURLToPath(new URL('../../python/check_export_offsets.py', import.meta.url));
const hasPython = spawnSync('python3', ['--version']).status === 0;
if (!hasPython) console.warn('SKIPPED: python3 is not installed, so export offsets were NOT checked against Python.');

const temp = tempDirs();
afterEach(() => temp.cleanup());

function runPython(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('python3', [SCRIPT, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

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
    });
    const crlfQuote = report.rows.find((r) => r.text?.startsWith('«سنفتح'));
    expect(crlfQuote?.text).toBe('«سنفتح المعابر\nخلال 48 ساعة»');
    expect(report.rows.find((r) => r.text === '12% 📈')?.figure_value).toBe('12');
  });
});
