// Sync of a 10,000-document corpus written by the real store, through a real git server on
// 127.0.0.1 (git http-backend behind the test bridge, in its own process). Every document and
// annotation is made through the store's API as the app makes them (addDocument, then
// applyAnnotationEdits; the edits are updateAnnotation calls), and every sync runs on the open
// store (storeHost: journals folded, the changed-file list used, the merge reloaded), as the
// app's Sync button does. Figures: first sync (push), a colleague's first sync (clone), a sync
// after 100 and after 1,000 edits (sending, and receiving on the other copy), and agreement
// over 10,000 annotations. Targets: a 100-edit sync ≤ 5 s, agreement ≤ 1 s.
// Baselines measured in the same run: a bare `git status` of the same work tree (system git),
// a bare node start and one durable write (as the store, import and export benches print), so
// the figures can be read against this machine's load. Each sync is also split into its
// phases (from its progress reports) and shows the CPU the git server and its git programs
// used. ISNAD_BENCH_PROFILE=DIR writes a CPU profile of each timed step there.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadAgreementDocuments } from '../electron/services/agreement/layers';
import { CorpusStore } from '../electron/services/corpus/store';
import { type SyncOptions, cloneCorpus, syncCorpus } from '../electron/services/sync/engine';
import { storeHost } from '../electron/services/sync/store-host';
import { computeAgreement } from '../shared/agreement/corpus';
import type { AnnotationEdit } from '../shared/domain/annotation-edits';
import { exited, spawnTs, waitForLine } from '../tests/helpers/child';
import { createBareRepo } from '../tests/helpers/git-server';
import { tokenSource } from '../tests/helpers/sync-fixtures';
import { cpuMs, durableWriteMs, loadLine, ms, peakRssMb, table, withTempDir } from './util';

const DOCS = Number(process.env.ISNAD_BENCH_DOCS ?? 10_000);
const TOKEN = 'bench-token-0123456789';
const LAYLA = { name: 'Layla Haddad', email: 'layla@desk.example' };
const OMAR = { name: 'Omar Said', email: 'omar@desk.example' };
const quiet = { log: () => {} };

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SENTENCES = [
  'قال المتحدث باسم الوزارة إن 75 مسؤولاً شاركوا في الاجتماعات.',
  'وأكد الوزير أحمد سالم أن الوضع تحت السيطرة رغم الأضرار.',
  'The spokesperson said 120 people were treated in hospital.',
  'Officials added that the talks would resume within 48 hours.',
];

/** ~1.5 KB articles, Arabic and English, each distinct (the store refuses duplicate texts). */
function article(i: number, random: () => number): string {
  const parts = [`${i}.`];
  for (let k = 0; k < 12; k++) parts.push(SENTENCES[Math.floor(random() * SENTENCES.length)] as string);
  return parts.join(' ');
}

/** Three annotations as a reporter marks them: a quote, its speaker and a figure. */
function marks(text: string, prefix: string, shift: number): AnnotationEdit[] {
  const at = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    return start < 0 ? null : { start, end: start + words.length, text: words };
  };
  const edits: AnnotationEdit[] = [];
  const quote = at('الوضع تحت السيطرة') ?? at('the talks would resume') ?? at('people were treated');
  const speaker = at('المتحدث باسم الوزارة') ?? at('The spokesperson') ?? at('Officials');
  const figure = at('75') ?? at('120') ?? at('48');
  if (speaker) edits.push({ kind: 'create', id: `${prefix}s`, type: 'speaker', ...speaker });
  if (quote) {
    const end = shift % 2 === 0 ? quote.end : quote.end - 3;
    edits.push({ kind: 'create', id: `${prefix}q`, type: 'quote', ...quote, end, text: text.slice(quote.start, end) });
  }
  if (figure)
    edits.push({
      kind: 'create',
      id: `${prefix}f`,
      type: 'figure',
      ...figure,
      attributes: { value: Number(figure.text), kind: 'count' },
      verdict: { status: shift % 3 === 0 ? 'verified' : 'false' },
    });
  return edits;
}

