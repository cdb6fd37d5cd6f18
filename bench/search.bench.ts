// Corpus search on a generated 10,000-document corpus (bench/search-corpus.ts), through
// `dispatch('searchCorpus')`, the call the HTTP host and the IPC handlers make.
//
// Headline: the FIRST run of each query (a new search's full cost: ranking, reading the
// page's documents, hits and snippets), p95 target ≤ 30 ms; repeats, answered from the
// kept ranking, are shown apart. Also reopen → first search answered (target ≤ 1 s), with
// the saved index and with it rebuilt. Every figure comes with the load average and a
// baseline measured in the same run: folding and splitting a fixed 100 KB text (the same
// code whatever tree is measured), taken before every query, so ratios to it say more than
// times on a shared machine.
//
// ISNAD_BENCH_BEFORE=DIR also measures the tree in DIR (a checkout of an earlier commit with
// its node_modules) on its own copy of the same corpus, in the same run, side by side.
import { spawnSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tokenizeOriginal } from '../shared/search/tokens';
import { WORDS_PER_DOC, article } from './search-corpus';
import { cpuMs, ms, peakRssMb, percentile, table, withTempDir } from './util';

const DOCS = Number(process.env.ISNAD_BENCH_DOCS ?? 10_000);
const HERE = fileURLToPath(new URL('.', import.meta.url));
const THIS_TREE = resolve(HERE, '..');

const QUERIES = [
  'وزير الخارجية الأمريكي',
  'وزیر الخارجیة الأمریکی',
  '"وقف إطلاق النار"',
  '"المتحدث باسم الخارجية"',
  'المتحدث',
  'الخارجية',
  'مفاوضة',
  'قال',
  '٧٥',
  'مفا*',
  'حاكم -حارب',
  'سلام مقتول',
  // Words most documents share.
  'في',
  'قال في',
  'من على أن',
  '"قال في"',
  '"Secretary of State"',
  'foreign minister',
  'the',
  'the said of',
  '"of the"',
  'budgets inflated',
  'hospit*',
  'samuelberg',
  '"state department" -security',
];

interface Dispatcher {
  dispatch(name: string, input: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>;
  close(): Promise<void>;
  ctx: { catalog: { status(): { state: string }; ready(): Promise<void> } };
}

interface TreeFigures {
  label: string;
  load: { start: number[]; end: number[] };
  baselineMs: number;
  warm: { openMs: number; readyMs: number; cpu: number };
  cold: { readyMs: number; cpu: number };
  firstRuns: number[];
  firstCpu: number[];
  repeats: number[];
  perQuery: Array<{ query: string; documents: number; first: number; repeat: number; baseline: number }>;
  peakMb: number;
}

const BASELINE_TEXT = (() => {
  const { text } = article(1);
  const english = article(2).text;
  let out = '';
  while (out.length < 100_000) out += `${text}\n\n${english}\n\n`;
  return out.slice(0, 100_000);
})();

/** The machine's speed right now: one fixed piece of CPU work. */
function baseline(): number {
  const t = performance.now();
  tokenizeOriginal(BASELINE_TEXT);
  return performance.now() - t;
}

async function openTree(tree: string, dir: string): Promise<Dispatcher> {
  const api = await import(pathToFileURL(join(tree, 'electron/services/api/index.ts')).href);
  return api.openServices({ corpusDir: dir, mode: 'browser', version: 'bench', log: () => {} });
}

/** The saved index files of the tree's format, wherever that tree keeps them. */
async function indexFiles(tree: string, dir: string): Promise<string[]> {
  const cache = await import(pathToFileURL(join(tree, 'electron/services/search/cache.ts')).href);
  if (typeof cache.searchIndexFiles === 'function') return Object.values(cache.searchIndexFiles(dir) as Record<string, string>);
  return [join(dir, 'search-cache.json'), join(dir, 'search-cache.bin')];
}

async function firstSearch(tree: string, dir: string): Promise<{ services: Dispatcher; openMs: number; readyMs: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const services = await openTree(tree, dir);
  const openMs = performance.now() - t0;
  const result = await services.dispatch('searchCorpus', { query: 'وزير الخارجية الأمريكي' });
  if (!result.ok) throw new Error(result.error.message);
  return { services, openMs, readyMs: performance.now() - t0, cpu: cpuMs(c0) };
}

/** Everything measured on one tree, on its own copy of the corpus. */
async function measure(tree: string, dir: string, label: string): Promise<TreeFigures> {
  const start = loadavg();
  // A first open leaves the index saved in this tree's format, for the warm reopen.
  const prime = await openTree(tree, dir);
  await prime.ctx.catalog.ready();
  await prime.close();

  const warm = await firstSearch(tree, dir);
  const figures: TreeFigures = {
    label,
    load: { start, end: [] },
    baselineMs: 0,
    warm: { openMs: warm.openMs, readyMs: warm.readyMs, cpu: warm.cpu },
    cold: { readyMs: 0, cpu: 0 },
    firstRuns: [],
    firstCpu: [],
    repeats: [],
    perQuery: [],
    peakMb: 0,
  };
  const baselines: number[] = [];
  for (const clitics of [false, true]) {
    for (const query of QUERIES) {
      const base = baseline();
      baselines.push(base);
      const times: number[] = [];
      let total = 0;
      for (let k = 0; k < 6; k++) {
        const c = process.cpuUsage();
        const s = performance.now();
        const result = await warm.services.dispatch('searchCorpus', { query, clitics });
        times.push(performance.now() - s);
        if (k === 0) figures.firstCpu.push(cpuMs(c));
        if (!result.ok) throw new Error(`${query}: ${result.error.message}`);
        total = (result.value as { total: number }).total;
      }
      figures.firstRuns.push(times[0] as number);
      figures.repeats.push(...times.slice(1));
      figures.perQuery.push({
        query: `${query}${clitics ? '  [clitics]' : ''}`,
        documents: total,
        first: times[0] as number,
        repeat: percentile(times.slice(1), 50),
        baseline: base,
      });
    }
  }
  await warm.services.close();
  figures.baselineMs = percentile(baselines, 50);

  // Reopen without it: the first run after an upgrade, or a deleted cache.
  for (const file of await indexFiles(tree, dir)) await rm(file, { force: true });
  const cold = await firstSearch(tree, dir);
  figures.cold = { readyMs: cold.readyMs, cpu: cold.cpu };
  await cold.services.close();
  figures.load.end = loadavg();
  figures.peakMb = peakRssMb();
  return figures;
}

/** ISNAD_BENCH_CORPUS=DIR keeps the generated corpus there and reuses it on the next run. */
async function corpusIn(root: string): Promise<string> {
  const kept = process.env.ISNAD_BENCH_CORPUS;
  const dir = kept ?? join(root, 'corpus');
  if (kept && existsSync(join(kept, 'corpus.json'))) {
    console.log(`reusing the corpus in ${kept}`);
    return dir;
  }
  const build = await openTree(THIS_TREE, dir);
  const store = (build.ctx as unknown as { store: { addDocument(d: unknown): Promise<unknown> } }).store;
  const t0 = performance.now();
  for (let i = 0; i < DOCS; i++) await store.addDocument(article(i));
  await build.ctx.catalog.ready();
  const addMs = performance.now() - t0;
  await build.close();
  console.log(`generated ${DOCS} documents (~${WORDS_PER_DOC} words, 2/3 Arabic) and indexed them as added in ${ms(addMs)}`);
  return dir;
}

/** One tree measured in a process of its own, so memory and JIT state belong to it alone. */
function measureInChild(tree: string, dir: string, label: string): TreeFigures {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, ISNAD_BENCH_SEARCH_CHILD: JSON.stringify({ tree, dir, label }) },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  });
  const lines = result.stdout.toString().trim().split('\n');
  if (result.status !== 0) throw new Error(`measuring ${label} failed:\n${lines.join('\n')}`);
  return JSON.parse(lines[lines.length - 1] as string) as TreeFigures;
}

