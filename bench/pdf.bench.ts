// PDF import: a 100-page Arabic report (one column, and the same in two columns), printed by
// Chromium with a running header and page numbers, imported through the real pipeline onto
// a corpus on disk. Each import runs in its own process, so its peak memory (the pdf.js
// worker thread included) belongs to it alone. Also prints the quality of every test layout
// (CER, words in order) and, where Tesseract is installed, OCR of a one-page scan.
// Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CorpusStore } from '../electron/services/corpus/store';
import { runImport } from '../electron/services/import/pipeline';
import { sourcesFromPaths } from '../electron/services/import/sources';
import { ARABIC_PARAGRAPHS, ARABIC_TITLE, REPORT_HEADER } from '../tests/helpers/pdf-articles';
import { PDF_LAYOUTS, launchChromium, printLayouts, printPdf } from '../tests/helpers/pdf-fixtures';
import { scanOf, scanToolsMissing } from '../tests/helpers/scans';
import { bodyOf, scoreText } from '../tests/helpers/text-metrics';
import { cpuMs, loadLine, ms, peakRssMb, percentile, table, withTempDir } from './util';

const PAGES = 100;

function reportHtml(columns: number, paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${ARABIC_PARAGRAPHS[i % ARABIC_PARAGRAPHS.length]}</p>`).join('');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${ARABIC_TITLE}</title><style>
body { font-family: 'Noto Naskh Arabic', serif; font-size: 12pt; line-height: 1.6; margin: 0; }
.cols { column-count: ${columns}; column-gap: 1.2cm; text-align: justify; } p { margin: 0 0 0.8em; }
</style></head><body><h1>${ARABIC_TITLE}</h1><div class="cols">${body}</div></body></html>`;
}

const heads = {
  headerTemplate: `<div dir="rtl" style="font-family:'Noto Naskh Arabic';font-size:9pt;width:100%;text-align:center;">${REPORT_HEADER}</div>`,
  footerTemplate: `<div dir="rtl" style="font-family:'Noto Naskh Arabic';font-size:9pt;width:100%;text-align:center;">صفحة <span class="pageNumber"></span> من <span class="totalPages"></span></div>`,
};

/** Median wall time of `pdftotext` on the same file; null when poppler-utils is not installed. */
function pdftotextMs(path: string, out: string, times = 3): number | null {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', path, out]);
    if (run.error || run.status !== 0) return null;
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
}

/** In a child process: imports one PDF and prints its figures as JSON. */
async function importOne(path: string): Promise<Record<string, string | number>> {
  return withTempDir(async (dir) => {
    const store = await CorpusStore.open(join(dir, 'corpus'));
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const report = await runImport(
      store,
      await sourcesFromPaths([path]),
      { maxFileBytes: 50 * 2 ** 20, split: 'offer' },
      { signal: new AbortController().signal, update() {} },
    );
    const wall = performance.now() - t0;
    const used = cpuMs(cpu);
    const id = report.files[0]?.documents[0]?.id;
    const doc = id ? await store.getDocument(id) : null;
    await store.close();
    return {
      status: report.files[0]?.status ?? '?',
      pages: doc?.pages?.length ?? 0,
      'text K chars': doc ? Math.round(doc.text.length / 1000) : 0,
      'running heads marked': doc?.regions.filter((r) => r.kind.startsWith('page-')).length ?? 0,
      'import time': ms(wall),
      'CPU time (main + worker)': ms(used),
      'ms/page': doc?.pages ? (wall / doc.pages.length).toFixed(0) : '',
      'peak RSS MB': peakRssMb().toFixed(0),
      wall,
    };
  });
}

async function main(): Promise<void> {
  await withTempDir(async (dir) => {
    const browser = await launchChromium();
    const reports: Array<{ name: string; path: string }> = [];
    try {
      // About 10.5 of these paragraphs fill a page at 12pt (one column or two).
      for (const columns of [1, 2]) {
        const path = join(dir, `report-${columns}col.pdf`);
        await printPdf(browser, reportHtml(columns, Math.round(PAGES * 10.5)), path, heads);
        reports.push({ name: `Arabic report, ${columns} column${columns > 1 ? 's' : ''}`, path });
      }
    } finally {
      await browser.close();
    }
    const self = fileURLToPath(import.meta.url);
    const rows = reports.map((r) => {
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--import-one', r.path], { encoding: 'utf-8' });
      if (child.status !== 0) throw new Error(child.stderr);
      const figures = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Record<string, string | number>;
      const floor = pdftotextMs(r.path, join(dir, 'pdftotext.txt'));
      const wall = Number(figures.wall);
      delete figures.wall;
      return {
        report: r.name,
        ...figures,
        'pdftotext (baseline)': floor === null ? 'not installed' : ms(floor),
        '÷ pdftotext': floor === null ? '–' : `${(wall / floor).toFixed(1)}×`,
      };
    });
    console.log(loadLine());
    table(rows);

    const layouts = await printLayouts(join(dir), PDF_LAYOUTS);
    const store = await CorpusStore.open(join(dir, 'quality'));
    const report = await runImport(
      store,
      await sourcesFromPaths(layouts.map((l) => l.path)),
      { maxFileBytes: 50 * 2 ** 20, split: 'offer' },
      { signal: new AbortController().signal, update() {} },
    );
    const quality = [];
    for (const [i, layout] of layouts.entries()) {
      const doc = await store.getDocument(report.files[i]?.documents[0]?.id as string);
      const score = scoreText(layout.expected, bodyOf(doc));
      quality.push({
        layout: layout.name,
        'CER %': (score.cer * 100).toFixed(2),
        'words in order %': (score.wordsInOrder * 100).toFixed(2),
        'word-order errors': score.orderErrors,
      });
    }
    const missing = scanToolsMissing();
    if (missing.length === 0) {
      const scan = await scanOf(layouts[0]!.path, dir);
      const t0 = performance.now();
      const ocr = await runImport(
        store,
        await sourcesFromPaths([scan]),
        { maxFileBytes: 50 * 2 ** 20, split: 'offer', ocr: true },
        { signal: new AbortController().signal, update() {} },
      );
      const doc = await store.getDocument(ocr.files[0]?.documents[0]?.id as string);
      const score = scoreText(layouts[0]!.expected, bodyOf(doc));
      quality.push({
        layout: `${layouts[0]!.name}: 300 dpi scan, OCR (${ms(performance.now() - t0)})`,
        'CER %': (score.cer * 100).toFixed(2),
        'words in order %': (score.wordsInOrder * 100).toFixed(2),
        'word-order errors': score.orderErrors,
      });
    } else console.log(`OCR not measured: ${missing.join(', ')} missing`);
    await store.close();
    table(quality);
    console.log('targets: ≥ 99% words right and in order for one-column Arabic and English; OCR CER ≤ 5% on clean Arabic scans');
  });
}

const one = process.argv.indexOf('--import-one');
if (one >= 0) console.log(JSON.stringify(await importOne(process.argv[one + 1] as string)));
else await main();
