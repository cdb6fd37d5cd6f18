// Where the main thread spends the cold open and key → highlight of the large article: a
// Chromium performance trace of each (a fresh server and tab per cold open, as the render
// bench does), summed per trace event (self time on the renderer's main thread) and, from
// the V8 samples in the same trace, per JS function. Run it against any built renderer:
//   npx tsx bench/render/profile.ts [rounds] [out-dir]   (ISNAD_PROFILE_BINS: CLIs to compare)
// The traces are written to out-dir (default a temp folder) to open in DevTools. Each key press
// (and each Ctrl+Z undoing one) is also listed task by task, keydown → painted (press-trace.ts).
// ISNAD_PROFILE_SAMPLES=0 leaves V8's sampler out: CPU figures without its overhead, no per-function table.
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { api } from '../../tests/e2e/api';
import { type Server, startServer } from '../../tests/e2e/serve';
import { longAnnotations, longArticle } from '../../tests/e2e/splitview/fixtures';
import { withTempDir } from '../util';
import { type Press, type TraceEvent, describePress, pressOf } from './press-trace';
import { keyToHighlight, openDocument, undoToClear } from './probes';
import { ROOT } from './versions';

const ROUNDS = Number(process.argv[2] ?? 3);
const OUT = process.argv[3] ?? join(tmpdir(), `isnad-profile-${Date.now()}`);
/** The builds to profile, taking turns: ISNAD_PROFILE_BINS=a/isnad.mjs,b/isnad.mjs (default this tree's). */
const BINS = (process.env.ISNAD_PROFILE_BINS ?? join(ROOT, 'out', 'cli', 'isnad.mjs')).split(',');
const SAMPLES = process.env.ISNAD_PROFILE_SAMPLES !== '0';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  ...(SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : []),
  'disabled-by-default-v8.gc',
];

interface Summary {
  wall: number;
  /** Busy time of the main thread in the window (top-level tasks). */
  busy: number;
  /** Self time per trace event name. */
  events: Map<string, number>;
  /** Self time per JS function (from the trace's V8 samples). */
  functions: Map<string, number>;
  /** An open: main-thread CPU from the click to the first complete screen. */
  toShown?: number;
  /** A key press: its tasks, keydown → painted. */
  press?: Press | null;
}

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const named = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The tab's renderer is the one with the most work.
  let best = named[0] as TraceEvent;
  let most = -1;
  for (const n of named) {
    const count = events.filter((e) => e.pid === n.pid && e.tid === n.tid && e.ph === 'X').length;
    if (count > most) [best, most] = [n, count];
  }
  return { pid: best.pid, tid: best.tid };
}

/** Self time per event name on the main thread between two marks, and JS self time per function. */
function summarise(events: TraceEvent[], from: number, to: number): Summary {
  const { pid, tid } = mainThread(events);
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur as number) - (a.dur as number));
  const selfTime = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; end: number; child: number }> = [];
  let busy = 0;
  // Thread (CPU) time where the trace has it: on a loaded machine wall time counts the waits too.
  const cpu = (e: TraceEvent) => e.tdur ?? (e.dur as number);
  const close = (upTo: number) => {
    while (stack.length && (stack.at(-1) as { end: number }).end <= upTo) {
      const top = stack.pop() as { e: TraceEvent; end: number; child: number };
      const self = Math.max(0, cpu(top.e) - top.child);
      selfTime.set(top.e.name, (selfTime.get(top.e.name) ?? 0) + self / 1000);
    }
  };
  for (const e of own) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.child += cpu(e);
    else busy += cpu(e) / 1000;
    stack.push({ e, end: e.ts + (e.dur as number), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);

  // V8's samples: ProfileChunk events carry the nodes and, per sample, the node and time delta.
  const nodes = new Map<number, string>();
  const functions = new Map<string, number>();
  let time = 0;
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === pid) time = (e.args?.data?.startTime as number) ?? 0;
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const data = e.args?.data as {
      cpuProfile?: {
        nodes?: Array<{ id: number; callFrame: { functionName: string; url?: string; lineNumber?: number } }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) {
      const f = n.callFrame;
      const file = (f.url ?? '').split('/').pop() ?? '';
      nodes.set(n.id, `${f.functionName || '(anonymous)'} ${file}:${(f.lineNumber ?? 0) + 1}`);
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const delta = deltas[i] ?? 0;
      time += delta;
      if (time < from || time > to) continue;
      const name = nodes.get(samples[i] as number) ?? '?';
      functions.set(name, (functions.get(name) ?? 0) + Math.max(0, deltas[i + 1] ?? delta) / 1000);
    }
  }
  return { wall: (to - from) / 1000, busy, events: selfTime, functions };
}

function top(map: Map<string, number>, n: number, rounds: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${(v / rounds).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
}

function add(into: Map<string, number>, from: Map<string, number>): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

async function traced(page: Page, file: string, work: () => Promise<void>): Promise<Summary> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.evaluate(() => performance.mark('isnad-profile-start'));
  await work();
  await page.evaluate(() => performance.mark('isnad-profile-end'));
  const buffer = await browser.stopTracing();
  await writeFile(file, buffer);
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = (name: string) => events.find((e) => e.name === name)?.ts;
  const start = mark('isnad-profile-start') as number;
  const whole = summarise(events, start, mark('isnad-profile-end') as number);
  // An open: also the main thread's CPU up to the first complete screen.
  const shown = mark('isnad-open-shown');
  return shown === undefined ? { ...whole, press: pressOf(events) } : { ...whole, toShown: summarise(events, start, shown).busy };
}

