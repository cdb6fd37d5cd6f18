// Bulk import on the app's real path: the bundled CLI (`out/cli/isnad.mjs import FOLDER
// --corpus DIR`, built from this tree by the bench) imports generated articles (~4 KB each, half
// Arabic, with scraped boilerplate), search index on as the app keeps it (every new document
// indexed, the index saved on close). Each import is its own process, its peak RSS read from
// inside it by a small preload (`process.resourceUsage().maxRSS` on exit): no V8 flags, no forced
// collection, nothing of the bench's own (tsx, the generator) counted. 2,000 beside 10,000 files
// shows whether memory grows with the file count (target: within 1.2×), in text mode and with
// --json (the whole report printed), stdout going to a file as `> report` would.
// Beside each: the load average, and the median of a bare durable 1 KB write (open, write,
// fsync, close) measured just before, so times can be compared on a shared machine.
// ISNAD_BENCH_BEFORE=DIR measures an earlier tree beside this one, interleaved run by run; DIR
// needs its own built CLI: `git worktree add /tmp/before main && cp -al node_modules
// /tmp/before/ && (cd /tmp/before && npm run build:cli)`. ISNAD_BENCH_REPEAT=N (default 3) runs
// every case N times and takes medians; ISNAD_BENCH_MODES=text,json picks the output modes;
// ISNAD_BENCH_FILES=2000,10000 the sizes. Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { durableWriteMs, loadLine, ms, percentile, table, withTempDir } from './util';

const SIZES = (process.env.ISNAD_BENCH_FILES ?? '2000,10000').split(',').map(Number);
const MODES = (process.env.ISNAD_BENCH_MODES ?? 'text,json').split(',') as Array<'text' | 'json'>;

const AR_WORDS =
  'قال أعلن أكد الوزير المتحدث الحكومة المدينة المجلس الميزانية الصحة المستشفى الأطفال المدارس الطرق الماء الكهرباء القمح السوق الأسعار الاجتماع الخطة المشروع المواطنين العام اليوم أمس الأسبوع الماضي المقبل مليون دولار بالمئة تقرير مسؤول مصادر رسمية'.split(
    ' ',
  );
const EN_WORDS =
  'said announced confirmed minister spokesperson government city council budget health hospital children schools roads water electricity wheat market prices meeting plan project residents year today yesterday week last next million dollars percent report official sources'.split(
    ' ',
  );

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function article(i: number): string {
  const arabic = i % 2 === 0;
  const words = arabic ? AR_WORDS : EN_WORDS;
  const rnd = random(i + 1);
  const targetBytes = 4_000;
  const paragraphs: string[] = [arabic ? `خبر رقم ${i}` : `Story number ${i}`];
  let bytes = 0;
  while (bytes < targetBytes - 400) {
    const sentence = Array.from({ length: 14 }, () => words[Math.floor(rnd() * words.length)]).join(' ');
    const paragraph = `${sentence} ${Math.floor(rnd() * 1000)}.`;
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  paragraphs.push(arabic ? 'اقرأ أيضاً: عنوان خبر آخر عن المدينة' : 'Read more: Another headline about the city');
  paragraphs.push(arabic ? 'المصدر: وكالة الأنباء' : 'Source: News Agency');
  return paragraphs.join('\n\n');
}

/** The generated folder: files of 500 in subfolders, as a scraper's dump would be. */
async function writeArticles(folder: string, files: number): Promise<number> {
  let totalBytes = 0;
  for (let i = 0; i < files; i += 500) {
    const sub = join(folder, String(i / 500).padStart(3, '0'));
    await mkdir(sub, { recursive: true });
    await Promise.all(
      Array.from({ length: Math.min(500, files - i) }, (_, k) => {
        const text = article(i + k);
        totalBytes += Buffer.byteLength(text);
        return writeFile(join(sub, `${i + k}.txt`), text);
      }),
    );
  }
  return totalBytes;
}

// Loaded into the CLI's process before it starts: writes its peak resident memory (KB) on exit,
// whichever way the command ends. Nothing else of the process is touched.
const PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.ISNAD_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
`;

interface Run {
  code: string;
  files: number;
  mode: 'text' | 'json';
  round: number;
  [column: string]: string | number;
}

/** One `isnad import` of `folder` into a fresh corpus by the CLI of `tree`; stdout to a file. */
function importOnce(
  dir: string,
  tree: string,
  folder: string,
  mode: 'text' | 'json',
): { seconds: number; peakMb: number; imported: number; exit: number } {
  const corpus = join(dir, 'corpus');
  const rssFile = join(dir, 'maxrss');
  const outFile = join(dir, 'stdout');
  const out = openSync(outFile, 'w');
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      join(dir, 'preload.mjs'),
      join(tree, 'out/cli/isnad.mjs'),
      'import',
      folder,
      '--corpus',
      corpus,
      ...(mode === 'json' ? ['--json'] : []),
    ],
    {
      cwd: tree,
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, ISNAD_BENCH_RSS_FILE: rssFile },
      encoding: 'utf-8',
      maxBuffer: 2 ** 28,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  closeSync(out);
  if (child.status !== 0 && child.status !== 1) throw new Error(`isnad import failed (${child.status}): ${child.stderr}`);
  const stdout = readFileSync(outFile, 'utf-8');
  const imported =
    mode === 'json'
      ? (JSON.parse(stdout) as { totals: { documents: number } }).totals.documents
      : stdout.split('\n').filter((l) => /\tdoc_|^imported\t/.test(l)).length;
  return { seconds, peakMb: Number(readFileSync(rssFile, 'utf-8')) / 1024, imported, exit: child.status ?? -1 };
}

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
console.log(loadLine());
const before = process.env.ISNAD_BENCH_BEFORE;
const repeat = Math.max(1, Number(process.env.ISNAD_BENCH_REPEAT ?? 3));
if (before && !existsSync(join(before, 'out/cli/isnad.mjs')))
  throw new Error(`ISNAD_BENCH_BEFORE=${before} has no built CLI: run \`npm run build:cli\` in it first`);
