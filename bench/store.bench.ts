// Annotation edits as the app makes them (bench/store-edits.ts: through the service API, with
// the search catalog following each change) on a small document and on a 200 KB / 2,000-
// annotation one, inside a 10,000-document corpus: p50/p95/p99 beside a bare durable 1 KB
// write measured in the same run, with the load average.
//
// ISNAD_BENCH_BEFORE=COMMIT runs the same workload, in the same run, against the code of an
// older commit (unpacked into a temp folder with `git archive`), e.g. the last version-1
// layout, 4d46555, which rewrote the whole document file and the corpus index on each edit.
// ISNAD_BENCH_DOCS (default 10,000) and ISNAD_BENCH_EDITS (default 400 per document) change the
// size; ISNAD_BENCH_CORPUS=DIR keeps the current code's generated corpus there for the next run.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLine, ms, table, withTempDir } from './util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCS = Number(process.env.ISNAD_BENCH_DOCS ?? 10_000);
const EDITS = Number(process.env.ISNAD_BENCH_EDITS ?? 400);
const BEFORE = process.env.ISNAD_BENCH_BEFORE;

interface Stats {
  p50: number;
  p95: number;
  p99: number;
}
interface Run {
  documents: number;
  openMs: number;
  closeMs: number;
  loadBefore: number;
  loadAfter: number;
  [title: string]: number | { edits: Stats; cpu: Stats; baseline: Stats };
}

function run(codeRoot: string, corpus: string, label: string): Run {
  console.log(`${label}: ${DOCS.toLocaleString('en')} documents, ${EDITS} edits per document…`);
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(codeRoot, 'bench', 'store-edits.ts'), corpus, String(DOCS), String(EDITS)],
    {
      cwd: codeRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf-8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`${label}: the workload failed (${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Run;
}

/** An older commit's code beside ours: its files, our node_modules, and this workload. */
function unpack(commit: string, into: string): string {
  mkdirSync(into, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', into], { input: archive });
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'));
  cpSync(join(ROOT, 'bench', 'store-edits.ts'), join(into, 'bench', 'store-edits.ts'));
  return into;
}

await withTempDir(async (dir) => {
  console.log(loadLine());
  const runs: Array<[string, Run]> = [];
  if (BEFORE) runs.push([`before (${BEFORE})`, run(unpack(BEFORE, join(dir, 'before')), join(dir, 'before-corpus'), `before (${BEFORE})`)]);
  runs.push(['now', run(ROOT, process.env.ISNAD_BENCH_CORPUS ?? join(dir, 'corpus'), 'now')]);
  const rows: Array<Record<string, string>> = [];
  for (const [label, result] of runs) {
    for (const title of ['Small article', 'Large article']) {
      const { edits, cpu, baseline } = result[title] as { edits: Stats; cpu: Stats; baseline: Stats };
      rows.push({
        code: label,
        document: title === 'Small article' ? '5 KB, 50 annotations' : '200 KB, 2,000 annotations',
        'edit p50': ms(edits.p50),
        'edit p95': ms(edits.p95),
        'edit p99': ms(edits.p99),
        'cpu p50': ms(cpu.p50),
        '1 KB durable write p50 / p99': `${ms(baseline.p50)} / ${ms(baseline.p99)}`,
        'edit ÷ write p50': `${(edits.p50 / baseline.p50).toFixed(1)}×`,
        'edit ÷ write p99': `${(edits.p99 / baseline.p99).toFixed(1)}×`,
      });
    }
  }
  table(rows);
  for (const [label, result] of runs) {
    console.log(
      `${label}: ${result.documents.toLocaleString('en')} documents; opened in ${ms(result.openMs)}, closed in ${ms(result.closeMs)}; load average ${result.loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)}`,
    );
  }
  if (!BEFORE) console.log('ISNAD_BENCH_BEFORE=COMMIT adds an older commit’s figures to this table (e.g. 4d46555, the version-1 layout).');
});
