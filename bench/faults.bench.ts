// The fault suite at full length (the CI test runs a short one): seeded kill -9 during API
// writes, folder import and export, a full disk, stale and foreign locks, zip bombs and a
// fuzz of every contract operation. Prints counts; exits non-zero if anything was corrupt,
// lost or crashed. ISNAD_FAULT_SEED=N repeats a run; ISNAD_FAULT_TRIALS=N changes its length.
import { loadavg } from 'node:os';
import { buildCliIfStale, buildRendererIfStale } from '../scripts/build-outputs';
import { failuresOf, runFaultSuite } from '../tests/faults/suite';
import { table, withTempDir } from './util';

// The suite runs the built `isnad` (and its serve the built renderer), as users do.
buildCliIfStale();
buildRendererIfStale();

const seed = Number(process.env.ISNAD_FAULT_SEED ?? Date.now() % 100_000);
const trials = Number(process.env.ISNAD_FAULT_TRIALS ?? 12);
console.log(
  `seed ${seed} (ISNAD_FAULT_SEED=${seed} repeats this run), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

const result = await withTempDir((root) =>
  runFaultSuite(
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
);

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
const failures = failuresOf(result);
console.log(`failures: ${JSON.stringify(failures)}`);
const notes = [result.api, result.import, result.export, result.diskFull, result.locks, result.fuzz].flatMap((c) => c.notes);
if (notes.length > 0) console.log(notes.slice(0, 30).join('\n'));
if (Object.values(failures).some((n) => n > 0)) process.exitCode = 1;
