// Suggestion engine time on long articles (target: < 50 ms for 50 KB), on the app's path: the
// engine in a worker thread, the text sent there and the suggestions sent back
// (bench/suggest/versions.ts). This tree and a baseline (ISNAD_BENCH_BASELINE, default main)
// are measured side by side in one run, interleaved request by request, each in its own worker.
// Texts are our own gold articles repeated, so no shared data. Beside them: one pass splitting
// the text into words in this thread (what any text tool does at least), and the load average.
// Then the same at 100 and 200 KB, and 500 KB, to show the time grows with the length, no faster.
// ISNAD_BENCH_CASES=50 measures only the cases whose size is listed (50,200…).
import { performance } from 'node:perf_hooks';
import type { Suggestion } from '../shared/domain/suggestion';
import { type Engine, prepareEngines } from './suggest/versions';
import { KB, type Language, longArticle } from './suggest/texts';
import { cpuMs, loadLine, ms, peakRssMb, percentile, table, withTempDir } from './util';

interface Case {
  language: Language;
  kb: number;
  runs: number;
}
const NAMES: Record<Language, string> = { ar: 'Arabic', en: 'English', mixed: 'Arabic + English' };
const ONLY = process.env.ISNAD_BENCH_CASES?.split(',').map(Number);
const ALL: Case[] = [
  { language: 'ar', kb: 50, runs: 40 },
  { language: 'en', kb: 50, runs: 40 },
  { language: 'mixed', kb: 50, runs: 40 },
  { language: 'ar', kb: 100, runs: 20 },
  { language: 'en', kb: 100, runs: 20 },
  { language: 'ar', kb: 200, runs: 10 },
  { language: 'en', kb: 200, runs: 10 },
  { language: 'ar', kb: 500, runs: 5 },
];
const CASES = ALL.filter((c) => !ONLY || ONLY.includes(c.kb));

async function timed(engine: Engine, text: string) {
  const used = process.cpuUsage();
  const start = performance.now();
  const found = await engine.suggest(text);
  return { wall: performance.now() - start, cpu: cpuMs(used), found };
}

async function measure(engines: Engine[], c: Case): Promise<Array<Record<string, string | number>>> {
  const text = longArticle(c.language, c.kb * KB);
  const warmUps = Math.max(2, Math.round(250 / c.kb));
  const results = new Map<Engine, Suggestion[]>();
  for (const engine of engines) for (let i = 0; i < warmUps; i++) results.set(engine, (await timed(engine, text)).found);
  const wall = new Map<Engine, number[]>(engines.map((e) => [e, []]));
  const cpu = new Map<Engine, number[]>(engines.map((e) => [e, []]));
  const floor: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const t0 = performance.now();
    if (text.split(/\s+/u).length === 0) throw new Error('no words');
    floor.push(performance.now() - t0);
    // Alternate which engine goes first, so neither always meets the other's leftovers.
    for (const engine of i % 2 === 0 ? engines : [...engines].reverse()) {
      const run = await timed(engine, text);
      wall.get(engine)?.push(run.wall);
      cpu.get(engine)?.push(run.cpu);
    }
  }
  const reference = JSON.stringify(results.get(engines[0] as Engine));
  const split = percentile(floor, 50);
  return engines.map((engine) => {
    const times = wall.get(engine) as number[];
    const found = results.get(engine) as Suggestion[];
    return {
      version: engine.label,
      text: `${NAMES[c.language]}, ${c.kb} KB`,
      'UTF-8 KB': (Buffer.byteLength(text, 'utf8') / KB).toFixed(0),
      suggestions: found.length,
      'same as first row': JSON.stringify(found) === reference ? 'yes' : 'NO',
      'wall p50': ms(percentile(times, 50)),
      'wall p95': ms(percentile(times, 95)),
      'wall min': ms(Math.min(...times)),
      'CPU p50': ms(percentile(cpu.get(engine) as number[], 50)),
      'min per 50 KB': ms((Math.min(...times) * 50) / c.kb),
      'word split p50': ms(split),
    };
  });
}

const startLoad = loadLine();
console.log(startLoad);
await withTempDir(async (tmp) => {
  const engines = await prepareEngines(tmp);
  try {
    const rows: Array<Record<string, string | number>> = [];
    for (const c of CASES) rows.push(...(await measure(engines, c)));
    table(rows);
  } finally {
    for (const engine of engines) await engine.stop();
  }
});
console.log(
  `Each request is timed from sending the text to the worker to having its suggestions back, as the app waits for them; ` +
    `the versions take turns, request by request, after a warm-up. Target < 50 ms for 50 KB. These texts are denser in quotes ` +
    `and figures than real articles (one suggestion per ~32 characters). CPU is the whole process's (the worker and its ` +
    `garbage collector). "min per 50 KB" grows with the length where the engine is worse than linear. Wall time suffers when ` +
    `other processes share the CPU; "wall min" is the uncontended figure. Peak RSS ${peakRssMb().toFixed(0)} MB. ` +
    `Load at start: ${startLoad}; at end: ${loadLine()}.`,
);
