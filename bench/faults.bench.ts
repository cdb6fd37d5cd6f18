// The fault suite at full length (the CI test runs a short one): seeded kill -9 during API
// writes, folder import and export, a full disk, stale and foreign locks, zip bombs and a
// fuzz of every contract operation. Prints counts; exits non-zero if anything was corrupt,
// lost or crashed. ISNAD_FAULT_SEED=N repeats a run; ISNAD_FAULT_TRIALS=N changes its length.
// Its baselines, measured in the same run: a bare start of the built `isnad` (every trial
// starts it, so the suite's time is read against it) and a durable 1 KB write.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUILT_CLI, buildCliIfStale, buildRendererIfStale } from '../scripts/build-outputs';
import { failuresOf, runFaultSuite } from '../tests/faults/suite';
import { durableWriteMs, loadLine, ms, percentile, table, withTempDir } from './util';

/** Median wall time of `isnad --help`: a process start with the CLI loaded, nothing else. */
function bareCliStartMs(times = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [BUILT_CLI, '--help'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`isnad --help failed: ${run.stderr}`);
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
}

// The suite runs the built `isnad` (and its serve the built renderer), as users do.
buildCliIfStale();
buildRendererIfStale();

const seed = Number(process.env.ISNAD_FAULT_SEED ?? Date.now() % 100_000);
const trials = Number(process.env.ISNAD_FAULT_TRIALS ?? 12);
console.log(`seed ${seed} (ISNAD_FAULT_SEED=${seed} repeats this run), ${loadLine()}`);

const started = performance.now();
const { result, baseline } = await withTempDir(async (root) => ({
  baseline: { cli: bareCliStartMs(), write: await durableWriteMs(join(root, 'baseline.bin')) },
  result: await runFaultSuite(
    root,
    {
      seed,
      apiKills: trials,
      importKills: Math.ceil(trials / 2),
      exportKills: Math.ceil(trials / 2),
      diskFullKills: Math.ceil(trials / 3),
      fuzzPerOperation: 40,
      bombMb: 400,
    },
    (line) => console.log(`… ${line}`),
  ),
}));
const took = performance.now() - started;

table(
  (['api', 'import', 'export', 'diskFull'] as const).map((kind) => ({
    'kill -9 during': kind === 'diskFull' ? 'API writes on a full disk' : kind === 'api' ? 'API writes' : kind,
    trials: result[kind].trials,
    'acknowledged writes': result[kind].acknowledged,
    'refused (disk full)': result[kind].refused,
    'corrupt files': result[kind].corrupt,
    'lost writes': result[kind].lost,
    crashes: result[kind].crashes,
  })),
);
table([
  { check: 'locks (dead pid, reused pid, live, foreign, unlock)', cases: result.locks.cases, wrong: result.locks.wrong },
  {
    check: `contract fuzz (${result.fuzz.operations} operations)`,
    cases: result.fuzz.payloads,
    wrong: result.fuzz.crashes + result.fuzz.writesOnRefused,
    refused: result.fuzz.refused,
    accepted: result.fuzz.accepted,
    crashes: result.fuzz.crashes,
    'writes on refusal': result.fuzz.writesOnRefused,
  },
]);
table(
  [
    ['default limits', result.bomb],
    ['ratio limit raised', result.bombBySize],
  ].map(([label, b]) => {
    const bomb = b as typeof result.bomb;
    return {
      'zip bomb (.docx)': label as string,
      'file size': `${(bomb.fileBytes / 1e6).toFixed(2)} MB`,
      unpacks: '400 MB',
      status: bomb.status,
      'time to refuse': `${bomb.ms.toFixed(0)} ms`,
      'peak memory (process)': `${bomb.peakRssMb.toFixed(0)} MB`,
      'search after': bomb.searchWorks ? 'works' : 'BROKEN',
    };
  }),
);
console.log(`bomb: ${result.bomb.reason}`);
console.log(`bomb, ratio raised: ${result.bombBySize.reason}`);
console.log(
  `the suite took ${ms(took)}: ${(took / baseline.cli).toFixed(0)}× a bare \`isnad --help\` (${ms(baseline.cli)}, median of 5); ` +
    `a durable 1 KB write took ${ms(baseline.write)} (median of 50). At end: ${loadLine()}`,
);
const failures = failuresOf(result);
console.log(`failures: ${JSON.stringify(failures)}`);
const notes = [result.api, result.import, result.export, result.diskFull, result.locks, result.fuzz].flatMap((c) => c.notes);
if (notes.length > 0) console.log(notes.slice(0, 30).join('\n'));
if (Object.values(failures).some((n) => n > 0)) process.exitCode = 1;