const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
const ratio = (n: number, base: number) => `${(n / base).toFixed(2)}×`;

function report(runs: TreeFigures[]): void {
  const after = runs[runs.length - 1] as TreeFigures;
  table(
    after.perQuery.map((q, i) => ({
      query: q.query,
      documents: q.documents,
      ...Object.fromEntries(runs.map((r) => [`first ${r.label}`, ms(r.perQuery[i]?.first ?? Number.NaN)])),
      [`repeat ${after.label}`]: ms(q.repeat),
    })),
  );
  const row = (figure: string, value: (r: TreeFigures) => string, target = '') => ({
    figure,
    ...Object.fromEntries(runs.map((r) => [r.label, value(r)])),
    target,
  });
  table([
    row('HEADLINE query p95, first run of each query', (r) => ms(percentile(r.firstRuns, 95)), '≤ 30 ms'),
    row('  first run p50', (r) => ms(percentile(r.firstRuns, 50))),
    row('  first run max', (r) => ms(Math.max(...r.firstRuns))),
    row('  first run p95, CPU time', (r) => ms(percentile(r.firstCpu, 95))),
    row('  first run p95 ÷ baseline', (r) => ratio(percentile(r.firstRuns, 95), r.baselineMs)),
    row('query p95, repeats (kept ranking)', (r) => ms(percentile(r.repeats, 95))),
    row('reopen → first search answered, saved index', (r) => ms(r.warm.readyMs), '≤ 1 s'),
    row('  of which opening the services', (r) => ms(r.warm.openMs)),
    row('  CPU time', (r) => ms(r.warm.cpu)),
    row('  ÷ baseline', (r) => ratio(r.warm.readyMs, r.baselineMs)),
    row('reopen → first search answered, index rebuilt', (r) => ms(r.cold.readyMs), '(fallback)'),
    row('  CPU time', (r) => ms(r.cold.cpu)),
    row('baseline: fold + split 100 KB (p50, before each query)', (r) => ms(r.baselineMs)),
    row('load average (1/5/15 min) at start', (r) => load(r.load.start)),
    row('load average at end', (r) => load(r.load.end)),
    row('peak memory', (r) => `${r.peakMb.toFixed(0)} MB`),
  ]);
  console.log(`${cpus().length} cores; ${DOCS} documents; every query: one first run, then five repeats`);
}

const child = process.env.ISNAD_BENCH_SEARCH_CHILD;
if (child) {
  const { tree, dir, label } = JSON.parse(child) as { tree: string; dir: string; label: string };
  console.log(JSON.stringify(await measure(tree, dir, label)));
} else {
  await withTempDir(async (root) => {
    const corpus = await corpusIn(root);
    const before = process.env.ISNAD_BENCH_BEFORE;
    const trees = before ? [{ tree: resolve(before), label: 'before' }] : [];
    trees.push({ tree: THIS_TREE, label: before ? 'after' : 'this tree' });
    const runs: TreeFigures[] = [];
    for (const { tree, label } of trees) {
      // Each tree gets its own copy: their saved indexes differ in format.
      const copy = join(root, `corpus-${label.replace(/\W/g, '')}`);
      await cp(corpus, copy, { recursive: true });
      console.log(`measuring ${label} (${tree}), load average ${load(loadavg())}`);
      runs.push(measureInChild(tree, copy, label));
      await rm(copy, { recursive: true, force: true });
    }
    report(runs);
  });
}
