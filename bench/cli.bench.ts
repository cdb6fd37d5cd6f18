// `npm run bench -- cli`: how long `isnad list` takes on a 1,000-document corpus, as a
// whole process (Node start, loading the CLI, opening the corpus, printing, exiting).
// Side by side in one run: a bare `node -e 0`, the built CLI (what `isnad` runs), and the
// same CLI compiled from TypeScript by tsx on every start (how it ran before it was built).
// Target: the built `isnad list` ≤ 0.5 s. Figures are printed, never asserted.
// ISNAD_BENCH_CLI_BEFORE=out/cli-before/isnad.mjs adds rows for an earlier build (copy
// out/cli aside before a change), so before and after are measured side by side in one run.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openServices } from '../electron/services/api';
import { BUILT_CLI, buildCliIfStale } from '../scripts/build-outputs';
import { ms, table, withTempDir } from './util';

const DOCS = Number(process.env.ISNAD_BENCH_DOCS ?? 1000);
const RUNS = Number(process.env.ISNAD_BENCH_RUNS ?? 7);
const SOURCE_ENTRY = fileURLToPath(new URL('../electron/cli/bin.ts', import.meta.url));
const BEFORE = process.env.ISNAD_BENCH_CLI_BEFORE;

function article(i: number): { title: string; text: string } {
  const arabic = i % 3 !== 2;
  const body = arabic
    ? `قال وزير الخارجية في بيان رقم ${i} إن المحادثات ستستأنف الأسبوع المقبل، وأضاف أن ${i % 50} وفداً سيشاركون.`
    : `The minister said in statement ${i} that talks would resume next week, adding that ${i % 50} delegations would attend.`;
  return { title: arabic ? `بيان ${i}` : `Statement ${i}`, text: `${body}\n\n${body}` };
}

interface Sample {
  wall: number;
  cpu: number;
}

/**
 * Runs one command to its end `runs` times: wall time of each whole process, and its CPU
 * time (user + system), which bash's `times` reports for its children. On a machine shared
 * with other work, the CPU time says what the wall time cannot.
 */
function time(argv: string[], runs: number): Sample[] {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = spawnSync('bash', ['-c', '"$@" > /dev/null || exit $?; times', 'bash', process.execPath, ...argv], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
    // `times` prints the shell's own user/system times, then its children's: "0m0.412s 0m0.051s".
    const children = result.stdout.trim().split('\n').at(-1) ?? '';
    const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
    samples.push({ wall, cpu });
  }
  return samples;
}

function summary(label: string, samples: Sample[]): Record<string, string | number> {
  const pick = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted.at(-1)].map((v) => ms(v as number));
  };
  const [min, median, max] = pick(samples.map((s) => s.wall));
  const [cpuMin, cpuMedian] = pick(samples.map((s) => s.cpu));
  return { command: label, runs: samples.length, min, median, max, 'cpu min': cpuMin, 'cpu median': cpuMedian } as Record<
    string,
    string | number
  >;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

buildCliIfStale();
await withTempDir(async (root) => {
  const corpus = join(root, 'corpus');
  const services = await openServices({ corpusDir: corpus, mode: 'browser', version: 'bench', log: () => {} });
  for (let i = 0; i < DOCS; i++) await services.ctx.store.addDocument(article(i));
  await services.ctx.catalog.ready();
  await services.close();
  const listed = spawnSync(process.execPath, [BUILT_CLI, 'list', '--corpus', corpus], { encoding: 'utf8' });
  console.log(`corpus: ${DOCS} documents; \`isnad list\` prints ${listed.stdout.trim().split('\n').length} lines`);
  console.log(`load average before: ${load()} (2 cores, shared)`);
  const rows = [
    summary('node -e 0', time(['-e', '0'], RUNS)),
    summary('isnad list (built)', time([BUILT_CLI, 'list', '--corpus', corpus], RUNS)),
    summary('isnad list (tsx, from source)', time(['--import', 'tsx', SOURCE_ENTRY, 'list', '--corpus', corpus], Math.min(RUNS, 5))),
    summary('isnad --help (built)', time([BUILT_CLI, '--help'], RUNS)),
    ...(BEFORE
      ? [
          summary('isnad list (before)', time([BEFORE, 'list', '--corpus', corpus], RUNS)),
          summary('isnad --help (before)', time([BEFORE, '--help'], RUNS)),
        ]
      : []),
  ];
  table(rows);
  console.log(`load average after: ${load()}`);
});