// This tree's CLI is built now, so the figures are of this tree's code, never a stale bundle.
const build = spawnSync('npm', ['run', 'build:cli', '--silent'], { cwd: root, encoding: 'utf-8' });
if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
const trees: Array<[string, string]> = [...(before ? [['before', before] as [string, string]] : []), ['now', root]];
const rows: Run[] = [];
await withTempDir(async (dir) => {
  await writeFile(join(dir, 'preload.mjs'), PRELOAD);
  const folders = new Map<number, { folder: string; bytes: number }>();
  for (const files of SIZES) {
    const folder = join(dir, `articles-${files}`);
    folders.set(files, { folder, bytes: await writeArticles(folder, files) });
  }
  for (let round = 1; round <= repeat; round++) {
    for (const files of SIZES) {
      for (const mode of MODES) {
        for (const [code, tree] of trees) {
          const { folder, bytes } = folders.get(files) as { folder: string; bytes: number };
          const baseline = await durableWriteMs(join(dir, 'baseline.bin'));
          const load = loadavg()[0] as number;
          const run = importOnce(dir, tree, folder, mode);
          await rm(join(dir, 'corpus'), { recursive: true, force: true });
          rows.push({
            code,
            files,
            mode,
            round,
            imported: run.imported,
            exit: run.exit,
            'data MB': (bytes / 2 ** 20).toFixed(1),
            time: ms(run.seconds * 1000),
            'files/s': Math.round(files / run.seconds),
            'peak RSS MB': run.peakMb.toFixed(0),
            '1 KB durable write': ms(baseline),
            'time ÷ (files × write)': `${((run.seconds * 1000) / (files * baseline)).toFixed(2)}×`,
            'load avg': load.toFixed(1),
          });
        }
      }
    }
  }
});
table(rows);
const values = (code: string, files: number, mode: string, column: string) =>
  rows.filter((r) => r.code === code && r.files === files && r.mode === mode).map((r) => Number(String(r[column]).replace(/ ms$/, '')));
const median = (code: string, files: number, mode: string, column: string) => percentile(values(code, files, mode, column), 50);
const [small, large] = [SIZES[0], SIZES.at(-1)] as [number, number];
for (const mode of MODES) {
  for (const [code] of trees) {
    const [a, b] = [median(code, small, mode, 'peak RSS MB'), median(code, large, mode, 'peak RSS MB')];
    console.log(
      `${code}, isnad import${mode === 'json' ? ' --json' : ''}: peak RSS ${large} files [${values(code, large, mode, 'peak RSS MB').join(', ')}] median ${b} MB ÷ ${small} files [${values(code, small, mode, 'peak RSS MB').join(', ')}] median ${a} MB = ${(b / a).toFixed(2)}× (target ≤ 1.2×); median time ${large} files ${(median(code, large, mode, 'time') / 1000).toFixed(1)} s (${repeat} runs each)`,
    );
  }
}
console.log(`target: 10,000 files in under 20 s, search index on. At end: ${loadLine()}.`);