/**
 * CPU (ms) the git server's process and the `git` programs it ran and waited for have used
 * (Linux /proc: utime, stime, cutime, cstime in clock ticks of 10 ms); 0 where /proc is missing.
 */
function serverCpuMs(pid: number | undefined): number {
  try {
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] as string).split(' ');
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) * 10;
  } catch {
    return 0;
  }
}

let serverPid: number | undefined;

interface Timed<T> {
  ms: number;
  cpu: number;
  server: number;
  value: T;
}

const PROFILE_DIR = process.env.ISNAD_BENCH_PROFILE;
let profiled = 0;

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const { Session } = await import('node:inspector/promises');
  const session = PROFILE_DIR ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const server = serverCpuMs(serverPid);
  const t = performance.now();
  const value = await work();
  const result = { ms: performance.now() - t, cpu: cpuMs(cpu), server: serverCpuMs(serverPid) - server, value };
  if (session && PROFILE_DIR) {
    const { profile } = await session.post('Profiler.stop');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(PROFILE_DIR, `${++profiled}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
  return result;
}

/** A sync timed as a whole and per phase (from its progress reports): where the wall time goes. */
async function timedSync(run: (onProgress: SyncOptions['onProgress']) => Promise<unknown>): Promise<Timed<unknown> & { phases: string }> {
  const phases = new Map<string, number>();
  let current = 'starting';
  let since = performance.now();
  const result = await timed(() =>
    run((p) => {
      if (p.phase === current) return;
      phases.set(current, (phases.get(current) ?? 0) + performance.now() - since);
      current = p.phase;
      since = performance.now();
    }),
  );
  phases.set(current, (phases.get(current) ?? 0) + performance.now() - since);
  phases.delete('starting');
  return { ...result, phases: [...phases].map(([phase, t]) => `${phase} ${(t / 1000).toFixed(1)}`).join(', ') };
}

/** The baselines: the same machine, the same moment, work everyone knows the cost of. */
function baselines(workTree: string): { gitStatus: number; nodeStart: number } {
  const run = (cmd: string, args: string[], cwd?: string) => {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
    return performance.now() - t;
  };
  return { gitStatus: run('git', ['status', '--porcelain'], workTree), nodeStart: run(process.execPath, ['-e', '0']) };
}

console.log(`at start: ${loadLine()}`);
await withTempDir(async (root) => {
  const serverRoot = join(root, 'server');
  await mkdir(serverRoot);
  await createBareRepo(serverRoot, 'bench');
  const server = spawnTs(fileURLToPath(new URL('../tests/helpers/git-server-child.ts', import.meta.url)), [serverRoot, TOKEN]);
  serverPid = server.pid;
  const origin = (await waitForLine(server, /^ORIGIN /)).slice('ORIGIN '.length).trim();
  const credentials = tokenSource(TOKEN);
  const opened: CorpusStore[] = [];
  try {
    const url = `${origin}/bench.git`;
    const a = join(root, 'a');
    const b = join(root, 'b');
    const random = rng(7);
    const storeA = await CorpusStore.open(a, { annotator: LAYLA, ...quiet });
    opened.push(storeA);
    const ids: string[] = [];
    const gen = await timed(async () => {
      const endBulk = storeA.deferIndexWrites();
      for (let i = 0; i < DOCS; i++) {
        const doc = await storeA.addDocument({ title: `Article ${i}`, text: article(i, random) });
        await storeA.applyAnnotationEdits({ documentId: doc.id, edits: marks(doc.text, `l${i}`, 0) });
        ids.push(doc.id);
      }
      await endBulk();
    });
    console.log(`wrote ${DOCS.toLocaleString('en')} documents with 3 annotations each through the store in ${ms(gen.ms)}`);
    const rows: Array<Record<string, string>> = [];
    const row = (what: string, r: { ms: number; cpu: number; server?: number; phases?: string }, base?: number) =>
      rows.push({
        what,
        wall: ms(r.ms),
        cpu: ms(r.cpu),
        'server cpu': r.server ? ms(r.server) : '',
        ...(base ? { '× git status': (r.ms / base).toFixed(1) } : {}),
        'phases (s)': r.phases ?? '',
      });

    const first = await timedSync((onProgress) => syncCorpus(storeHost(storeA), { url, credentials, onProgress }));
    const clone = await timed(() => cloneCorpus(b, url, credentials));
    const base = baselines(b);
    row('first sync (commit of the whole corpus + push)', first, base.gitStatus);
    row('first sync of a colleague’s copy (clone)', clone, base.gitStatus);
    // Layla's second laptop: the same person, so the edits land in the same layer.
    const storeB = await CorpusStore.open(b, { annotator: LAYLA, ...quiet });
    opened.push(storeB);
    const statuses = ['verified', 'false', 'disputed', 'unverifiable'] as const;
    for (const edits of [100, 1_000]) {
      const made = await timed(async () => {
        for (let k = 0; k < edits; k++) {
          const i = Math.floor(random() * DOCS);
          const status = statuses[k % statuses.length];
          await storeB.updateAnnotation({ documentId: ids[i] as string, id: `l${i}f`, verdict: { status } });
        }
      });
      row(`  (making ${edits.toLocaleString('en')} edits through the store)`, made);
      const sent = await timedSync((onProgress) => syncCorpus(storeHost(storeB), { credentials, onProgress }));
      row(`sync after ${edits.toLocaleString('en')} edits (commit + push)`, sent, base.gitStatus);
      const received = await timedSync((onProgress) => syncCorpus(storeHost(storeA), { credentials, onProgress }));
      row(`sync receiving those ${edits.toLocaleString('en')} edits (fetch + merge + reload)`, received, base.gitStatus);
    }
    // Agreement: Omar annotates a sixth of the corpus on copy B (10,000 annotations with Layla's there), and syncs.
    await storeB.setAnnotator(OMAR);
    const shared = Math.min(DOCS, Math.ceil(10_000 / 6));
    for (let i = 0; i < shared; i++) {
      const doc = await storeB.getDocument(ids[i] as string);
      await storeB.applyAnnotationEdits({ documentId: doc.id, edits: marks(doc.text, `o${i}`, 1 + (i % 5)) });
    }
    await syncCorpus(storeHost(storeB), { credentials });
    await syncCorpus(storeHost(storeA), { credentials });
    const read = await timed(() => loadAgreementDocuments(a));
    const annotations = read.value.reduce((n, d) => n + d.layers.reduce((m, l) => m + l.annotations.length, 0), 0);
    row(`agreement: read ${read.value.length.toLocaleString('en')} shared documents`, read);
    const compute = await timed(async () => computeAgreement(read.value));
    row(`agreement: compute over ${annotations.toLocaleString('en')} annotations`, compute);
    const again = baselines(b);
    const durable = await durableWriteMs(join(root, 'baseline.bin'));
    rows.push({ what: 'baseline: git status --porcelain (system git, same tree)', wall: ms(base.gitStatus), cpu: '' });
    rows.push({ what: 'baseline: git status again, at the end', wall: ms(again.gitStatus), cpu: '' });
    rows.push({ what: 'baseline: bare node start', wall: ms(base.nodeStart), cpu: '' });
    rows.push({ what: 'baseline: one durable 1 KB write (median of 50)', wall: ms(durable), cpu: '' });
    table(rows);
    const quote = compute.value.corpus.spans.find((s) => s.type === 'quote')?.pairs[0];
    console.log(`(agreement check: quote F1 exact ${quote?.exact.f1?.toFixed(3)}, overlap ${quote?.overlap.f1?.toFixed(3)})`);
  } finally {
    for (const s of opened) await s.close().catch(() => {});
    server.kill('SIGTERM');
    await exited(server);
  }
});
console.log(`peak memory ${peakRssMb().toFixed(0)} MB; at the end: ${loadLine()}`);