type Totals = {
  wall: number[];
  busy: number[];
  toShown: number[];
  events: Map<string, number>;
  functions: Map<string, number>;
  presses: Array<Press | null>;
  undos: Array<Press | null>;
};
const totals = (): Totals => ({ wall: [], busy: [], toShown: [], events: new Map(), functions: new Map(), presses: [], undos: [] });
const KEYS = 4;

await mkdir(OUT, { recursive: true });
await withTempDir(async (dir) => {
  const text = longArticle(200 * 1024);
  const servers: Server[] = [];
  for (const [i, bin] of BINS.entries()) {
    const server = await startServer(join(dir, `corpus-${i}`), bin);
    const doc = await api<{ id: string; text: string }>(server, 'addDocument', { title: 'Large article', text });
    await api(server, 'applyAnnotationEdits', { documentId: doc.id, edits: longAnnotations(doc.text, 2000) });
    servers.push(server);
  }
  const browser = await chromium.launch({ executablePath: process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const cold = BINS.map(totals);
  const keys = BINS.map(totals);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // The builds take turns, so a burst of load falls on both alike.
      for (const [i] of BINS.entries()) {
        const server = await (servers[i] as Server).restart();
        servers[i] = server;
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        await page.goto(server.url);
        await page.waitForSelector('.document-item');
        let took = 0;
        const s = await traced(page, join(OUT, `cold-${i}-${round}.json`), async () => {
          took = await openDocument(page, 'Large article', null);
        });
        const c = cold[i] as Totals;
        c.wall.push(took);
        c.busy.push(s.busy);
        c.toShown.push(s.toShown ?? Number.NaN);
        add(c.events, s.events);
        add(c.functions, s.functions);
        // Each round's presses mark words further down: the ones above are marked already.
        await page.evaluate((top) => document.querySelector('.source-pane')?.scrollTo(0, top), round * 4000);
        for (let k = 0; k < KEYS; k++) {
          let key: number | null = null;
          const ks = await traced(page, join(OUT, `key-${i}-${round}-${k}.json`), async () => {
            key = await keyToHighlight(page);
          });
          const t = keys[i] as Totals;
          t.wall.push(key ?? Number.NaN);
          t.busy.push(ks.busy);
          add(t.events, ks.events);
          add(t.functions, ks.functions);
          t.presses.push(ks.press ?? null);
        }
        // Ctrl+Z on the last two new annotations.
        for (let k = 0; k < 2; k++) {
          const us = await traced(page, join(OUT, `undo-${i}-${round}-${k}.json`), async () => {
            await undoToClear(page);
          });
          (keys[i] as Totals).undos.push(us.press ?? null);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.stop();
  }
  const n = ROUNDS;
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; traces in ${OUT}`,
  );
  for (const [i, bin] of BINS.entries()) {
    const c = cold[i] as Totals;
    const k = keys[i] as Totals;
    console.log(`\n===== ${bin}`);
    console.log(
      `COLD OPEN: wall ${fmt(c.wall)} ms (median ${med(c.wall).toFixed(0)}); main-thread CPU ${fmt(c.busy)} ms (median ${med(c.busy).toFixed(0)}; window incl. 300 ms calm)`,
    );
    console.log(`main-thread CPU from click to the first complete screen: ${fmt(c.toShown)} ms (median ${med(c.toShown).toFixed(0)})`);
    console.log(`CPU self time per trace event (mean per open):\n${top(c.events, 25, n)}`);
    console.log(`JS self time per function, sampled (mean per open):\n${top(c.functions, 30, n)}`);
    console.log(
      `\nKEY → HIGHLIGHT: wall ${fmt(k.wall)} ms (median ${med(k.wall).toFixed(0)}); main-thread CPU ${fmt(k.busy)} ms (incl. selection set-up)`,
    );
    console.log(`CPU self time per trace event (mean per press):\n${top(k.events, 20, n * KEYS)}`);
    if (SAMPLES) console.log(`JS self time per function, sampled (mean per press):\n${top(k.functions, 25, n * KEYS)}`);
    const cpus = (ps: Array<Press | null>) => ps.map((p) => (p ? p.cpu : Number.NaN));
    const paints = (ps: Array<Press | null>) => ps.map((p) => (p ? p.toPaint : Number.NaN));
    console.log(
      `\nPER PRESS, keydown → painted: main-thread CPU ${fmt(cpus(k.presses))} ms (median ${med(cpus(k.presses)).toFixed(1)}); wall ${fmt(paints(k.presses))} ms`,
    );
    for (const [j, p] of k.presses.entries()) console.log(`  press ${j + 1}: ${p ? describePress(p) : 'not found in the trace'}`);
    console.log(
      `UNDO, Ctrl+Z → painted: main-thread CPU ${fmt(cpus(k.undos))} ms (median ${med(cpus(k.undos)).toFixed(1)}); wall ${fmt(paints(k.undos))} ms`,
    );
    for (const [j, p] of k.undos.entries()) console.log(`  undo ${j + 1}: ${p ? describePress(p) : 'not found in the trace'}`);
  }
});
